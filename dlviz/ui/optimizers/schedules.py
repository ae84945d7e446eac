"""The schedules section: pick a torch.optim.lr_scheduler, set its arguments, see the rate per epoch."""

from __future__ import annotations

import streamlit as st

from dlviz.optim.schedule_figures import schedule_figure
from dlviz.optim.schedules import SCHEDULES, ScheduleRun, ScheduleSettings, schedule_code, schedule_run
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.sidebar import current_seed

BASE_RATES = (0.001, 0.01, 0.05, 0.1, 0.5, 1.0)
GAMMAS = (0.1, 0.2, 0.5, 0.9)
EXP_GAMMAS = (0.9, 0.95, 0.97, 0.98, 0.99, 0.995)
MILESTONES = tuple(range(5, 301, 5))


@st.cache_data(max_entries=64, show_spinner=False)
def cached_run(name: str, settings: ScheduleSettings) -> ScheduleRun:
    """Return schedule_run for these inputs, remembered across reruns."""
    return schedule_run(name, settings)


def schedule_inputs() -> tuple[str, ScheduleSettings, bool, bool]:
    """Draw the schedule widgets; return the schedule, its settings, compare-all and log-scale flags."""
    left, middle, right = st.columns(3)
    name = left.selectbox(
        tr("optimizers.schedule"),
        SCHEDULES,
        format_func=option_label("optimizers.schedule"),
        key="optimizers_schedule",
    )
    epochs = left.slider(tr("optimizers.epochs"), 10, 300, 100, step=5, key="optimizers_sched_epochs")
    base_lr = left.select_slider(tr("optimizers.base_lr"), BASE_RATES, value=0.1, key="optimizers_sched_lr")
    values = {"base_lr": base_lr, "epochs": epochs, "seed": current_seed()}
    if name == "StepLR":
        values["step_size"] = middle.slider("step_size", 1, 100, 30, key="optimizers_sched_step_size")
    if name == "MultiStepLR":
        values["milestones"] = tuple(
            sorted(
                middle.multiselect(
                    "milestones", MILESTONES, default=[30, 60, 80], key="optimizers_sched_milestones"
                )
            )
        )
    if name in ("StepLR", "MultiStepLR"):
        values["gamma"] = middle.select_slider("gamma", GAMMAS, value=0.1, key="optimizers_sched_gamma")
    if name == "ExponentialLR":
        values["exp_gamma"] = middle.select_slider(
            "gamma", EXP_GAMMAS, value=0.97, key="optimizers_sched_exp_gamma"
        )
    if name == "CosineAnnealingLR":
        values["t_max"] = middle.slider("T_max", 1, 300, 100, key="optimizers_sched_t_max")
        values["eta_min"] = middle.select_slider(
            "eta_min", (0.0, 0.0001, 0.001, 0.01), value=0.0, key="optimizers_sched_eta_min"
        )
    if name == "OneCycleLR":
        values["pct_start"] = middle.slider(
            "pct_start", 0.05, 0.95, 0.3, step=0.05, key="optimizers_sched_pct"
        )
        values["anneal_strategy"] = middle.radio(
            "anneal_strategy", ("cos", "linear"), horizontal=True, key="optimizers_sched_anneal"
        )
        middle.caption(tr("optimizers.onecycle_note"))
    if name == "ReduceLROnPlateau":
        values["factor"] = middle.select_slider("factor", GAMMAS, value=0.1, key="optimizers_sched_factor")
        values["patience"] = middle.slider("patience", 0, 30, 10, key="optimizers_sched_patience")
        values["noise"] = middle.slider(
            tr("optimizers.plateau_noise"),
            0.0,
            0.05,
            0.01,
            step=0.005,
            format="%.3f",
            key="optimizers_sched_noise",
        )
    compare = right.toggle(tr("optimizers.compare_all"), value=False, key="optimizers_sched_compare")
    log_y = right.toggle(tr("optimizers.log_y"), value=False, key="optimizers_sched_log")
    right.caption(tr(f"optimizers.schedule_note.{name}"))
    return name, ScheduleSettings(**values), compare, log_y


def show_schedules() -> None:
    """Draw the schedules section."""
    st.markdown(tr("optimizers.schedules.intro"))
    name, settings, compare, log_y = schedule_inputs()
    run = cached_run(name, settings)
    others = [cached_run(other, settings) for other in SCHEDULES if compare and other != name]
    text = {key: tr(f"optimizers.sfig.{key}") for key in ("epoch", "lr", "loss", "reduced")}
    st.plotly_chart(schedule_figure(run, others, text, log_y), key="optimizers_schedule_chart")
    first, last, changes = st.columns(3)
    first.metric(tr("optimizers.metric.first_lr"), f"{run.lrs[0]:.6g}")
    last.metric(tr("optimizers.metric.last_lr"), f"{run.lrs[-1]:.6g}")
    changes.metric(tr("optimizers.metric.changes"), len(run.changes))
    if name == "ReduceLROnPlateau":
        st.caption(tr("optimizers.plateau_epochs", epochs=", ".join(map(str, run.changes)) or "—"))
    code_panel(schedule_code(name, settings))
