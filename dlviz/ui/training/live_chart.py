"""The live curves of a run: a canvas component mounted once per run, redrawn from JSON rewritten in place."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st

from dlviz.training.figures import CURVES_HEIGHT

ROOT_KEY = "training_live"
DATA_KEY = "training_live_data"
JS = (Path(__file__).with_name("live_chart.js")).read_text(encoding="utf-8")
CSS = f""".st-key-{ROOT_KEY} {{ gap: 0; }}
.st-key-{DATA_KEY} {{ display: none; }}
canvas.dlviz-live-chart {{ display: block; color: var(--st-text-color, #31333f); }}"""


def page_style() -> None:
    """Add the live chart's CSS to the page, outside the chart's slot, so it outlives every swap of that slot."""
    st.html(f"<style>{CSS}</style>")


def mount_component(**options) -> None:
    """Register the component on the running app (the same definition again is a no-op) and mount it."""
    st.components.v2.component("dlviz_live_chart", js=JS, isolate_styles=False)(**options)


class LiveChart:
    """A live chart inside slot: each update(chart_data) rewrites its JSON; the first one also mounts it."""

    def __init__(self, slot):
        self.slot = slot
        self.data_slot = None

    def clear(self) -> None:
        """Drop the JSON (before the slot gets its next element, so no frame can show it)."""
        if self.data_slot is not None:
            self.data_slot.empty()

    def update(self, chart_data: dict) -> None:
        """Replace the JSON the canvas draws from (mounting the chart on the first call)."""
        text = json.dumps(chart_data, separators=(",", ":"), allow_nan=False)
        if self.data_slot is not None:
            self.data_slot.text(text)
            return
        with self.slot.container(key=ROOT_KEY):
            self.data_slot = st.container(key=DATA_KEY).empty()
            self.data_slot.text(text)
            mount_component(
                key="training_live_canvas",
                data={
                    "root": f".st-key-{ROOT_KEY}",
                    "source": f".st-key-{DATA_KEY}",
                    "height": CURVES_HEIGHT,
                },
                height=CURVES_HEIGHT,
            )
