"""The arena section: surface and hyperparameter widgets, animated paths, loss chart, table and code."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from dlviz.optim.arena_figures import arena_figure, loss_figure
from dlviz.optim.code import arena_code
from dlviz.optim.optimizers import RACERS, OptimizerSettings
from dlviz.optim.surfaces import SURFACE_NAMES, get_surface
from dlviz.optim.trajectory import Trajectory, run_trajectories
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr

LEARNING_RATES = (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0)
CONDITIONS = (1, 2, 5, 10, 20, 50, 100)
BETA2S = (0.9, 0.99, 0.999, 0.9999)
CONVERGED_GAP = 1e-3


RUN_CACHE_KEY = "optimizers_runs"
RUN_CACHE_SIZE = 140


def cached_trajectories(surface, names, start, settings, steps) -> dict[str, Trajectory]:
    """Return run_trajectories, recomputing only optimizers whose own arguments changed (per-session memo).

    Moving the momentum slider reruns momentum and Nesterov only; the other five paths are reused.
    """
    memo: dict = st.session_state.setdefault(RUN_CACHE_KEY, {})
    keys = {name: (surface, name, start, repr(RACERS[name].kwargs(settings)), steps) for name in names}
    missing = tuple(name for name in names if keys[name] not in memo)
    if missing:
        memo.update(
            {
                keys[name]: run
                for name, run in run_trajectories(surface, missing, start, settings, steps).items()
            }
        )
        for stale in list(memo)[: max(0, len(memo) - RUN_CACHE_SIZE)]:
            del memo[stale]
    return {name: memo[keys[name]] for name in names}


def arena_inputs() -> dict:
    """Draw the arena's widgets in the main area and return their values."""
    surface_col, start_col, rate_col, beta_col = st.columns(4)
    name = surface_col.selectbox(
        tr("optimizers.surface"),
        SURFACE_NAMES,
        format_func=option_label("optimizers.surface"),
        key="optimizers_surface",
    )
    condition = 10
    if name == "bowl":
        condition = surface_col.select_slider(
            tr("optimizers.condition"),
            CONDITIONS,
            value=10,
            key="optimizers_condition",
            help=tr("optimizers.condition_help"),
        )
    surface = get_surface(name, condition)
    steps = surface_col.slider(tr("optimizers.steps"), 10, 500, 200, step=10, key="optimizers_steps")
    x0 = start_col.slider(
        tr("optimizers.start_x"),
        *surface.x_range,
        value=surface.start[0],
        step=0.01,
        key=f"optimizers_x0_{name}",
    )
    y0 = start_col.slider(
        tr("optimizers.start_y"),
        *surface.y_range,
        value=surface.start[1],
        step=0.01,
        key=f"optimizers_y0_{name}",
    )
    sgd_lr = rate_col.select_slider(
        tr("optimizers.sgd_lr"), LEARNING_RATES, value=surface.sgd_lr, key=f"optimizers_sgd_lr_{name}"
    )
    adaptive_lr = rate_col.select_slider(
        tr("optimizers.adaptive_lr"),
        LEARNING_RATES,
        value=surface.adaptive_lr,
        key=f"optimizers_adaptive_lr_{name}",
    )
    momentum = beta_col.slider(
        tr("optimizers.momentum"), 0.0, 0.99, 0.9, step=0.01, key="optimizers_momentum"
    )
    beta1 = beta_col.slider(tr("optimizers.beta1"), 0.0, 0.99, 0.9, step=0.01, key="optimizers_beta1")
    with st.expander(tr("optimizers.more_settings")):
        beta2_col, alpha_col, decay_col = st.columns(3)
        beta2 = beta2_col.select_slider(tr("optimizers.beta2"), BETA2S, value=0.999, key="optimizers_beta2")
        alpha = alpha_col.select_slider(tr("optimizers.alpha"), BETA2S, value=0.99, key="optimizers_alpha")
        weight_decay = decay_col.select_slider(
            tr("optimizers.weight_decay"),
            (0.0, 0.001, 0.01, 0.1, 0.5),
            value=0.01,
            key="optimizers_weight_decay",
        )
    names = st.multiselect(
        tr("optimizers.chosen"), list(RACERS), default=list(RACERS), key="optimizers_chosen"
    )
    settings = OptimizerSettings(sgd_lr, adaptive_lr, momentum, beta1, beta2, alpha, weight_decay)
    if momentum == 0 and "Nesterov" in names:
        st.caption(tr("optimizers.nesterov_needs_momentum"))
        names = [name for name in names if name != "Nesterov"]
    return {
        "surface": surface,
        "names": tuple(names),
        "start": (x0, y0),
        "settings": settings,
        "steps": steps,
    }


