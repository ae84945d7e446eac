"""Placeholder until this lab is built."""

import streamlit as st

from dlviz.ui.i18n import tr

st.title(tr("lab.playground.title"))
st.markdown(tr("lab.playground.summary"))
st.info(tr("common.coming_soon"))
