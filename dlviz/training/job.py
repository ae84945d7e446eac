"""A Training Lab run as a job for a worker process: build, train, stream the events, return the weights.

Messages to the parent: ``("start", steps_per_epoch)``, ``("steps", [(step, loss, lr, samples/s), ...])``
at most every ``flush_seconds``, and ``("epoch", EpochEvent)``. The result is a ``TrainingResult``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace

import torch

from dlviz.training.checkpoint import cpu_state_dict
from dlviz.training.datasets import PreparedData
from dlviz.training.engine import EpochEvent, StepEvent
from dlviz.training.experiment import ExperimentConfig, build_experiment
from dlviz.training.trained import TrainedModel


@dataclass(frozen=True)
class TrainingRequest:
    """What a worker needs to train one run: the settings, the data, where, how long at most."""

    config: ExperimentConfig
    data: PreparedData
    device: str
    epochs: int
    max_seconds: float
    flush_seconds: float = 0.05


@dataclass
class TrainingResult:
    """How a run ended, how long it took, and its last and best weights (CPU tensors)."""

    status: str
    seconds: float
    last_state: dict[str, torch.Tensor]
    best_state: dict[str, torch.Tensor] | None
    val_outputs: torch.Tensor | None = None  # the last weights' validation outputs, for the analysis


class _Stream:
    """Callbacks that batch step events and forward epoch events to the parent; they keep the best weights."""

    def __init__(self, channel, flush_seconds: float):
        self.channel = channel
        self.flush_seconds = flush_seconds
        self.rows: list[tuple[int, float, float, float]] = []
        self.last_flush = time.monotonic()
        self.model = None
        self.best_loss = math.inf
        self.best_state: dict[str, torch.Tensor] | None = None

    def on_step(self, event: StepEvent) -> None:
        self.rows.append((event.step, event.loss, event.lr, event.samples_per_second))
        if time.monotonic() - self.last_flush >= self.flush_seconds:
            self.flush()

    def on_epoch(self, event: EpochEvent) -> None:
        self.flush()
        self.channel.send(("epoch", event))
        monitored = event.val_loss if event.val_loss is not None else event.train_loss
        if not event.partial and monitored < self.best_loss:
            self.best_loss = monitored
            self.best_state = cpu_state_dict(self.model)

    def flush(self) -> None:
        """Send the steps gathered since the last flush."""
        if self.rows:
            self.channel.send(("steps", self.rows))
            self.rows = []
        self.last_flush = time.monotonic()


def validation_fits(request: TrainingRequest, seconds: float) -> bool:
    """Return whether the validation pass fits the run's time left (a training sample costs more than one)."""
    per_sample = seconds / max(1, request.epochs * len(request.data.train_x))
    return per_sample * len(request.data.val_x) < request.max_seconds - seconds


def train_job(request: TrainingRequest, channel) -> TrainingResult:
    """Train the request's run, streaming its events; stop when asked or when its time is up."""
    stream = _Stream(channel, request.flush_seconds)
    config = replace(request.config, epochs=request.epochs)
    experiment = build_experiment(config, request.device, callbacks=[stream], data=request.data)
    stream.model = experiment.model
    channel.send(("start", math.ceil(len(request.data.train_x) / config.batch_size)))
    started = time.monotonic()
    timed_out = []

    def should_stop() -> bool:
        if time.monotonic() - started > request.max_seconds:
            timed_out.append(True)
            return True
        return channel.should_stop()

    experiment.trainer.fit(request.epochs, should_stop)
    stream.flush()
    status = "time_limit" if timed_out else "stopped" if experiment.trainer.stopped else "finished"
    seconds = time.monotonic() - started
    last_state = cpu_state_dict(experiment.model)
    outputs = None
    if status == "finished" and validation_fits(request, seconds):
        # Here, at the worker's priority, rather than in the server, whose pages would wait for the CPU.
        outputs = TrainedModel.from_state(config, request.data, last_state, "cpu").validation_outputs()
    return TrainingResult(status, seconds, last_state, stream.best_state, outputs)
