"""Autograd Lab sections that work on the typed expression: result, graphs, backward steps, checks, accumulation."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dlviz import limits
from dlviz.autograd.accumulate import ZERO_MODES, backward_repeatedly, backward_twice
from dlviz.autograd.code import expression_code, torch_expression
from dlviz.autograd.figures import accumulation_figure
from dlviz.autograd.gradcheck import autograd_gradients, check_leaves, run_gradcheck
from dlviz.autograd.graphs import torchviz_code, torchviz_dot
from dlviz.autograd.run import ExpressionRun
from dlviz.autograd.steps import gradient_contributions
from dlviz.autograd.trace import autograd_graph_dot, tensor_summary
from dlviz.autograd.variables import build_variables
from dlviz.ui.autograd.state import session_memo
from dlviz.ui.code_panel import code_panel
from dlviz.ui.errors import user_errors
from dlviz.ui.i18n import option_label, tr


def leaf_node_ids(run: ExpressionRun) -> dict[str, str]:
    """Return variable name -> graph node id for the leaves in the graph."""
    return {node.name: node.id for node in run.graph.nodes if node.kind == "leaf" and node.name}


def expression_section(run: ExpressionRun, seed: int) -> None:
    """Show the output, each leaf's gradient with the terms that make it up, and the reproducing code."""
    st.markdown(tr("autograd.output", value=tensor_summary(run.output), shape=tuple(run.output.shape)))
    if run.seeded_with_ones:
        st.info(tr("autograd.ones_like"))
    if not run.leaves:
        st.warning(tr("autograd.no_leaves"))
    reference = autograd_gradients(run.expression, run.variables) if run.leaves else {}
    ids = leaf_node_ids(run)
    for name, grad in run.gradients().items():
        same = grad is not None and bool(
            (reference[name] - grad).abs().max() <= 1e-5 * (1 + grad.abs().max())
        )
        st.markdown(
            tr("autograd.grad_line", name=name, grad=tensor_summary(grad), check="✓" if same else "✗")
        )
        terms = gradient_contributions(run.steps, ids.get(name, ""))
        for term in terms:
            local = tensor_summary(term.local) if term.local is not None else tr("autograd.local_jacobian")
            st.markdown(
                tr(
                    "autograd.term",
                    op=term.step.op,
                    incoming=tensor_summary(term.step.grad_output),
                    local=local,
                    sent=tensor_summary(term.sent),
                )
            )
        if len(terms) > 1:
            st.caption(tr("autograd.terms_summed", count=len(terms)))
    code_panel(
        expression_code(run.expression.source, run.specs, seed, run.seeded_with_ones),
        name="autograd_gradients",
    )


def graph_section(run: ExpressionRun, seed: int) -> None:
    """Show the project's micrograd-style graph beside torchviz's make_dot graph."""
    left, right = st.columns(2)
    with left:
        st.subheader(tr("autograd.own_graph"))
        st.graphviz_chart(autograd_graph_dot(run.graph, rankdir="TB"))
        st.caption(tr("autograd.legend"))
    with right:
        st.subheader(tr("autograd.torchviz_graph"))
        attrs_column, saved_column = st.columns(2)
        show_attrs = attrs_column.toggle("show_attrs", key="autograd_show_attrs")
        show_saved = saved_column.toggle("show_saved", key="autograd_show_saved")
        with user_errors():
            key = (run.expression.source, tuple(run.specs), seed, show_attrs, show_saved)
            dot = session_memo(
                "torchviz",
                key,
                lambda: torchviz_dot(
                    run.expression, build_variables(run.specs, seed), show_attrs, show_saved
                ),
            )
            st.graphviz_chart(dot)
        st.caption(tr("autograd.torchviz_note"))
    hidden = [name for name, value in run.variables.items() if not value.requires_grad]
    if hidden:
        st.caption(tr("autograd.not_in_graph", names=", ".join(hidden)))
    code_panel(
        expression_code(run.expression.source, run.specs, seed, run.seeded_with_ones)
        + torchviz_code(torch_expression(run.expression.source), list(run.leaves), show_attrs, show_saved),
        name="autograd_graph",
    )


