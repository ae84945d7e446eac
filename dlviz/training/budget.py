"""What a training run will cost before it starts: its memory (refused over the budget) and its time.

The memory estimate adds what a worker holds at its peak: the weights with their gradients, the
optimizer's state and two saved copies (last and best), the activations autograd saves for one
batch (counted on the meta device, so nothing is allocated), the same again for the gradients
flowing back, and the run's samples. The worker's memory limit (RLIMIT_DATA) enforces the real cap.
"""

from __future__ import annotations

import math
import threading

import torch
from torch import nn

from dlviz.components.losses import NEEDS_LOG_SOFTMAX
from dlviz.errors import UserFacingError
from dlviz.models.registry import build_model
from dlviz.training.components import OptimizerSpec
from dlviz.training.datasets import PreparedData
from dlviz.training.engine import EVAL_CHUNK
from dlviz.training.experiment import ExperimentConfig

MEGABYTE = 1024 * 1024
DEFAULT_SECONDS_PER_SAMPLE = 2e-4  # until this server has timed a run of the model


def optimizer_state_slots(spec: OptimizerSpec) -> int:
    """Return how many tensors the size of the weights the optimizer keeps (momentum, averages)."""
    if spec.name == "sgd":
        return 1 if spec.momentum > 0 else 0
    if spec.name == "rmsprop":
        return 2 if spec.momentum > 0 else 1
    return {"adam": 2, "adamw": 2, "adagrad": 1, "adadelta": 2}.get(spec.name, 2)


def saved_activation_bytes(model: nn.Module, input_shape: tuple[int, ...], batch: int) -> int:
    """Return the bytes autograd saves for backward on one batch, measured on the meta device."""
    saved = 0

    def pack(tensor: torch.Tensor) -> torch.Tensor:
        nonlocal saved
        saved += tensor.numel() * tensor.element_size()
        return tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda tensor: tensor):
        model(torch.empty(batch, *input_shape, device="meta")).sum()
    return saved


def training_bytes(config: ExperimentConfig, data: PreparedData) -> int:
    """Return the estimated peak bytes of training config on data in a worker."""
    with torch.device("meta"):
        model = build_model(
            config.model, data.input_shape, data.outputs, log_softmax=config.loss in NEEDS_LOG_SOFTMAX
        )
    weights = sum(p.numel() * p.element_size() for p in model.parameters())
    copies = 1 + 1 + optimizer_state_slots(config.optimizer) + 2
    batch = min(config.batch_size, max(len(data.train_x), 1))
    activations = 2 * saved_activation_bytes(model, data.input_shape, batch)
    evaluation = saved_activation_bytes(
        model.eval(), data.input_shape, min(EVAL_CHUNK, max(len(data.val_x), 1))
    )
    samples = sum(t.numel() * t.element_size() for t in (data.train_x, data.train_y, data.val_x, data.val_y))
    return weights * copies + max(activations, evaluation) + 2 * samples


def check_training_memory(config: ExperimentConfig, data: PreparedData, megabytes: float) -> int:
    """Return the estimated bytes of the run, or raise a UserFacingError when they exceed the budget."""
    needed = training_bytes(config, data)
    if needed > megabytes * MEGABYTE:
        raise UserFacingError(
            "jobs.err.memory_estimate", needed=math.ceil(needed / MEGABYTE), budget=int(megabytes)
        )
    return needed


class RunTimes:
    """This server's measured seconds per sample and epoch for each model, to estimate a queued run's length."""

    def __init__(self):
        self._lock = threading.Lock()
        self._per_sample: dict[str, float] = {}

    def estimate(self, config: ExperimentConfig, samples: int, epochs: int, cap: float) -> float:
        """Return the expected seconds of a run of config (at most cap)."""
        with self._lock:
            per_sample = self._per_sample.get(config.model.name, DEFAULT_SECONDS_PER_SAMPLE)
        return min(cap, per_sample * samples * epochs)

    def record(self, config: ExperimentConfig, samples: int, seconds: float) -> None:
        """Remember a finished stretch of training (samples trained in seconds), averaged with earlier ones."""
        if samples <= 0 or seconds <= 0:
            return
        with self._lock:
            previous = self._per_sample.get(config.model.name)
            measured = seconds / samples
            self._per_sample[config.model.name] = (
                measured if previous is None else 0.5 * previous + 0.5 * measured
            )


RUN_TIMES = RunTimes()
