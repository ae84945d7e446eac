"""Building blocks section: saving a whole model vs its state_dict, on a model built here, in memory."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dlviz import limits
from dlviz.blocks.saving import MODULE_NAME, RENAMED, run_saving, saving_code
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed


@st.cache_data(show_spinner=False, max_entries=32)
def _cached_run(hidden: int, seed: int):
    """Return the saving run (pure and deterministic, so cached)."""
    return run_saving(hidden, seed)


def _entries(entries: list[tuple[str, int]]) -> pd.DataFrame:
    """Return a table of a file's zip entries and their sizes."""
    return pd.DataFrame(entries, columns=[tr("lessons.save.col_entry"), tr("lessons.save.col_bytes")])


def render_saving() -> None:
    """Draw the hidden-width slider, both files side by side, the reload check and the two refusals."""
    st.markdown(tr("lessons.save.intro"))
    hidden = st.slider(
        tr("lessons.save.hidden"), 1, limits.MAX_LAYER_WIDTH.value, 8, key="blocks_save_hidden"
    )
    seed = current_seed()
    run = _cached_run(hidden, seed)
    whole, state = st.columns(2)
    with whole:
        st.subheader(tr("lessons.save.whole_title"))
        st.code("torch.save(model, f)\nmodel = torch.load(f, weights_only=False)", language="python")
        st.metric(tr("lessons.save.size"), f"{run.whole.size:,} B")
        st.markdown(tr("lessons.save.globals"))
        st.code("\n".join(run.whole.globals), language="text")
        st.dataframe(_entries(run.whole.entries), hide_index=True)
    with state:
        st.subheader(tr("lessons.save.state_title"))
        st.code(
            "torch.save(model.state_dict(), f)\nmodel.load_state_dict(torch.load(f, weights_only=True))",
            language="python",
        )
        st.metric(tr("lessons.save.size"), f"{run.state.size:,} B")
        st.markdown(tr("lessons.save.keys"))
        keys = pd.DataFrame(
            run.state_keys,
            columns=[tr("lessons.save.col_key"), tr("lessons.save.col_shape"), tr("lessons.save.col_dtype")],
        ).astype(str)
        st.dataframe(keys, hide_index=True)
        st.dataframe(_entries(run.state.entries), hide_index=True)
    same_whole = bool((run.output == run.whole_output).all())
    same_state = bool((run.output == run.state_output).all())
    st.markdown(
        tr(
            "lessons.save.reloaded",
            whole=tr(f"lessons.save.same.{same_whole}"),
            state=tr(f"lessons.save.same.{same_state}"),
            type=run.whole_type,
        )
    )
    st.subheader(tr("lessons.save.why_title"))
    st.markdown(tr("lessons.save.refused"))
    st.code(run.weights_only_error, language="text", wrap_lines=True)
    st.markdown(tr("lessons.save.renamed", module=MODULE_NAME, renamed=RENAMED))
    st.code(run.renamed_error, language="text", wrap_lines=True)
    st.info(tr("lessons.save.advice"), icon="💡")
    code_panel(saving_code(hidden, seed))
