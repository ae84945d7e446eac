"""One training loop (train, then validate, each epoch) observed through step and epoch events."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

from dlviz.training.metrics import classification_metrics

EVAL_CHUNK = 1000


@dataclass
class StepEvent:
    """What happened in one optimizer step."""

    epoch: int
    step: int
    loss: float
    lr: float
    samples_per_second: float
    norm_values: torch.Tensor | None = None  # per-parameter gradient norms, in norm_names order
    norm_names: tuple[str, ...] = ()

    @property
    def grad_norms(self) -> dict[str, float] | None:
        """Return each parameter's gradient norm by name, read from the device only when asked."""
        if self.norm_values is None:
            return None
        return dict(zip(self.norm_names, self.norm_values.tolist(), strict=True))


@dataclass
class EpochEvent:
    """One epoch's summary: train loss, validation loss and metrics (on validation data when given)."""

    epoch: int
    train_loss: float
    val_loss: float | None
    lr: float
    seconds: float
    metrics: dict[str, float] = field(default_factory=dict)
    grad_norms: dict[str, float] | None = None
    weight_norms: dict[str, float] | None = None
    partial: bool = False
    samples: int = 0


def _is_classification(y: torch.Tensor) -> bool:
    """Return whether targets are class indices."""
    return not torch.is_floating_point(y)


def predicted_classes(output: torch.Tensor) -> torch.Tensor:
    """Return class predictions from model outputs: argmax, or the sign for one output column."""
    if output.ndim == 1 or output.shape[-1] == 1:
        return (output.reshape(-1) > 0).long()
    return output.argmax(dim=-1)


def tensor_batches(
    data: tuple[torch.Tensor, torch.Tensor], transform: Callable | None = None, size: int = EVAL_CHUNK
) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """Yield (inputs, targets) chunks of a tensor pair in order, inputs through transform when given."""
    x, y = data
    if len(x) <= size and transform is None:
        yield x, y
        return
    for start in range(0, len(x), size):
        inputs = x[start : start + size]
        yield (transform(inputs) if transform is not None else inputs), y[start : start + size]


@torch.no_grad()
def evaluate_model(
    model: nn.Module,
    loss_fn: Callable,
    batches: Iterable,
    detailed_metrics: bool = True,
    metrics: bool = True,
) -> tuple[float, dict[str, float]]:
    """Return the mean loss and metrics of model over (inputs, targets) batches, in eval mode (no metrics: {})."""
    model.eval()
    losses: list[tuple[torch.Tensor, int]] = []
    outputs, targets = [], []
    for x, y in batches:
        output = model(x)
        losses.append((loss_fn(output, y), len(x)))
        if metrics and _is_classification(y):
            outputs.append(predicted_classes(output))
            targets.append(y)
    results: dict[str, float] = {}
    if targets:
        one = len(targets) == 1
        predicted, actual = (outputs[0], targets[0]) if one else (torch.cat(outputs), torch.cat(targets))
        if detailed_metrics:
            results.update(classification_metrics(actual, predicted))
        else:
            results["accuracy"] = (predicted == actual).sum().item() / len(actual)
    # one chunk: its mean loss as is (weighting ops cost as much as a tiny network's step)
    if len(losses) == 1:
        return float(losses[0][0].item()), results
    count = sum(size for _, size in losses)
    total = float(sum(loss * size for loss, size in losses).item()) if losses else 0.0
    return total / max(count, 1), results


