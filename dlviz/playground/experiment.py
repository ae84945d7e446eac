"""One Playground run: the data split, the network and the project's Trainer, with its loss history."""

from __future__ import annotations

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
from dlviz.playground.state import (
    TrainState,
    device_rng_state,
    flat_weights,
    load_weights,
    set_device_rng_state,
    to_numpy,
    to_torch,
)
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

    def add(self, losses: tuple[float, float, float]) -> None:
        """Append the next epoch's (train loss, test loss, test accuracy)."""
        self.epochs.append(len(self.epochs) + 1)
        self.train_loss.append(losses[0])
        self.test_loss.append(losses[1])
        self.test_accuracy.append(losses[2])

    def keep_first(self, epochs: int) -> None:
        """Drop everything after the first epochs epochs."""
        for values in (self.epochs, self.train_loss, self.test_loss, self.test_accuracy):
            del values[epochs:]


@dataclass(frozen=True)
class EpochResult:
    """One epoch's (train loss, test loss, test accuracy) and, when measured, each layer's gradient norm."""

    losses: tuple[float, float, float]
    grad_norms: dict[str, float] | None = None


class PlaygroundExperiment:
    """A network trained on the settings' data through the project's Trainer, one epoch at a time.

    Building one seeds torch's process-wide generator (the Trainer does, for dropout masks), so a
    shared server builds it only inside a worker process of its own (dlviz.playground.job); a given
    TrainState makes it go on exactly where an earlier one stopped.
    """

    def __init__(
        self,
        settings: PlaygroundSettings,
        device: torch.device | str = "cpu",
        state: TrainState | None = None,
        max_epochs: int | None = None,
    ):
        check_settings(settings)
        self.settings = settings
        self.device = torch.device(device)
        self.max_epochs = int(limits.MAX_PLAYGROUND_EPOCHS.value if max_epochs is None else max_epochs)
        self.data = split_data(settings)
        outputs = self.data.num_classes or 1
        self.model = build_network(
            len(settings.features),
            settings.hidden,
            outputs,
            settings.activation,
            settings.dropout,
            settings.seed,
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
        if state is not None:
            self._restore(state)
        self.history = LossHistory()
        self.layer_grad_norms: dict[str, list[float]] = {}
        self.grad_norm_epochs: list[int] = []

    def _restore(self, state: TrainState) -> None:
        """Load weights, optimizer state, epoch and both random streams from state."""
        load_weights(self.model, state.weights)
        if state.optimizer is not None:
            self.trainer.optimizer.load_state_dict(to_torch(state.optimizer))
        self.trainer.epoch = state.epoch
        self.trainer.global_step = state.global_step
        if state.shuffle_rng is not None:
            self.trainer.shuffle_generator.set_state(torch.from_numpy(state.shuffle_rng.copy()))
        if state.dropout_rng is not None:
            set_device_rng_state(self.device, state.dropout_rng)

    def train_state(self) -> TrainState:
        """Return everything needed to go on from here (random streams only where training uses them)."""
        settings = self.settings
        return TrainState(
            epoch=self.trainer.epoch,
            global_step=self.trainer.global_step,
            weights=flat_weights(self.model),
            optimizer=to_numpy(self.trainer.optimizer.state_dict()),
            shuffle_rng=self.trainer.shuffle_generator.get_state().numpy() if settings.batch_size else None,
            dropout_rng=device_rng_state(self.device) if settings.dropout > 0 else None,
        )

    @property
    def epoch(self) -> int:
        """Return the number of epochs trained so far."""
        return self.trainer.epoch

    @property
    def at_cap(self) -> bool:
        """Return whether the epoch cap of a hosted server has been reached."""
        return self.epoch >= self.max_epochs

    def run_epoch(self, measure: bool = False) -> EpochResult:
        """Train one epoch and record its losses; measured epochs add the test accuracy and gradient norms.

        The accuracy and gradient norms are only shown for some epochs (those the picture shows, the last
        of a step), and on a network this small they cost as much as a tenth of the epoch.
        """
        self.trainer.measure_grad_norms = measure
        self.trainer.measure_val_metrics = measure
        event = self.trainer.run_epoch()
        losses = (event.train_loss, event.val_loss, event.metrics.get("accuracy", float("nan")))
        self.history.add(losses)
        norms = layer_grad_norms(self.model, event.grad_norms) if measure and event.grad_norms else None
        if norms:
            self.grad_norm_epochs.append(self.epoch)
            for name, value in norms.items():
                self.layer_grad_norms.setdefault(name, []).append(value)
        return EpochResult(losses, norms)

    def accuracy(self) -> float:
        """Return the test accuracy of the model as it is now (NaN for regression)."""
        test = (self.data.test_x.to(self.device), self.data.test_y.to(self.device))
        return self.trainer.evaluate(test)[1].get("accuracy", float("nan"))

    def step(self, epochs: int = 1) -> int:
        """Train up to epochs more epochs (stopping at the cap); return how many ran."""
        ran = 0
        with one_cpu_thread(self.device):
            while ran < epochs and not self.at_cap:
                self.run_epoch(measure=ran == epochs - 1)
                ran += 1
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
