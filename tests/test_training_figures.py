"""The curves a run draws: the plotly figure after the run and the live chart's data during it hold the same numbers."""

import json
import math

import pytest
import torch
from torch import nn

from dlviz.training.engine import Trainer
from dlviz.training.figures import curves_figure, live_chart_data, loss_axis_top
from dlviz.training.history import RunRecord

TITLES = ("Loss", "Accuracy", "Learning rate")
NAMES = {"train": "train", "val": "validation", "step": "each step", "best": "best", "epoch": "epoch"}


def trained_run(label: str, lr: float, epochs: int = 3) -> RunRecord:
    """Return the record of a small real run on a two-class problem, with validation data."""
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(160, 2, generator=generator)
    y = (x[:, 0] * x[:, 1] > 0).long()
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
    run = RunRecord(config=None, label=label, planned_epochs=epochs, steps_per_epoch=4)
    trainer = Trainer(
        model,
        nn.CrossEntropyLoss(),
        torch.optim.SGD(model.parameters(), lr=lr),
        (x[:120], y[:120]),
        (x[120:], y[120:]),
        batch_size=30,
        callbacks=[run],
    )
    trainer.fit(epochs)
    return run


@pytest.fixture(scope="module")
def runs():
    return [trained_run("#1", 0.1), trained_run("#2 lr 0.1→0.5", 0.5)]


def test_the_live_chart_holds_the_plotly_figures_traces_panel_by_panel(runs):
    earlier, current = runs
    figure = curves_figure(current, [earlier], TITLES, NAMES).to_plotly_json()["data"]
    chart = live_chart_data(current, [earlier], TITLES, NAMES)
    by_panel = [[t for t in figure if t["xaxis"] == axis] for axis in ("x", "x2", "x3")]
    assert [len(p) for p in chart["panels"]] == [len(p) for p in by_panel] == [5, 2, 2]
    for drawn, traces in zip(chart["panels"], by_panel, strict=True):
        for line, trace in zip(drawn, traces, strict=True):
            assert line["x"] == list(trace["x"]) and line["y"] == list(trace["y"])
            assert line["color"] == trace["line"]["color"] and line["dash"] == (
                trace["line"]["dash"] == "dash"
            )
    assert chart["titles"] == list(TITLES) and chart["from_zero"] == [False, False, True]


def test_the_live_chart_shows_the_runs_own_numbers(runs):
    earlier, current = runs
    loss, accuracy, lr = live_chart_data(current, [earlier], TITLES, NAMES)["panels"]
    step_line = next(line for line in loss if line["name"] == "#2 lr 0.1→0.5 · each step")
    assert step_line["x"] == [step / 4 for step, _, _ in current.steps]
    assert step_line["y"] == [value for _, value, _ in current.steps]
    train_line = next(line for line in loss if line["name"] == "#2 lr 0.1→0.5 · train")
    assert train_line["x"] == [1, 2, 3] and train_line["y"] == [e.train_loss for e in current.epochs]
    assert train_line["width"] > loss[0]["width"] and loss[0]["opacity"] < 1
    assert accuracy[-1]["y"] == [e.metrics["accuracy"] for e in current.epochs]
    assert lr[-1]["y"] == [0.5, 0.5, 0.5] and lr[0]["y"] == [0.1, 0.1, 0.1]
    assert [line["name"] for line in accuracy + lr] == [None] * 4


def test_a_diverging_run_leaves_gaps_and_the_data_stays_strict_json():
    run = trained_run("#3", 0.1)
    run.epochs[1].train_loss = math.inf
    run.steps[2] = (run.steps[2][0], math.nan, 0.1)
    chart = live_chart_data(run, [], TITLES, NAMES)
    text = json.dumps(chart, allow_nan=False)
    step_line, train_line = json.loads(text)["panels"][0][:2]
    assert step_line["y"][2] is None and train_line["y"][1] is None
    assert train_line["y"][0] == run.epochs[0].train_loss


def spiky_run(spike: float) -> RunRecord:
    """Return a long run record whose step losses hover around 0.5, with one step at spike."""
    run = trained_run("#4", 0.1)
    run.steps = [(i + 1, 0.5 + 0.01 * (i % 7), 0.1) for i in range(400)]
    run.steps[200] = (201, spike, 0.1)
    run.steps_per_epoch = 100
    return run


def test_a_rare_step_spike_does_not_flatten_the_loss_curves():
    run = spiky_run(100.0)
    top = loss_axis_top(run, [])
    epoch_losses = [e.train_loss for e in run.epochs] + [e.val_loss for e in run.epochs]
    assert max(epoch_losses + [0.56]) * 1.1 == pytest.approx(top)
    assert curves_figure(run, [], TITLES, NAMES).layout.yaxis.range == (0.0, top)
    assert live_chart_data(run, [], TITLES, NAMES)["y_max"] == [top, None, None]


def test_without_spikes_the_loss_axis_fits_every_value():
    run = spiky_run(0.52)
    assert loss_axis_top(run, []) is None
    assert curves_figure(run, [], TITLES, NAMES).layout.yaxis.range is None
    assert live_chart_data(run, [], TITLES, NAMES)["y_max"] == [None, None, None]


def test_a_smooth_fast_first_epoch_is_never_cut_off():
    run = trained_run("#5", 0.1)
    run.steps = [(i + 1, 0.3 + 2 * math.exp(-i / 50), 0.1) for i in range(3000)]
    run.steps_per_epoch = 100
    assert loss_axis_top(run, []) is None


def test_a_spike_in_the_first_epoch_is_shown_whole():
    run = spiky_run(100.0)
    run.steps[50] = (51, 100.0, 0.1)
    run.steps[200] = (201, 0.5, 0.1)
    assert loss_axis_top(run, []) is None


def test_a_run_keeps_its_colour_when_older_runs_drop_off():
    first, second, third = (trained_run(f"#{n}", 0.1 * n) for n in (6, 7, 8))
    first.number, second.number, third.number = 6, 7, 8

    def colours(current, earlier):
        traces = curves_figure(current, earlier, TITLES, NAMES).to_plotly_json()["data"]
        return {t["legendgroup"]: t["line"]["color"] for t in traces}

    before, after = colours(second, [first]), colours(third, [second])
    assert after["#7"] == before["#7"]
    assert len(set(after.values())) == 2
