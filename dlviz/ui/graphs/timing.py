"""Section 6 of the graphs lab: measured eager / script / compile timings, labelled with their machine."""

from __future__ import annotations

import streamlit as st

from dlviz.graphs.code import timing_code
from dlviz.graphs.figures import timing_figure
from dlviz.graphs.timing import MODES, break_even_calls, cpp_compiler, row_for, run_label, speedup, table_of
from dlviz.ui.code_panel import code_panel
from dlviz.ui.graphs.cache import timing_runs
from dlviz.ui.i18n import option_label, tr

MODE_NAMES = {"eager": "eager", "script": "torch.jit.script", "compile": "torch.compile"}


def render_timing_section() -> None:
    """Draw the machine, workload and size pickers, the timing curves and the figures at the chosen size."""
    st.markdown(tr("graphs.timing.intro"))
    runs = timing_runs()
    if not runs:
        st.info(tr("graphs.timing.no_runs"), icon="ℹ️")
        return
    labels = [run_label(run) for run in runs]
    top = st.columns([3, 2])
    label = top[0].selectbox(tr("graphs.timing.machine"), labels, key="graphs_timing_run")
    run = runs[labels.index(label)]
    workloads = [table["workload"] for table in run["tables"]]
    workload = top[1].radio(
        tr("graphs.timing.workload"),
        workloads,
        format_func=option_label("graphs.workload"),
        horizontal=True,
        key="graphs_timing_workload",
    )
    table = table_of(run, workload)
    sizes = [row["size"] for row in table["rows"]]
    size = st.select_slider(
        tr("graphs.timing.size"),
        sizes,
        sizes[len(sizes) // 2],
        format_func=lambda s: f"{s:,}",
        key=f"graphs_timing_size_{workload}",
    )
    machine = run["machine"]
    st.caption(
        tr(
            "graphs.timing.machine_caption",
            label=label,
            date=machine["date"],
            threads=machine.get("torch_threads", "?"),
            repeats=run["repeats"],
            cache=tr("graphs.timing.cold" if run.get("cold_compile") else "graphs.timing.warm"),
        )
    )
    row = row_for(table, size)
    columns = st.columns(3)
    for column, mode in zip(columns, MODES, strict=True):
        seconds = row.get(f"{mode}_s")
        ratio = speedup(row, mode)
        column.metric(
            MODE_NAMES[mode],
            f"{seconds * 1e3:.3f} ms" if seconds is not None else tr("graphs.timing.not_measured"),
            tr("graphs.timing.vs_eager", ratio=f"{ratio:.2f}") if ratio and mode != "eager" else None,
            delta_color="normal" if ratio and ratio >= 1 else "inverse",
            delta_arrow="off",
        )
    _verdict(table, row)
    figure_labels = {
        **MODE_NAMES,
        "size": tr("graphs.timing.axis_size"),
        "time": tr("graphs.timing.axis_time"),
    }
    st.plotly_chart(timing_figure(table, size, figure_labels), key="graphs_timing_chart")
    compiler = cpp_compiler()
    st.caption(
        tr("graphs.timing.server_compiler", path=compiler)
        if compiler
        else tr("graphs.timing.server_no_compiler")
    )
    st.caption(tr("graphs.timing.honesty"))
    code_panel(timing_code(workload, size))


def _verdict(table: dict, row: dict) -> None:
    """Say whether compiling pays off at this size, or why torch.compile was not measured."""
    if "compile" in table["errors"]:
        st.warning(tr("graphs.timing.compile_failed", error=table["errors"]["compile"]), icon="⚠️")
        return
    calls = break_even_calls(row)
    first = row.get("compile_first_call_s")
    if calls is None:
        st.info(tr("graphs.timing.no_payoff", first=f"{first:.2f}" if first else "?"), icon="🐢")
    else:
        st.success(tr("graphs.timing.payoff", first=f"{first:.2f}", calls=f"{calls:,.0f}"), icon="🚀")
