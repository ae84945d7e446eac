"""Placeholder until this lab is built."""

import streamlit as st

from dlviz.ui.i18n import tr

st.title(tr("lab.graphs.title"))
st.markdown(tr("lab.graphs.summary"))
st.info(tr("common.coming_soon"))
