"""Home: what each lab is for, a suggested path through them, and the tutorials they are built from."""

import streamlit as st

from dlviz.labs import LABS
from dlviz.tutorials import TUTORIALS
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
st.subheader(tr("tutorials.heading"))
st.markdown(tr("tutorials.intro"))
for tutorial in TUTORIALS:
    labs = tr("tutorials.lab_separator").join(tr(f"lab.{slug}.title") for slug in tutorial.labs)
    st.markdown(
        f"- **{tr(tutorial.title_key)}** — {tr(tutorial.summary_key)} {tr('tutorials.used_in', labs=labs)}"
    )
st.caption(tr("home.footer"))
