"""dlviz entry point: page frame, navigation and the shared sidebar."""

import streamlit as st

from dlviz.device import configure_torch_threads
from dlviz.labs import HOME_FILE, LABS
from dlviz.ui.frame import mark_frame
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import render_sidebar

st.set_page_config(page_title="dlviz", page_icon="🔦", layout="wide")
configure_torch_threads()

home = st.Page(HOME_FILE, title=tr("home.nav"), icon="🏠", default=True)
labs = [st.Page(lab.file, title=tr(lab.title_key), icon=lab.icon) for lab in LABS]
render_sidebar()
page = st.navigation({tr("nav.start"): [home], tr("nav.labs"): labs})
mark_frame()
page.run()
