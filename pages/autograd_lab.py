"""Placeholder until this lab is built."""

import streamlit as st

from dlviz.ui.i18n import tr

st.title(tr("lab.autograd.title"))
st.markdown(tr("lab.autograd.summary"))
st.info(tr("common.coming_soon"))
