"""The divergence / stuck detector on synthetic histories and on real runs, and the fix it leads to."""

import math

from hypothesis import given
from hypothesis import strategies as st

from dlviz.models.registry import ModelSpec
from dlviz.training import diagnosis as dx
from dlviz.training.components import OptimizerSpec
from dlviz.training.datasets import DataSpec
from dlviz.training.diagnosis import diagnose, diagnose_run
from dlviz.training.experiment import ExperimentConfig, build_experiment
from dlviz.training.fixes import lower_lr, raise_lr, suggest_fix
from dlviz.training.history import RunRecord
from dlviz.training.presets import PRESETS
from dlviz.training.settings import LEARNING_RATES

LOSSES = st.floats(0.01, 100.0, allow_nan=False)
ACCURACY = st.floats(0.0, 1.0)


def falling(start=2.3, epochs=5, steps_per_epoch=10, end=0.3):
    """Return (step losses, epoch losses) of a loss falling geometrically from start to end."""
    total = epochs * steps_per_epoch
    steps = [start * (end / start) ** (i / (total - 1)) for i in range(total)]
    epoch_losses = [
        sum(steps[e * steps_per_epoch : (e + 1) * steps_per_epoch]) / steps_per_epoch for e in range(epochs)
    ]
    return steps, epoch_losses


def test_a_falling_loss_with_good_accuracy_is_fine():
    steps, epochs = falling()
    assert diagnose(steps, epochs, [0.5, 0.7, 0.8, 0.85, 0.9], 10).fine


@given(st.lists(LOSSES, min_size=1, max_size=40), st.sampled_from([math.nan, math.inf, -math.inf]), st.data())
def test_a_nan_or_infinite_loss_anywhere_is_diverging(steps, bad, data):
    at = data.draw(st.integers(0, len(steps)))
    result = diagnose([*steps[:at], bad, *steps[at:]], [], [], 10)
    assert (result.state, result.cause, result.lr_hint) == ("diverging", "not_finite", "lower")
    assert diagnose(steps, [bad], [0.9], 10).cause == "not_finite"


def test_a_last_epoch_well_above_the_start_is_rising():
    result = diagnose([1.0, 1.2, 1.4], [1.3, 1.6], [0.9, 0.9], 2)
    assert (result.state, result.cause, result.lr_hint) == ("diverging", "rising", "lower")
    below_rise = diagnose([1.0, 1.2, 1.4], [1.3, 1.4], [0.9, 0.9], 2)  # 1.4 < RISE_FACTOR × 1.0
    assert (below_rise.state, below_rise.cause, below_rise.lr_hint) == ("stuck", "flat", "lower")
    assert diagnose([1.0, 1.2, 1.4], [1.4], [0.9], 2).fine  # one epoch is too early to call it stuck


def test_the_brief_case_a_spike_then_chance_accuracy_is_diverging():
    steps = [2.315, 199.189, 6.779, 2.299, 2.308] + [2.30] * 45  # DigitRecognizer, Adam at lr 0.03 on MNIST
    result = diagnose(steps, [10.362, 2.301], [0.138, 0.138], 10)
    assert (result.state, result.cause, result.lr_hint) == ("diverging", "spike", "lower")
    assert (result.peak, result.peak_step, result.start) == (199.189, 1, 2.315)
    assert (result.accuracy, result.chance) == (0.138, 0.1)


def test_a_spike_the_run_recovers_from_is_fine():
    steps = [2.3, 198.0, 34.0, 20.0] + [0.8] * 40  # NeuralNetwork, Adam at lr 0.03: then 80% accuracy
    assert diagnose(steps, [1.2, 0.78, 0.49], [0.79, 0.8, 0.77], 10).fine


def test_chance_accuracy_after_enough_epochs_is_stuck():
    steps, epochs = falling(epochs=3, end=1.5)
    result = diagnose(steps, epochs, [0.1, 0.11, 0.12], 10)
    assert (result.state, result.cause, result.lr_hint) == ("stuck", "chance", "")
    assert diagnose(steps[:10], epochs[:1], [0.12], 10).fine  # one epoch is too early to say
    assert diagnose(steps, epochs, [0.1, 0.11, 0.1 + dx.CHANCE_MARGIN + 0.01], 10).fine


def test_a_flat_loss_is_stuck_and_asks_for_a_higher_learning_rate():
    steps = [0.709, 0.696, 0.706, 0.702, 0.693] * 4  # spiral, SGD at lr 0.0001
    result = diagnose(steps, [0.696, 0.696, 0.696], [0.61, 0.61, 0.61], 2)
    assert (result.state, result.cause, result.lr_hint) == ("stuck", "flat", "raise")


def test_an_unsteady_stuck_run_asks_for_a_lower_learning_rate():
    steps = [0.709, 0.782, 1.36, 0.64, 0.707] * 4  # spiral, SGD at lr 1 with momentum 0.9
    result = diagnose(steps, [0.72, 0.73, 0.73], [0.57, 0.44, 0.44], 2)
    assert (result.state, result.cause, result.lr_hint) == ("stuck", "chance", "lower")


