"""The app's frame (page config, navigation, shared sidebar), drawn around every page."""

import streamlit as st

from dlviz.device import configure_torch_threads
from dlviz.jobs.process import warm_up
from dlviz.labs import HOME_FILE, LABS
from dlviz.ui.heap import freeze_imported
from dlviz.ui.i18n import tr
from dlviz.ui.legacy_pages import in_legacy_pages_mode
from dlviz.ui.sidebar import render_sidebar

FRAME_KEY = "shared_frame_run"


def draw_frame() -> st.Page:
    """Draw page config, shared sidebar and navigation; return the page the URL asks for."""
    st.set_page_config(page_title="dlviz", page_icon="🔦", layout="wide")
    configure_torch_threads()
    freeze_imported()
    warm_up()
    home = st.Page(HOME_FILE, title=tr("home.nav"), icon="🏠", default=True)
    labs = [st.Page(lab.file, title=tr(lab.title_key), icon=lab.icon, url_path=lab.url_path) for lab in LABS]
    render_sidebar()
    page = st.navigation({tr("nav.start"): [home], tr("nav.labs"): labs})
    st.session_state[FRAME_KEY] = True
    return page


def require_frame() -> None:
    """Draw the frame from the page when Streamlit started this page without app.py.

    With a pages/ folder, Streamlit runs a server's first request (and every AppTest run) in its
    legacy mode, which executes the requested page file on its own, until the public
    st.navigation is called. Drawing the frame here gives what app.py gives, and its
    st.navigation call ends that mode (a rerun instead left widgets as skeletons in Chromium).
    The page is then run through the navigation's page, as app.py runs it, and this legacy
    execution stops: widget ids include the running page's hash, so widgets drawn under the
    legacy hash would lose their values on the first interaction (the next run is app.py's).
    """
    if st.session_state.pop(FRAME_KEY, False) or not in_legacy_pages_mode():
        return
    draw_frame().run()
    freeze_imported()
    st.stop()
