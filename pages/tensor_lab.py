"""Placeholder until this lab is built."""

import streamlit as st

from dlviz.ui.i18n import tr

st.title(tr("lab.tensors.title"))
st.markdown(tr("lab.tensors.summary"))
st.info(tr("common.coming_soon"))
