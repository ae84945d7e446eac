"""One experiment's settings, and building the model, optimizer and trainer they describe."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

import torch
from torch import nn

from dlviz import limits
from dlviz.components.losses import NEEDS_LOG_SOFTMAX, build_loss, check_loss_fits_task
from dlviz.models.registry import IMAGE_ONLY, ModelSpec, build_model
from dlviz.training.components import (
    OptimizerSpec,
    build_optimizer,
    build_scheduler,
)
from dlviz.training.datasets import DataSpec, PreparedData, prepare_data
from dlviz.training.engine import Trainer

GRAD_NORM_STEPS = 8  # gradient norms on at most 8 evenly spread steps an epoch: the page charts epoch means


@dataclass(frozen=True)
class ExperimentConfig:
    """Every setting of a training run: data, model, loss, optimizer, epochs, batches and seed."""

    data: DataSpec = field(default_factory=DataSpec)
    model: ModelSpec = field(default_factory=ModelSpec)
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)
    loss: str = "cross_entropy"
    epochs: int = 20
    batch_size: int = 32
    shuffle: bool = True
    seed: int = 0

    def flat(self) -> dict[str, object]:
        """Return every setting as 'section.name' -> value (top-level ones by name)."""
        values: dict[str, object] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if hasattr(value, "__dataclass_fields__"):
                values.update({f"{item.name}.{f.name}": getattr(value, f.name) for f in fields(value)})
            else:
                values[item.name] = value
        return values


@dataclass
class Experiment:
    """A ready-to-train experiment: its data, model, loss, optimizer and trainer."""

    config: ExperimentConfig
    data: PreparedData
    model: nn.Module
    loss_fn: nn.Module
    optimizer: torch.optim.Optimizer
    trainer: Trainer


def check_config(config: ExperimentConfig, data: PreparedData | None = None) -> None:
    """Raise a UserFacingError for settings over a cap or that do not fit together."""
    limits.MAX_EPOCHS.check(config.epochs)
    limits.MAX_BATCH_SIZE.check(config.batch_size)
    limits.MAX_DEPTH.check(config.model.depth)
    limits.MAX_LAYER_WIDTH.check(config.model.width)
    if data is not None:
        check_loss_fits_task(config.loss, data.is_regression)


def data_spec_for(config: ExperimentConfig) -> DataSpec:
    """Return the data spec with digits upscaled to 28×28 when the model needs MNIST-sized images."""
    return replace(config.data, resize_to_28=config.model.name in IMAGE_ONLY and config.data.name == "digits")


def build_experiment(
    config: ExperimentConfig,
    device="cpu",
    callbacks=(),
    detailed_metrics: bool = True,
    data: PreparedData | None = None,
) -> Experiment:
    """Return the experiment for config: seeded data, a model seeded with config.seed, optimizer and trainer.

    It seeds torch's process-wide generator, as the exported script does: call it in a worker
    process of its own (dlviz.training.job) or a test, never in a server's shared process.
    """
    check_config(config)
    data = data if data is not None else prepare_data(data_spec_for(config), config.seed)
    check_loss_fits_task(config.loss, data.is_regression)
    torch.manual_seed(config.seed)
    model = build_model(
        config.model, data.input_shape, data.outputs, log_softmax=config.loss in NEEDS_LOG_SOFTMAX
    )
    model = model.to(device)
    loss_fn = build_loss(config.loss)
    optimizer = build_optimizer(config.optimizer, model.parameters())
    scheduler = build_scheduler(config.optimizer, optimizer, config.epochs)
    trainer = Trainer(
        model,
        loss_fn,
        optimizer,
        (data.train_x, data.train_y),
        (data.val_x, data.val_y) if len(data.val_x) else None,
        batch_size=config.batch_size,
        shuffle=config.shuffle,
        scheduler=scheduler,
        device=device,
        seed=config.seed,
        callbacks=callbacks,
        detailed_metrics=detailed_metrics,
        grad_norm_steps=GRAD_NORM_STEPS,
        input_transform=data.inputs if data.needs_transform else None,
    )
    return Experiment(config, data, model, loss_fn, optimizer, trainer)


def changed_settings(
    before: ExperimentConfig | None, after: ExperimentConfig
) -> list[tuple[str, object, object]]:
    """Return (setting, old value, new value) for each setting that differs between two configs."""
    if before is None:
        return []
    old, new = before.flat(), after.flat()
    return [(name, old[name], new[name]) for name in new if old.get(name) != new[name]]
