"""One Playground run: the data split, the network and the project's Trainer, with its loss history."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import torch
from torch import nn

from dlviz import limits
from dlviz.data.toys import make_toy
from dlviz.errors import UserFacingError
from dlviz.playground.features import feature_matrix
from dlviz.playground.network import (
    build_network,
    linear_layers,
    loss_function,
    make_optimizer,
    weight_penalty,
)
from dlviz.playground.settings import PlaygroundSettings
from dlviz.training.engine import Trainer


@dataclass(frozen=True)
class SplitData:
    """Points (n, 2), feature matrix and targets of the train and test parts."""

    train_points: torch.Tensor
    train_x: torch.Tensor
    train_y: torch.Tensor
    test_points: torch.Tensor
    test_x: torch.Tensor
    test_y: torch.Tensor
    num_classes: int


@contextmanager
def one_cpu_thread(device: torch.device) -> Iterator[None]:
    """Run a block on one CPU thread: for a network this small, handing work to other threads costs more."""
    if device.type != "cpu":
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def check_settings(settings: PlaygroundSettings) -> None:
    """Raise a UserFacingError for settings that cannot make a network."""
    if not settings.features:
        raise UserFacingError("playground.err.no_features")
    limits.MAX_TOY_SAMPLES.check(settings.samples)


def split_data(settings: PlaygroundSettings) -> SplitData:
    """Return the settings' toy data, shuffled by the seed and split into train and test parts."""
    toy = make_toy(settings.dataset, settings.samples, settings.noise, settings.seed, settings.num_classes)
    order = torch.randperm(len(toy.x), generator=torch.Generator().manual_seed(settings.seed))
    cut = round(len(toy.x) * settings.train_percent / 100)
    train, test = order[:cut], order[cut:]
    x = feature_matrix(toy.x, settings.features)
    return SplitData(toy.x[train], x[train], toy.y[train], toy.x[test], x[test], toy.y[test], toy.num_classes)


@dataclass
class LossHistory:
    """Train and test loss (and test accuracy for classes) after each epoch."""

    epochs: list[int] = field(default_factory=list)
    train_loss: list[float] = field(default_factory=list)
    test_loss: list[float] = field(default_factory=list)
    test_accuracy: list[float] = field(default_factory=list)


class Experiment:
    """A network trained on the settings' data through the project's Trainer, one epoch at a time."""

    def __init__(self, settings: PlaygroundSettings, device: torch.device | str = "cpu"):
        check_settings(settings)
        self.settings = settings
        self.device = torch.device(device)
        self.data = split_data(settings)
        outputs = self.data.num_classes or 1
        torch.manual_seed(settings.seed)
        self.model = build_network(
            len(settings.features), settings.hidden, outputs, settings.activation, settings.dropout
        )
        self.trainer = Trainer(
            self.model,
            loss_function(self.data.num_classes),
            make_optimizer(settings.optimizer, self.model, settings.learning_rate),
            (self.data.train_x, self.data.train_y),
            (self.data.test_x, self.data.test_y),
            batch_size=settings.batch_size or None,
            shuffle=bool(settings.batch_size),
            device=self.device,
            seed=settings.seed,
            penalty=weight_penalty(settings.regularization, settings.reg_rate),
            detailed_metrics=False,
            grad_norms=False,
            train_accuracy=False,
        )
        self.history = LossHistory()
        self.layer_grad_norms: dict[str, list[float]] = {}
        self.grad_norm_epochs: list[int] = []

    @property
    def epoch(self) -> int:
        """Return the number of epochs trained so far."""
        return self.trainer.epoch

    @property
    def at_cap(self) -> bool:
        """Return whether the epoch cap of a hosted server has been reached."""
        return self.epoch >= limits.MAX_PLAYGROUND_EPOCHS.value

    def _run_epoch(self, measure_grads: bool) -> None:
        """Train one epoch and record its losses (and per-layer gradient norms when asked)."""
        self.trainer.measure_grad_norms = measure_grads
        event = self.trainer.run_epoch()
        self.history.epochs.append(event.epoch + 1)
        self.history.train_loss.append(event.train_loss)
        self.history.test_loss.append(event.val_loss)
        self.history.test_accuracy.append(event.metrics.get("accuracy", float("nan")))
        if measure_grads and event.grad_norms:
            self._record_grad_norms(event.grad_norms)

    def _record_grad_norms(self, norms: dict[str, float]) -> None:
        """Record each Linear layer's gradient norm (weights and bias together) at this epoch."""
        self.grad_norm_epochs.append(self.epoch)
        for name, value in layer_grad_norms(self.model, norms).items():
            self.layer_grad_norms.setdefault(name, []).append(value)

    def step(self, epochs: int = 1) -> int:
        """Train up to epochs more epochs (stopping at the cap); return how many ran."""
        ran = 0
        with one_cpu_thread(self.device):
            while ran < epochs and not self.at_cap:
                self._run_epoch(measure_grads=ran == epochs - 1)
                ran += 1
        return ran

    def train_for(self, seconds: float, max_epochs: int = 10_000) -> int:
        """Train epochs until seconds have passed (at least one epoch); return how many ran."""
        deadline = time.perf_counter() + seconds
        ran = 0
        with one_cpu_thread(self.device):
            while ran < max_epochs and not self.at_cap:
                last = time.perf_counter() >= deadline or ran == max_epochs - 1
                self._run_epoch(measure_grads=last)
                ran += 1
                if last:
                    break
        return ran


def layer_grad_norms(model: nn.Sequential, norms: dict[str, float]) -> dict[str, float]:
    """Return sqrt(|grad w|² + |grad b|²) per Linear layer, named 'layer 1'.. from per-parameter norms."""
    names = {id(m): index for index, m in enumerate(model)}
    result = {}
    for number, layer in enumerate(linear_layers(model), start=1):
        index = names[id(layer)]
        squares = norms.get(f"{index}.weight", 0.0) ** 2 + norms.get(f"{index}.bias", 0.0) ** 2
        result[str(number)] = squares**0.5
    return result
