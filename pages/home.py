"""Home: what each lab is for, and a suggested path through them."""

import streamlit as st

from dlviz.labs import LABS
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr

require_frame()

st.title(tr("home.title"))
st.markdown(tr("home.intro"))
st.subheader(tr("home.path_title"))
st.markdown(" → ".join(tr(lab.title_key) for lab in LABS))
columns = st.columns(2)
for index, lab in enumerate(LABS):
    with columns[index % 2].container(border=True):
        st.page_link(lab.file, label=f"**{tr(lab.title_key)}**", icon=lab.icon)
        st.markdown(tr(lab.summary_key))
st.caption(tr("home.footer"))
