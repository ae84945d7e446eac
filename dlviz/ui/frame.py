"""Make sure every page runs inside app.py's frame (navigation, sidebar, language)."""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

FRAME_KEY = "shared_frame_run"


def mark_frame() -> None:
    """Record, for this run, that app.py has drawn the frame; app.py calls it before the page runs."""
    st.session_state[FRAME_KEY] = True


def require_frame() -> None:
    """Rerun through app.py when Streamlit's legacy pages/ mode started this page on its own.

    With a pages/ folder, Streamlit runs a server's first request (and every AppTest run) in
    its legacy mode, which executes the requested page file without app.py, and stays in that
    mode until the public st.navigation is called. Leaving that mode the way st.navigation does,
    then rerunning, shows the same page (same URL path) inside the frame.
    """
    if st.session_state.pop(FRAME_KEY, False) or not PagesManager.uses_pages_directory:
        return
    PagesManager.uses_pages_directory = False
    st.rerun()
