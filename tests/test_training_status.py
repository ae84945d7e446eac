"""How the Training Lab reports a run that has ended, and how long an auto-run may take."""

from dlviz import limits
from dlviz.training.engine import EpochEvent
from dlviz.training.experiment import ExperimentConfig
from dlviz.training.history import RunRecord
from dlviz.training.status import run_best_epoch, run_budget, status_line


def record(
    status: str, val_losses: list[float], partial_last: bool = False, seconds: float = 3.2
) -> RunRecord:
    run = RunRecord(ExperimentConfig(), "#1", status=status, seconds=seconds)
    for epoch, val in enumerate(val_losses):
        last = epoch == len(val_losses) - 1
        run.epochs.append(EpochEvent(epoch, 1.0 - 0.1 * epoch, val, 0.01, 0.1, partial=partial_last and last))
    run.add_steps([(i, 0.5, 0.01) for i in range(1, 41)])
    return run


def test_the_best_epoch_is_the_lowest_validation_loss_among_complete_epochs():
    assert run_best_epoch(record("finished", [0.9, 0.4, 0.6])) == 1
    assert (
        run_best_epoch(record("stopped", [0.9, 0.8, 0.1], partial_last=True)) == 1
    )  # a partial epoch never counts
    assert run_best_epoch(record("stopped", [])) is None


def test_the_status_line_counts_complete_epochs_and_names_the_device():
    key, params = status_line(record("stopped", [0.9, 0.8, 0.7], partial_last=True), "cpu")
    assert key == "training.status.stopped" and params == {
        "epochs": 2,
        "steps": 40,
        "seconds": "3.20",
        "device": "cpu",
    }
    key, params = status_line(record("finished", [0.5] * 12, seconds=42.26), "cuda:0")
    assert key == "training.status.finished" and params["seconds"] == "42.3" and params["epochs"] == 12
    assert status_line(record("time_limit", [0.5] * 3, seconds=120.4), "cpu") == (
        "training.status.time_limit",
        {"epochs": 3, "seconds": "120"},
    )


def test_train_gets_the_settings_and_an_auto_run_its_caps():
    assert run_budget(25, pressed_train=True) == (25, limits.MAX_TRAIN_SECONDS.value)
    assert run_budget(25, pressed_train=False) == (
        min(25, limits.MAX_AUTO_RUN_EPOCHS.value),
        limits.MAX_AUTO_RUN_SECONDS.value,
    )
