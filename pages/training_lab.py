"""Placeholder until this lab is built."""

import streamlit as st

from dlviz.ui.i18n import tr

st.title(tr("lab.training.title"))
st.markdown(tr("lab.training.summary"))
st.info(tr("common.coming_soon"))