def test_regression_has_no_chance_level():
    steps, epochs = falling(start=1.0, end=0.2)
    assert diagnose(steps, epochs, [None] * len(epochs), 0).fine
    assert diagnose([1.0] * 20, [1.0, 1.0], [None, None], 0).cause == "flat"


@given(
    st.lists(LOSSES, min_size=1, max_size=30),
    st.lists(LOSSES, max_size=6),
    ACCURACY,
    st.integers(0, 10),
    st.floats(0.01, 100.0),
)
def test_the_diagnosis_depends_on_the_losses_relative_to_their_start(steps, epochs, accuracy, classes, scale):
    accuracies = [accuracy] * len(epochs)
    plain = diagnose(steps, epochs, accuracies, classes)
    scaled = diagnose([v * scale for v in steps], [v * scale for v in epochs], accuracies, classes)
    assert plain.state in ("fine", "stuck", "diverging")
    assert (plain.state, plain.cause, plain.lr_hint) == (scaled.state, scaled.cause, scaled.lr_hint) or any(
        math.isclose(ratio, factor, rel_tol=1e-6)
        for ratio in _ratios(steps, epochs)
        for factor in (dx.SPIKE_FACTOR, dx.RISE_FACTOR, 1 - dx.FLAT_DROP)
    )


def _ratios(steps, epochs):
    """Return every loss over the start (a threshold hit exactly may fall either side once scaled)."""
    return [value / steps[0] for value in [*steps, *epochs]]


@given(st.lists(LOSSES, min_size=1, max_size=30), st.lists(LOSSES, max_size=6), st.integers(2, 10))
def test_a_run_whose_loss_falls_by_half_with_good_accuracy_and_no_spike_is_fine(steps, epochs, classes):
    start = steps[0]
    steps = [start, *(min(v, start) for v in steps[1:])]
    epochs = [min(v, start / 2) for v in epochs]
    assert diagnose(steps, epochs, [0.99] * len(epochs), classes).fine


def test_lower_and_raise_the_learning_rate_on_the_widgets_grid():
    assert lower_lr(0.03) == 0.003 and lower_lr(1.0) == 0.1 and lower_lr(0.001) == 0.0001
    assert lower_lr(0.0003) == 0.0001 and lower_lr(0.0001) is None
    assert raise_lr(0.0001) == 0.001 and raise_lr(0.3) == 1.0 and raise_lr(1.0) is None
    assert all(value in LEARNING_RATES for value in map(lower_lr, LEARNING_RATES[1:]))


def test_a_diverging_tutorial_network_gets_its_tutorials_recipe_then_a_lower_rate():
    spike = dx.Diagnosis("diverging", "spike", "lower")
    state = {**PRESETS["digit_recognizer"].values, "training_lr": 0.03}
    fix = suggest_fix(spike, state)
    assert fix.key == "presets.fix.use_recipe" and fix.params == {"preset": "digit_recognizer"}
    assert fix.changes["training_lr"] == 0.001 and fix.changes["training_batch_size"] == 64
    assert "training_dataset" not in fix.changes  # the data stay as they are
    assert suggest_fix(spike, PRESETS["digit_recognizer"].values).changes == {"training_lr": 0.0001}


def test_a_diverging_mlp_gets_a_ten_times_lower_rate_and_a_fine_run_no_fix():
    state = {**PRESETS["spiral"].values, "training_lr": 1.0}
    fix = suggest_fix(dx.Diagnosis("diverging", "spike", "lower"), state)
    assert (fix.key, fix.params, fix.changes) == ("presets.fix.lower_lr", {"lr": "0.1"}, {"training_lr": 0.1})
    assert suggest_fix(dx.Diagnosis("stuck", "flat", "raise"), state) is None  # already at the top
    assert suggest_fix(dx.Diagnosis(), state) is None
    assert suggest_fix(dx.Diagnosis("stuck", "chance", ""), state) is None


def train(config: ExperimentConfig) -> RunRecord:
    """Return the record of config trained in this process (a test may seed torch's generator)."""
    run = RunRecord(config, "#1")
    build_experiment(config, callbacks=[run]).trainer.fit(config.epochs, lambda: False)
    return run


def spiral(lr: float) -> ExperimentConfig:
    return ExperimentConfig(
        DataSpec("spiral", 500), ModelSpec("mlp", 2, 32), OptimizerSpec("adam", lr), epochs=10
    )


def test_a_real_spiral_run_at_learning_rate_1_diverges_and_at_its_fix_is_fine():
    result = diagnose_run(train(spiral(1.0)), 2)
    assert (result.state, result.cause, result.lr_hint) == ("diverging", "spike", "lower")
    assert result.peak > dx.SPIKE_FACTOR * result.start and result.peak_step == 2
    assert diagnose_run(train(spiral(0.1)), 2).fine


def test_a_real_mnist_run_of_digit_recognizer_at_adam_0_03_diverges(mnist_root):
    config = ExperimentConfig(
        DataSpec("mnist", 1000, root=str(mnist_root)),
        ModelSpec("digit_recognizer"),
        OptimizerSpec("adam", 0.03),
        epochs=2,
        batch_size=64,
    )
    result = diagnose_run(train(config), 10)
    assert (result.state, result.lr_hint) == ("diverging", "lower")
    assert result.accuracy < result.chance + dx.CHANCE_MARGIN