def status_text(trajectory: Trajectory, minimum: float) -> str:
    """Return a translated word on how a run ended: diverged, converged or still on its way."""
    if trajectory.diverged_at is not None:
        return tr("optimizers.status.diverged", step=trajectory.diverged_at)
    reached = np.flatnonzero(trajectory.losses - minimum < CONVERGED_GAP)
    if reached.size:
        return tr("optimizers.status.converged", step=int(reached[0]))
    return tr("optimizers.status.moving")


def summary_table(trajectories: dict[str, Trajectory], minimum: float) -> pd.DataFrame:
    """Return one row per optimizer: final loss, final point and status."""
    rows = []
    for name, trajectory in trajectories.items():
        end = trajectory.path[-1]
        rows.append(
            {
                tr("optimizers.col.optimizer"): name,
                tr("optimizers.col.final_loss"): trajectory.final_loss,
                tr("optimizers.col.final_x"): float(end[0]),
                tr("optimizers.col.final_y"): float(end[1]),
                tr("optimizers.col.status"): status_text(trajectory, minimum),
            }
        )
    return pd.DataFrame(rows)


def show_arena() -> None:
    """Draw the arena section."""
    st.markdown(tr("optimizers.arena.intro"))
    inputs = arena_inputs()
    if not inputs["names"]:
        st.info(tr("optimizers.pick_one"))
        return
    surface = inputs["surface"]
    trajectories = cached_trajectories(**inputs)
    labels = {
        name: name if t.diverged_at is None else tr("optimizers.legend_diverged", name=name)
        for name, t in trajectories.items()
    }
    text = {
        key: tr(f"optimizers.fig.{key}") for key in ("minimum", "start", "play", "pause", "step", "diverged")
    }
    text["loss_axis"] = tr("optimizers.fig.loss_axis")
    paths_col, loss_col = st.columns([3, 2])
    paths_col.plotly_chart(arena_figure(surface, trajectories, labels, text), key="optimizers_paths_chart")
    loss_col.plotly_chart(loss_figure(surface, trajectories, labels, text), key="optimizers_loss_chart")
    diverged = [name for name, t in trajectories.items() if t.diverged_at is not None]
    if diverged:
        st.warning(tr("optimizers.diverged_note", names=", ".join(diverged)), icon="💥")
    st.dataframe(
        summary_table(trajectories, surface.minimum_value),
        hide_index=True,
        column_config={
            tr("optimizers.col.final_loss"): st.column_config.NumberColumn(format="%.4e"),
            tr("optimizers.col.final_x"): st.column_config.NumberColumn(format="%.4f"),
            tr("optimizers.col.final_y"): st.column_config.NumberColumn(format="%.4f"),
            tr("optimizers.col.status"): st.column_config.TextColumn(width="large"),
        },
    )
    with st.expander(tr("optimizers.rules_title")):
        st.markdown(tr("optimizers.rules_intro"))
        for name in inputs["names"]:
            st.markdown(f"**{name}** — `{RACERS[name].source(inputs['settings'])}`")
            st.latex(RULES[name])
    code_panel(arena_code(**inputs))


RULES = {
    "SGD": r"\theta \leftarrow \theta - \eta\, g",
    "Momentum": r"b \leftarrow \mu b + g,\qquad \theta \leftarrow \theta - \eta\, b",
    "Nesterov": r"b \leftarrow \mu b + g,\qquad \theta \leftarrow \theta - \eta\,(g + \mu b)",
    "Adagrad": r"s \leftarrow s + g^2,\qquad \theta \leftarrow \theta - \eta\, \frac{g}{\sqrt{s} + \epsilon}",
    "RMSprop": r"v \leftarrow \alpha v + (1-\alpha) g^2,\qquad \theta \leftarrow \theta - \eta\,\frac{g}{\sqrt{v} + \epsilon}",
    "Adam": r"m \leftarrow \beta_1 m + (1-\beta_1) g,\; v \leftarrow \beta_2 v + (1-\beta_2) g^2,\;"
    r"\theta \leftarrow \theta - \eta\,\frac{m/(1-\beta_1^t)}{\sqrt{v/(1-\beta_2^t)} + \epsilon}",
}
RULES["AdamW"] = r"\theta \leftarrow \theta\,(1 - \eta\lambda);\quad " + RULES["Adam"]
