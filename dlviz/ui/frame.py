"""Make sure every page runs inside app.py's frame (navigation, sidebar, language)."""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

FRAME_KEY = "shared_frame_run"
RETRIED_KEY = "shared_frame_retried"


def mark_frame() -> None:
    """Record, for this run, that app.py has drawn the frame; app.py calls it before the page runs."""
    st.session_state[FRAME_KEY] = True


def require_frame() -> None:
    """Rerun through app.py when a page was started on its own (once per session).

    Streamlit runs a server's first request in its legacy pages/ mode, which executes the
    requested page file without app.py, and stays in that mode until the public st.navigation
    is called. Leaving that mode the way st.navigation does, then rerunning, shows the same
    page (same URL path) inside the frame.
    """
    if st.session_state.pop(FRAME_KEY, False) or st.session_state.get(RETRIED_KEY):
        return
    st.session_state[RETRIED_KEY] = True
    PagesManager.uses_pages_directory = False
    st.rerun()