class Trainer:
    """Train a model for epochs, firing on_step / on_epoch callbacks; works on CPU, CUDA and MPS."""

    def __init__(
        self,
        model: nn.Module,
        loss_fn: Callable,
        optimizer: torch.optim.Optimizer,
        train_data,
        val_data=None,
        *,
        batch_size: int | None = None,
        shuffle: bool = True,
        scheduler=None,
        device="cpu",
        seed: int = 0,
        penalty: Callable | None = None,
        callbacks: Iterable = (),
        detailed_metrics: bool = True,
        grad_norms: bool = True,
        grad_norm_steps: int | None = None,
        input_transform: Callable[[torch.Tensor], torch.Tensor] | None = None,
        train_accuracy: bool = True,
    ):
        self.device = torch.device(device)
        self.model = model.to(self.device)
        self.loss_fn = loss_fn
        self.optimizer = optimizer
        self.scheduler = scheduler
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.penalty = penalty
        self.callbacks = list(callbacks)
        self.detailed_metrics = detailed_metrics
        self.measure_grad_norms = grad_norms
        self.grad_norm_steps = (
            grad_norm_steps  # None: gradient norms on every step; n: on at most n steps an epoch
        )
        self.input_transform = input_transform  # stored samples -> model inputs, one batch at a time
        self.train_accuracy = train_accuracy  # False: skip it where validation data gives the accuracy
        self.measure_val_metrics = True  # False: this epoch's validation gives its loss only
        self.history: list[EpochEvent] = []
        self.epoch = 0
        self.global_step = 0
        self.stopped = False
        torch.manual_seed(seed)
        self._generator = torch.Generator().manual_seed(seed)
        self._train = self._prepare(train_data)
        self._val = self._prepare(val_data) if val_data is not None else None
        self._step_callbacks = [c.on_step for c in self.callbacks if hasattr(c, "on_step")]
        self._epoch_callbacks = [c.on_epoch for c in self.callbacks if hasattr(c, "on_epoch")]
        self._named_params = [(n, p) for n, p in self.model.named_parameters() if p.requires_grad]
        self._param_names = tuple(n for n, _ in self._named_params)

    @property
    def shuffle_generator(self) -> torch.Generator:
        """Return the seeded generator that shuffles the training batches (to save and restore its state)."""
        return self._generator

    def _prepare(self, data):
        """Move a tensor pair to the device once; keep a Dataset as is."""
        if isinstance(data, Dataset):
            return data
        x, y = data
        return x.to(self.device), y.to(self.device)

    def _grad_norm_every(self) -> int:
        """Return k: gradient norms are measured on steps 0, k, 2k, ... of each epoch (at most grad_norm_steps)."""
        if not self.grad_norm_steps:
            return 1
        samples = len(self._train) if isinstance(self._train, Dataset) else len(self._train[0])
        steps = math.ceil(samples / (self.batch_size or samples or 1))
        return max(1, math.ceil(steps / self.grad_norm_steps))

    def _train_batches(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Yield training batches on the device as model inputs, shuffled with the trainer's seeded generator."""
        if self.input_transform is None:
            yield from self._stored_train_batches()
            return
        for x, y in self._stored_train_batches():
            yield self.input_transform(x), y

    def _stored_train_batches(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Yield training batches on the device as stored, shuffled with the trainer's seeded generator."""
        if isinstance(self._train, Dataset):
            n = len(self._train)
            order = torch.randperm(n, generator=self._generator) if self.shuffle else torch.arange(n)
            loader = DataLoader(self._train, batch_size=self.batch_size or n, sampler=order.tolist())
            for x, y in loader:
                yield x.to(self.device, non_blocking=True), y.to(self.device, non_blocking=True)
            return
        x, y = self._train
        n = len(x)
        size = self.batch_size or n
        if size >= n and not self.shuffle:
            yield x, y
            return
        order = torch.randperm(n, generator=self._generator) if self.shuffle else torch.arange(n)
        if size >= n:
            order = order.to(self.device)
            yield x[order], y[order]
            return
        for start in range(0, n, size):
            index = order[start : start + size].to(self.device)
            yield x[index], y[index]

    def _eval_batches(self, data) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Yield evaluation batches on the device as model inputs, in order."""
        if isinstance(data, Dataset):
            for x, y in DataLoader(data, batch_size=EVAL_CHUNK):
                yield x.to(self.device, non_blocking=True), y.to(self.device, non_blocking=True)
            return
        yield from tensor_batches(data, self.input_transform)

    def _lr(self) -> float:
        return float(self.optimizer.param_groups[0]["lr"])

    def _grad_norms(self) -> torch.Tensor:
        """Return the L2 norm of each parameter's gradient, as one tensor (one sync to read)."""
        grads = [p.grad for _, p in self._named_params]
        if all(g is not None for g in grads):
            return torch.stack(torch._foreach_norm(grads))  # one fused kernel, as clip_grad_norm_ does
        zeros = torch.zeros((), device=self.device)
        return torch.stack([g.norm() if g is not None else zeros for g in grads])

    def run_epoch(self, should_stop: Callable[[], bool] | None = None) -> EpochEvent:
        """Train one more epoch and validate; stops early (a partial epoch) when should_stop() is True."""
        started = time.perf_counter()
        if not self.model.training:  # evaluate() leaves it training: a second call costs a tiny step's time
            self.model.train()
        step_callbacks = self._step_callbacks
        loss_sum = None
        grad_sum = None
        measured = 0
        every = self._grad_norm_every() if self.measure_grad_norms else 1
        seen = 0
        steps = 0
        correct = None
        classify = None if self.train_accuracy or self._val is None else False
        partial = False
        for x, y in self._train_batches():
            if should_stop is not None and should_stop():
                partial = True
                self.stopped = True
                break
            output = self.model(x)
            loss = self.loss_fn(output, y)
            objective = loss + self.penalty(self.model) if self.penalty is not None else loss
            self.optimizer.zero_grad(set_to_none=True)
            objective.backward()
            norms = None
            if self.measure_grad_norms and steps % every == 0:
                norms = self._grad_norms()
                grad_sum = norms.clone() if grad_sum is None else grad_sum.add_(norms)
                measured += 1
            self.optimizer.step()
            batch = len(x)
            seen += batch
            if loss_sum is None:
                loss_sum = loss.detach() * batch
            else:
                loss_sum.add_(loss.detach(), alpha=batch)
            if classify is None:
                classify = _is_classification(y)
            if classify:
                hits = (predicted_classes(output.detach()) == y).sum()
                correct = hits if correct is None else correct.add_(hits)
            self.global_step += 1
            steps += 1
            if step_callbacks:
                event = StepEvent(
                    epoch=self.epoch,
                    step=self.global_step,
                    loss=float(loss.item()),
                    lr=self._lr(),
                    samples_per_second=seen / max(time.perf_counter() - started, 1e-9),
                    norm_values=norms,
                    norm_names=self._param_names,
                )
                for callback in step_callbacks:
                    callback(event)
        train_loss = float(loss_sum.item()) / seen if loss_sum is not None else float("nan")
        metrics: dict[str, float] = {}
        if classify and correct is not None:
            metrics["train_accuracy"] = float(correct.item()) / seen
        val_loss = None
        if self._val is not None:
            val_loss, val_metrics = self.evaluate(self._val, self.measure_val_metrics)
            metrics.update(val_metrics)
        elif "train_accuracy" in metrics:
            metrics["accuracy"] = metrics["train_accuracy"]
        event = EpochEvent(
            epoch=self.epoch,
            train_loss=train_loss,
            val_loss=val_loss,
            lr=self._lr(),
            seconds=time.perf_counter() - started,
            metrics=metrics,
            grad_norms=self._as_dict(grad_sum / measured) if grad_sum is not None else None,
            weight_norms=self._weight_norms() if self.measure_grad_norms else None,
            partial=partial,
            samples=seen,
        )
        if self.scheduler is not None and not partial:
            self._step_scheduler(val_loss if val_loss is not None else train_loss)
        self.epoch += 1
        self.history.append(event)
        for callback in self._epoch_callbacks:
            callback(event)
        return event

    def fit(self, epochs: int, should_stop: Callable[[], bool] | None = None) -> list[EpochEvent]:
        """Run epochs more epochs (fewer when should_stop() turns True); return the whole history."""
        self.stopped = False
        for _ in range(epochs):
            if should_stop is not None and should_stop():
                self.stopped = True
                break
            self.run_epoch(should_stop)
            if self.stopped:
                break
        return self.history

    def evaluate(self, data, metrics: bool = True) -> tuple[float, dict[str, float]]:
        """Return the mean loss and metrics of the model on data (eval mode, no gradients)."""
        result = evaluate_model(
            self.model, self.loss_fn, self._eval_batches(data), self.detailed_metrics, metrics
        )
        self.model.train()
        return result

    def _step_scheduler(self, monitored: float) -> None:
        if isinstance(self.scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
            self.scheduler.step(monitored)
        else:
            self.scheduler.step()

    def _as_dict(self, values: torch.Tensor) -> dict[str, float]:
        return dict(zip((n for n, _ in self._named_params), values.tolist(), strict=True))

    @torch.no_grad()
    def _weight_norms(self) -> dict[str, float]:
        return self._as_dict(torch.stack([p.detach().norm() for _, p in self._named_params]))
