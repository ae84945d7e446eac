"""AppTest of every section of the Optimizer arena: widgets change what is shown, in every language."""

import numpy as np
import pytest

from dlviz.i18n import t
from dlviz.optim.manual import first_step_ratios
from dlviz.optim.minibatch import SAMPLES, START, gradient_noise, line_data
from dlviz.optim.schedules import SCHEDULES, ScheduleSettings, schedule_run
from dlviz.ui.optimizers.manual import scientific
from tests.conftest import LANGUAGES, OTHER_LANGUAGES, open_page, text_pattern

PAGE = "pages/optimizer_arena.py"


def open_section(section, lang="en"):
    at = open_page(PAGE, lang)
    if section != "arena":
        at.radio(key="optimizers_section").set_value(section).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def run_code(at):
    namespace = {}
    exec(at.code[-1].value, namespace)  # noqa: S102 - the test runs the page's code panel
    return namespace


def test_arena_races_seven_optimizers_and_its_code_reproduces_the_table():
    at = open_section("arena")
    table = at.dataframe[0].value
    assert list(table["Optimizer"]) == ["SGD", "Momentum", "Nesterov", "Adagrad", "RMSprop", "Adam", "AdamW"]
    assert not at.warning
    assert len(at.latex) == 7, "one update rule per optimizer"
    namespace = run_code(at)
    for name, final in zip(table["Optimizer"], table["Final loss"], strict=True):
        assert namespace["losses"][name][-1] == pytest.approx(final, rel=1e-9, abs=1e-300)


def test_arena_shows_divergence_as_a_warning_and_a_status_not_an_error():
    at = open_section("arena")
    at.select_slider(key="optimizers_condition").set_value(100).run()
    at.select_slider(key="optimizers_sgd_lr_bowl").set_value(0.05).run()
    assert not at.exception and not at.error
    assert "SGD" in at.warning[0].value and "Diverged" in at.warning[0].value
    table = at.dataframe[0].value.set_index("Optimizer")
    assert table.loc["SGD", "How it ended"].startswith("diverged at step")
    assert table.loc["SGD", "Final loss"] == np.inf


@pytest.mark.parametrize("surface", ["rosenbrock", "beale", "saddle", "himmelblau"])
def test_arena_surfaces_switch(surface):
    at = open_section("arena")
    at.selectbox(key="optimizers_surface").set_value(surface).run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 7
    assert t(f"optimizers.surface.{surface}", "en") == at.selectbox(key="optimizers_surface").format_func(
        surface
    )


def test_arena_steps_slider_and_optimizer_choice():
    at = open_section("arena")
    at.slider(key="optimizers_steps").set_value(30).run()
    at.multiselect(key="optimizers_chosen").set_value(["Adam", "SGD"]).run()
    assert list(at.dataframe[0].value["Optimizer"]) == ["Adam", "SGD"]
    assert len(run_code(at)["paths"]["Adam"]) == 31
    at.multiselect(key="optimizers_chosen").set_value([]).run()
    assert at.info[0].value == t("optimizers.pick_one", "en")


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_arena_in_another_language(lang):
    at = open_section("arena", lang)
    assert t("optimizers.col.optimizer", lang) in at.dataframe[0].value.columns
    assert at.radio(key="optimizers_section").format_func("schedules") == t(
        "optimizers.section.schedules", lang
    )


def test_manual_section_shows_identical_paths_and_the_dynamic_rate_failure():
    at = open_section("manual")
    gaps = [float(m.value) for m in at.metric[:2]]
    assert max(gaps) <= 1e-12
    assert at.metric[2].value.startswith("diverged at step")
    at.slider(key="optimizers_manual_x0_bowl").set_value(0.15).run()
    at.slider(key="optimizers_manual_y0_bowl").set_value(0.02).run()
    assert not at.metric[2].value.startswith("diverged")
    seed_tables = [frame.value for frame in at.dataframe]
    assert seed_tables[0]["w1"].iloc[1] == pytest.approx(-92.2, rel=1e-6)
    namespace = run_code(at)
    assert float(namespace["paths"]["no_grad"][-1][0]) == pytest.approx(0.15 * 0.95**100, rel=1e-9)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_manual_lesson_shows_the_computed_first_step_ratios(lang):
    at = open_section("manual", lang)
    lesson = next(m.value for m in at.markdown if "−92.2" in m.value)
    assert text_pattern("optimizers.manual.seed_lesson", lang).search(lesson)
    separator = t("optimizers.manual.list_separator", lang)
    ratios = separator.join(f"{s.name} {scientific(s.ratio)}" for s in first_step_ratios(0.01))
    assert ratios in lesson
    assert "w1 9.06 × 10⁹" in lesson and "w3 3.26 × 10⁹" in lesson
    assert "w1 9.06 × 10⁷" in lesson
    assert "10⁸" not in lesson


@pytest.mark.parametrize("name", SCHEDULES)
def test_schedules_section_shows_torch_rates(name):
    at = open_section("schedules")
    at.selectbox(key="optimizers_schedule").set_value(name).run()
    expected = schedule_run(name, ScheduleSettings())
    assert at.metric[1].value == f"{expected.lrs[-1]:.6g}"
    assert at.metric[2].value == str(len(expected.changes))
    assert run_code(at)["lrs"] == pytest.approx(list(expected.lrs), rel=1e-12)


def test_plateau_patience_slider_moves_the_reductions():
    at = open_section("schedules")
    at.selectbox(key="optimizers_schedule").set_value("ReduceLROnPlateau").run()
    at.slider(key="optimizers_sched_patience").set_value(3).run()
    at.toggle(key="optimizers_sched_compare").set_value(True).run()
    expected = schedule_run("ReduceLROnPlateau", ScheduleSettings(patience=3))
    shown = t("optimizers.plateau_epochs", "en", epochs=", ".join(map(str, expected.changes)))
    assert shown in [caption.value for caption in at.main.caption]


def test_batch_section_counts_updates_and_measures_noise():
    at = open_section("batch")
    at.select_slider(key="optimizers_batch_size").set_value(32).run()
    values = {m.label: m.value for m in at.metric}
    assert values["Updates per epoch"] == str(SAMPLES // 32)
    x, y = line_data(0)
    noise = gradient_noise(x, y, START, 32, 0)
    assert values["RMS ‖batch − full gradient‖, batch 32"] == f"{noise.measured[5]:.4g}"
    assert values["mean of 32 per-sample losses"] == values["nn.MSELoss()(pred, y)"]
    assert len(run_code(at)["path"]) == 3 * SAMPLES // 32 + 1


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_batch_section_in_another_language_with_another_seed(lang):
    at = open_section("batch", lang)
    at.session_state["shared_seed"] = 5
    at.run()
    assert not at.exception
    assert t("optimizers.metric.updates", lang) in [m.label for m in at.metric]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_a_cap_below_the_request_shows_a_translated_message(monkeypatch, lang):
    from dlviz import limits

    monkeypatch.setattr(limits, "MAX_OPTIMIZER_STEPS", limits.Limit("MAX_OPTIMIZER_STEPS", 50))
    at = open_section("arena", lang)
    assert not at.exception
    message = at.error[0].value
    assert t("limits.max_optimizer_steps", lang) in message and "200" in message and "50" in message
