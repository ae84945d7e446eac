"""Streamlit's legacy pages/ mode, in one place: the only Streamlit internal this app reads.

The project's layout puts the labs in a `pages/` folder (its card names it). Streamlit treats such a
folder as its first multipage design until `st.navigation` is called: a server's first request (and
every AppTest run) can then execute a page file on its own, without app.py. The frame notices that
through `PagesManager.uses_pages_directory`, a class attribute Streamlit's source calls "a relic" kept
"for now" (`streamlit/runtime/pages_manager.py`): True while that mode is on, set to False by
`st.navigation`. `tests/test_frame.py::test_the_legacy_pages_flag_is_where_the_frame_reads_it` fails
loudly when a Streamlit release moves or drops it; the fallback then is to rename `pages/`, which the
layout forbids, or to draw the frame from every page unconditionally.
"""

from streamlit.runtime.pages_manager import PagesManager


def in_legacy_pages_mode() -> bool:
    """Return whether Streamlit still runs page files on their own (st.navigation not called yet)."""
    return bool(PagesManager.uses_pages_directory)
