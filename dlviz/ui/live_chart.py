"""The live curves of a run: a canvas component mounted once, redrawn from JSON the run rewrites in place.

st.plotly_chart derives its element id from the figure, so each update remounts the chart and the
browser rebuilds the plot (Plotly.newPlot) about five times a second; on a small machine that took
CPU from training. Here one component is mounted per run and only a hidden text element changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st

ROOT_KEY = "training_live"
DATA_KEY = "training_live_data"
HEIGHT = 380
CSS = f""".st-key-{DATA_KEY} {{ display: none; }}
canvas.dlviz-live-chart {{ display: block; color: var(--st-text-color, #31333f); }}"""

_component = st.components.v2.component(
    "dlviz_live_chart",
    js=(Path(__file__).with_name("live_chart.js")).read_text(encoding="utf-8"),
    css=CSS,
    isolate_styles=False,
)


class LiveChart:
    """A live chart inside slot: mount() once, then update(chart_data) as often as needed."""

    def __init__(self, slot):
        self.slot = slot
        self.data_slot = None

    def update(self, chart_data: dict) -> None:
        """Replace the JSON the canvas draws from (mounting the chart on the first call)."""
        text = json.dumps(chart_data, separators=(",", ":"), allow_nan=False)
        if self.data_slot is None:
            with self.slot.container(key=ROOT_KEY):
                self.data_slot = st.container(key=DATA_KEY).empty()
                self.data_slot.text(text)
                _component(
                    key="training_live_canvas",
                    data={"root": f".st-key-{ROOT_KEY}", "source": f".st-key-{DATA_KEY}", "height": HEIGHT},
                    height=HEIGHT,
                )
            return
        self.data_slot.text(text)
