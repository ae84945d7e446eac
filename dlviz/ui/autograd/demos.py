"""Autograd Lab sections with their own small examples: tracking off, the custom Function, descent, the seeds."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from dlviz import limits
from dlviz.autograd.custom_function import compare_sigmoid, parse_sigmoid_inputs, sigmoid_code
from dlviz.autograd.descent import (
    descend,
    descent_code,
    dynamic_learning_rate_step,
    max_difference,
    train_w2_only,
    unregistered_parameters_error,
    w2_only_code,
)
from dlviz.autograd.figures import MOST_EPOCH_LINES, activation_history_figure, descent_figure, shown_epochs
from dlviz.autograd.run import ExpressionRun
from dlviz.autograd.seeds import seed_examples
from dlviz.autograd.trace import autograd_graph_dot, format_values
from dlviz.autograd.tracking import (
    TRACKING_MODES,
    compare_updates,
    evaluate_with_tracking,
    hidden_modification,
)
from dlviz.autograd.variables import build_variables
from dlviz.tutorials import tutorial
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr

LEARNING_RATES = (1e-5, 1e-4, 3e-4, 1e-3, 1e-2)
SEED_CORRECTIONS = (
    "parentheses",
    "functional_relu",
    "bare_w1",
    "forward_call",
    "colons",
    "unregistered",
    "undefined_x1",
    "imports",
    "dynamic_lr",
    "sigmoid_backward",
)


def tracking_section(run: ExpressionRun, seed: int) -> None:
    """Show the expression's graph with tracking on, under no_grad, on detached leaves, after requires_grad_(False)."""
    mode = st.radio(
        tr("autograd.tracking_mode"),
        TRACKING_MODES,
        key="autograd_tracking_mode",
        horizontal=True,
        format_func=option_label("autograd.tracking"),
    )
    outcome = evaluate_with_tracking(run.expression, build_variables(run.specs, seed), mode)
    left, middle, right = st.columns(3)
    left.metric("out.requires_grad", str(outcome.requires_grad))
    middle.metric("out.grad_fn", outcome.grad_fn or "None")
    right.metric(tr("autograd.graph_nodes"), len(outcome.graph.nodes))
    st.graphviz_chart(autograd_graph_dot(outcome.graph, rankdir="TB"))
    st.markdown(tr(f"autograd.tracking_explained.{mode}"))
    if mode == "detach":
        st.caption(tr("autograd.detach_shares", shares=outcome.shares_storage))
    st.divider()
    st.subheader(tr("autograd.update_title"))
    updates = compare_updates(0.01)
    table = pd.DataFrame(
        {
            tr("autograd.col_param"): ["w1", "w2", "w3"],
            tr("autograd.col_before"): updates.before,
            "w.data -= lr * w.grad": updates.with_data,
            "with torch.no_grad(): w -= lr * w.grad": updates.with_no_grad,
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    st.markdown(tr("autograd.update_same", same=updates.with_data == updates.with_no_grad))
    st.code(
        f"w1 -= lr * w1.grad  # RuntimeError: {updates.in_place_error}", language="python", wrap_lines=True
    )
    st.markdown(tr("autograd.update_error"))
    hidden = hidden_modification([1.0, 2.0, 3.0])
    st.subheader(tr("autograd.data_danger_title"))
    st.markdown(
        tr(
            "autograd.data_danger",
            wrong=format_values(hidden.grad_via_data),
            right=format_values(hidden.true_grad),
        )
    )
    st.code(f"RuntimeError: {hidden.error_via_detach}", language="text", wrap_lines=True)


def custom_section() -> None:
    """Compare the tutorial's custom Sigmoid Function with torch.sigmoid, gradcheck it and show its saved tensor."""
    text = st.text_input(tr("autograd.sigmoid_inputs"), "[1.0, 2.0, 3.0]", key="autograd_sigmoid_values")
    values = parse_sigmoid_inputs(text)
    comparison = compare_sigmoid(values)
    table = pd.DataFrame(
        {
            "x": comparison.inputs,
            "SigmoidFunction.apply(x)": comparison.custom_forward,
            "torch.sigmoid(x)": comparison.torch_forward,
            "x.grad (custom)": comparison.custom_grad,
            "x.grad (torch)": comparison.torch_grad,
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    left, right = st.columns(2)
    largest = max(abs(a - b) for a, b in zip(comparison.custom_grad, comparison.torch_grad, strict=True))
    left.metric(tr("autograd.max_diff"), f"{largest:.2e}")
    right.metric("gradcheck (float64)", "✓" if comparison.gradcheck_passed else "✗")
    st.graphviz_chart(autograd_graph_dot(comparison.graph, rankdir="TB"))
    st.markdown(tr("autograd.custom_explained"))
    code_panel(sigmoid_code(values), name="autograd_custom_function")


def descent_section() -> None:
    """Compare hand-written gradient descent with torch.optim.SGD, then the tutorial's train-only-w2 exercise."""
    left, right = st.columns(2)
    learning_rate = left.select_slider(tr("autograd.lr"), LEARNING_RATES, 1e-4, key="autograd_lr")
    steps = right.slider(
        tr("autograd.steps"), 1, limits.MAX_DESCENT_STEPS.value, 50, key="autograd_descent_steps"
    )
    hand, sgd = _cached_descent(steps, learning_rate, True), _cached_descent(steps, learning_rate, False)
    labels = {
        "hand": tr("autograd.by_hand"),
        "sgd": "torch.optim.SGD",
        "x": tr("autograd.step_axis"),
        "y": "loss",
    }
    st.plotly_chart(descent_figure(hand, sgd, labels), width="stretch")
    columns = st.columns(4)
    columns[0].metric(tr("autograd.max_diff"), f"{max_difference(hand, sgd):.1e}")
    for column, name, value in zip(columns[1:], ("w1", "w2", "w3"), hand.params[-1], strict=True):
        column.metric(name, f"{value:.4g}")
    if any(math.isnan(loss) or math.isinf(loss) for loss in hand.losses):
        st.warning(tr("autograd.diverged", lr=learning_rate))
    else:
        st.caption(tr("autograd.rounding"))
    st.caption(tr("autograd.dynamic_lr", values=format_values(dynamic_learning_rate_step())))
    code_panel(descent_code(steps, learning_rate), name="autograd_chain_rule_descent")
    st.divider()
    st.subheader(tr("autograd.w2_title"))
    left, right = st.columns(2)
    epochs = left.slider(
        tr("autograd.epochs"), 1, limits.MAX_DESCENT_STEPS.value, 20, key="autograd_w2_epochs"
    )
    w2_lr = right.select_slider(tr("autograd.lr"), (0.001, 0.01, 0.1, 0.5), 0.01, key="autograd_w2_lr")
    history = _cached_w2_only(epochs, w2_lr)
    figure_labels = {
        "input": tr("autograd.neuron_input"),
        "hidden": tr("autograd.neuron_hidden"),
        "output": tr("autograd.neuron_output"),
        "epoch": tr("autograd.epoch_label"),
        "x": tr("autograd.neuron"),
        "y": tr("autograd.activation"),
    }
    st.plotly_chart(activation_history_figure(history, figure_labels), width="stretch")
    if epochs > MOST_EPOCH_LINES:
        st.caption(tr("autograd.epochs_thinned", shown=len(shown_epochs(epochs)), epochs=epochs))
    columns = st.columns(3)
    columns[0].metric("loss", f"{history.losses[-1]:.4f}")
    columns[1].metric(tr("autograd.w1_frozen"), f"{history.w1[-1]:.4f}")
    columns[2].metric("w2", f"{history.w2[-1]:.4f}")
    st.markdown(tr("autograd.w2_explained", names=", ".join(history.parameter_names)))
    st.code(f"ValueError: {unregistered_parameters_error()}", language="text")
    st.markdown(tr("autograd.unregistered"))
    code_panel(w2_only_code(epochs, w2_lr), name="autograd_two_layer_w2_only")


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_descent(steps: int, learning_rate: float, by_hand: bool):
    """Return a descent history (pure and deterministic, so cached)."""
    return descend(steps, learning_rate, by_hand)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_w2_only(epochs: int, learning_rate: float):
    """Return the train-only-w2 history (pure and deterministic, so cached)."""
    return train_w2_only(epochs, learning_rate)


@st.cache_data(show_spinner=False)
def _cached_seed_examples():
    """Return the seed examples (pure and deterministic, so cached)."""
    return seed_examples()


def seeds_section() -> None:
    """Show every seed example with its expected and reproduced result, and what was corrected in the seeds' code."""
    rows = [
        {
            tr("autograd.col_seed"): tr(tutorial(example.seed).title_key),
            tr("autograd.col_example"): tr(f"autograd.example.{example.example}"),
            tr("autograd.col_expected"): example.expected,
            tr("autograd.col_got"): example.got,
            "✓": "✓" if example.matches else "✗",
            tr("autograd.col_section"): tr(f"autograd.section.{example.section}"),
        }
        for example in _cached_seed_examples()
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", height=36 * (len(rows) + 1) + 3)
    st.subheader(tr("autograd.corrections_title"))
    for correction in SEED_CORRECTIONS:
        st.markdown(f"- {tr(f'autograd.fix.{correction}')}")
