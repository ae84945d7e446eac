"""Playground training as a job for a worker process: go on from a state, send snapshots, stop when told.

Messages to the parent: a ``Snapshot`` about every ``snapshot_seconds`` of training at the worker's
average speed (dlviz/playground/pace.py) and one after the last epoch.
The result is a ``JobEnd``. Everything the job needs (caps included) is in the request: a worker is a
process of its own, where the server's settings do not reach.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from dlviz.playground.experiment import PlaygroundExperiment
from dlviz.playground.pace import SnapshotPace
from dlviz.playground.settings import PlaygroundSettings
from dlviz.playground.state import TrainState


@dataclass(frozen=True)
class TrainRequest:
    """Train settings' network from state: epochs of them (a Step) or until stopped (Play, epochs None)."""

    settings: PlaygroundSettings
    state: TrainState | None
    device: str
    epochs: int | None
    max_seconds: float
    max_epochs: int
    snapshot_seconds: float


@dataclass(frozen=True)
class Snapshot:
    """The state after an epoch, on the job's steady clock; the losses of every epoch since the previous
    snapshot; and that epoch's gradient norms (when measured)."""

    seconds: float
    state: TrainState
    losses: list[tuple[float, float, float]]
    grad_norms: dict[str, float] | None = None


@dataclass(frozen=True)
class JobEnd:
    """Why the job ended ('done', 'stopped', 'time' or 'cap'), how many epochs it trained, in how long."""

    reason: str
    epochs: int
    seconds: float


def _ending(
    request: TrainRequest, experiment: PlaygroundExperiment, ran: int, elapsed: float, channel
) -> str | None:
    """Return why training must end before the next epoch, or None to go on."""
    if request.epochs is not None and ran >= request.epochs:
        return "done"
    if experiment.at_cap:
        return "cap"
    if channel.should_stop():
        return "stopped"
    if elapsed >= request.max_seconds:
        return "time"
    return None


def train_job(request: TrainRequest, channel) -> JobEnd:
    """Train the request's network epoch by epoch, sending snapshots; end on its epochs, cap, budget or stop."""
    experiment = PlaygroundExperiment(request.settings, request.device, request.state, request.max_epochs)
    started = time.monotonic()
    pace = SnapshotPace(request.snapshot_seconds, started)
    pending: list[tuple[float, float, float]] = []
    ran = 0
    while (reason := _ending(request, experiment, ran, time.monotonic() - started, channel)) is None:
        last_of_step = request.epochs is not None and ran == request.epochs - 1
        snapshot = last_of_step or pace.wants(time.monotonic())
        result = experiment.run_epoch(measure=snapshot)
        ran += 1
        pace.done(time.monotonic())
        pending.append(result.losses)
        if snapshot:
            clock = pace.stamp(time.monotonic())
            channel.send(Snapshot(clock, experiment.train_state(), pending, result.grad_norms))
            pending = []
    if pending:  # the last epoch was not measured: its accuracy is shown, so measure it now
        pending[-1] = (*pending[-1][:2], experiment.accuracy())
        channel.send(Snapshot(pace.stamp(time.monotonic()), experiment.train_state(), pending))
    return JobEnd(reason, ran, time.monotonic() - started)