def steps_section(run: ExpressionRun) -> None:
    """Walk the backward pass node by node with a slider, highlighting the node autograd runs."""
    if not run.steps:
        st.warning(tr("autograd.no_steps"))
        return
    count = len(run.steps)
    index = st.slider(tr("autograd.step"), 1, count, 1, key="autograd_step") if count > 1 else 1
    step = run.steps[index - 1]
    graph_column, text_column = st.columns([3, 2])
    graph_column.graphviz_chart(autograd_graph_dot(run.graph, highlight=step.node_id, rankdir="TB"))
    with text_column:
        st.markdown(tr("autograd.step_title", index=index, count=count, op=step.op))
        st.markdown(tr("autograd.step_incoming", grad=tensor_summary(step.grad_output)))
        st.markdown(tr(step.local_key))
        for (target, sent), local in zip(step.grad_inputs, step.local_derivatives, strict=True):
            target_node = run.graph.node(target) if target else None
            label = (target_node.name or target_node.op) if target_node else tr("autograd.no_target")
            shown_local = tensor_summary(local) if local is not None else tr("autograd.local_jacobian")
            st.markdown(
                tr(
                    "autograd.step_product",
                    target=label,
                    incoming=tensor_summary(step.grad_output),
                    local=shown_local,
                    sent=tensor_summary(sent),
                )
            )
    order = pd.DataFrame(
        [
            {
                "#": s.index + 1,
                tr("autograd.col_op"): s.op,
                tr("autograd.col_incoming"): tensor_summary(s.grad_output),
            }
            for s in run.steps
        ]
    )
    st.dataframe(order, hide_index=True, width="stretch")


def check_section(run: ExpressionRun, seed: int) -> None:
    """Show autograd's gradient beside central finite differences for every leaf, and gradcheck's verdict."""
    if not run.leaves:
        st.warning(tr("autograd.no_leaves"))
        return
    key = (run.expression.source, tuple(run.specs), seed)
    checks = session_memo("check", key, lambda: check_leaves(run.expression, run.variables, seed))
    rows = []
    for check in checks:
        for entry, auto, numeric in zip(check.entries, check.autograd, check.finite_difference, strict=True):
            rows.append(
                {
                    tr("autograd.col_leaf"): f"{check.name}[{', '.join(map(str, entry))}]",
                    "autograd": auto,
                    tr("autograd.col_fd"): numeric,
                    tr("autograd.col_diff"): abs(auto - numeric),
                }
            )
        if len(check.entries) < check.total_entries:
            st.caption(
                tr("autograd.sampled", name=check.name, count=len(check.entries), total=check.total_entries)
            )
    absolute, relative = st.columns(2)
    absolute.metric(tr("autograd.max_diff"), f"{max(check.max_abs_difference for check in checks):.2e}")
    relative.metric(
        tr("autograd.max_rel_diff"), f"{max(check.max_relative_difference for check in checks):.2e}"
    )
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    with user_errors():
        verdict = session_memo("gradcheck", key, lambda: run_gradcheck(run.expression, run.variables))
        if verdict is True:
            st.success(tr("autograd.gradcheck_pass"))
        else:
            st.warning(tr("autograd.gradcheck_fail", detail=verdict))
    st.caption(tr("autograd.fd_explained"))


def accumulate_section(run: ExpressionRun, seed: int) -> None:
    """Call backward N times and show .grad growing; the ways to zero it; backward twice on one graph."""
    if not run.leaves:
        st.warning(tr("autograd.no_leaves"))
        return
    left, right = st.columns(2)
    repeats = left.slider(
        tr("autograd.repeats"), 1, limits.MAX_BACKWARD_REPEATS.value, 3, key="autograd_repeats"
    )
    mode = right.radio(
        tr("autograd.zero_mode"),
        ZERO_MODES,
        key="autograd_zero_mode",
        format_func=option_label("autograd.zero"),
    )
    records = backward_repeatedly(run.expression, build_variables(run.specs, seed), repeats, mode)
    st.plotly_chart(
        accumulation_figure(records, tr("autograd.backward_call"), tr("autograd.grad_sum")),
        width="stretch",
    )
    last = records[-1]
    for name, grad in last.grads.items():
        st.markdown(
            tr(
                "autograd.after_calls",
                name=name,
                count=repeats,
                grad=tensor_summary(grad),
                after=tensor_summary(last.after_zero[name]),
            )
        )
    st.markdown(tr(f"autograd.zero_explained.{mode}"))
    st.divider()
    st.subheader(tr("autograd.twice_title"))
    retain = st.checkbox("retain_graph=True", key="autograd_retain_graph")
    outcome = backward_twice(run.expression, build_variables(run.specs, seed), retain)
    if outcome.error:
        st.code(f"RuntimeError: {outcome.error}", language="text", wrap_lines=True)
        st.markdown(tr("autograd.twice_error"))
    else:
        for name, grad in outcome.grads_after_second.items():
            st.markdown(
                tr(
                    "autograd.twice_ok",
                    name=name,
                    first=tensor_summary(outcome.grads_after_first[name]),
                    second=tensor_summary(grad),
                )
            )
        st.markdown(tr("autograd.twice_retained" if retain else "autograd.twice_no_saved"))
