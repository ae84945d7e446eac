"""The Playground's live canvas: a components-v2 element mounted once per network and redrawn in place.

The element's own script is a small loader: the drawing module (canvas.js, ~30 KB) travels once, in
the data of a full run, and the loader imports it and keeps it for the page. Each update while
playing then carries only what is new (a few KB of weights), not the script again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import streamlit as st

MODULE = Path(__file__).with_name("canvas.js").read_text(encoding="utf-8")
MODULE_ID = hashlib.sha1(MODULE.encode()).hexdigest()[:16]
LOADER = """const modules = (window.__dlvizPlaygroundModules ||= new Map());
export default function (component) {
  const { data, setTriggerValue } = component;
  if (data.module && !modules.has(data.module_id)) {
    const url = URL.createObjectURL(new Blob([data.module], { type: "text/javascript" }));
    modules.set(data.module_id, import(url));
  }
  const loading = modules.get(data.module_id);
  if (!loading) return setTriggerValue("need", `module ${data.module_id}`);
  loading.then((module) => module.render(component)).catch((error) => console.warn("dlviz playground:", error));
  return () => loading.then((module) => module.unmount(component.parentElement));
}
"""
CSS = """
.dlviz-pg { color: var(--st-text-color, #31333f); font-family: var(--st-font, "Source Sans Pro", sans-serif); }
.dlviz-pg-bar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.75rem 2rem; margin-bottom: 1rem; }
.dlviz-pg-bar > .dlviz-pg-buttons { padding-bottom: 0.35rem; }
.dlviz-pg-buttons { display: flex; gap: 0.5rem; }
.dlviz-pg button {
  font: inherit; font-size: 1rem; min-width: 6.5rem; padding: 0.4rem 0.9rem; cursor: pointer;
  border-radius: var(--st-base-radius, 0.5rem); border: 1px solid rgba(49, 51, 63, 0.2);
  background: var(--st-background-color, #fff); color: inherit;
}
.dlviz-pg button:hover { border-color: var(--st-primary-color, #ee4c2c); color: var(--st-primary-color, #ee4c2c); }
.dlviz-pg button.dlviz-pg-primary {
  background: var(--st-primary-color, #ee4c2c); border-color: var(--st-primary-color, #ee4c2c); color: #fff;
}
.dlviz-pg button.dlviz-pg-primary:hover { filter: brightness(0.92); color: #fff; }
.dlviz-pg-metrics { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.dlviz-pg-metric { min-width: 5.5rem; }
.dlviz-pg-label { font-size: 0.875rem; white-space: nowrap; }
.dlviz-pg-value { font-size: 1.75rem; line-height: 1.3; font-variant-numeric: tabular-nums; white-space: nowrap; }
.dlviz-pg-body { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
.dlviz-pg-panel { flex: 1 1 300px; min-width: 0; position: relative; }
.dlviz-pg-title { font-weight: 600; margin: 0.25rem 0 0.5rem; }
.dlviz-pg-caption { font-size: 0.875rem; color: rgba(49, 51, 63, 0.6); margin: 0.25rem 0 0.75rem; }
.dlviz-pg canvas { display: block; }
.dlviz-pg-tip {
  position: absolute; display: none; pointer-events: none; padding: 2px 6px; border-radius: 4px;
  background: rgba(38, 39, 48, 0.9); color: #fff; font-size: 12px; white-space: nowrap;
}
"""


def mount_canvas(
    key: str, data: dict, with_module: bool, on_action: Callable[[], None], on_need: Callable[[], None]
) -> None:
    """Mount the canvas (or update the one already under key) with data; send the drawing module when asked."""
    data = {**data, "module_id": MODULE_ID}
    if with_module:
        data["module"] = MODULE
    component = st.components.v2.component("dlviz_playground", js=LOADER, css=CSS, isolate_styles=False)
    component(key=key, data=data, on_action_change=on_action, on_need_change=on_need)
