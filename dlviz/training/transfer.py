"""Transfer learning: a small CNN learns classes 0–4, its frozen features carry a new head to classes 5–9.

The same few images of classes 5–9 also train the same CNN from scratch; both are scored on held-out
images of classes 5–9 after every epoch. Everything is seeded per run: module initialisations in
``seeded`` blocks, every shuffle from its own generator.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import torch
from torch import nn

from dlviz import limits
from dlviz.rng import seeded

SPLIT = 5  # classes below SPLIT train the base model; classes from SPLIT on are the new task
VALIDATION_IMAGES = 1_000  # held-out images per task (from the test split)
FEATURES = 16 * 7 * 7  # what the feature extractor hands the head for a 28×28 image
BATCH_SIZE = 32
LEARNING_RATE = 1e-3


class TransferNet(nn.Module):
    """Two conv blocks (the feature extractor), then a linear head over 5 classes."""

    def __init__(self, classes: int = SPLIT):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Flatten(),
        )
        self.head = nn.Linear(FEATURES, classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


@dataclass(frozen=True)
class TransferSettings:
    """What defines a transfer run: the dataset, how many images each phase sees, epochs and seed."""

    dataset: str = "mnist"
    base_images: int = 3_000
    base_epochs: int = 2
    shots: int = 200
    epochs: int = 15
    seed: int = 0

    def check(self) -> None:
        """Raise a user-facing error when a setting is over its cap."""
        limits.MAX_TRANSFER_BASE_IMAGES.check(self.base_images)
        limits.MAX_TRANSFER_SHOTS.check(self.shots)
        limits.MAX_TRANSFER_EPOCHS.check(max(self.epochs, self.base_epochs))


@dataclass(frozen=True)
class TransferData:
    """uint8 images (N, 1, 28, 28) and labels 0–4 of each part: base training, base check, few shots, validation."""

    base_x: torch.Tensor
    base_y: torch.Tensor
    base_val_x: torch.Tensor
    base_val_y: torch.Tensor
    few_x: torch.Tensor
    few_y: torch.Tensor
    val_x: torch.Tensor
    val_y: torch.Tensor


def _pick(images: torch.Tensor, labels: torch.Tensor, new_task: bool, count: int, generator) -> tuple:
    """Return count seeded images of classes 0–4 (or 5–9, relabelled 0–4) as (N, 1, 28, 28) uint8 and labels."""
    wanted = torch.nonzero(labels >= SPLIT if new_task else labels < SPLIT).squeeze(1)
    chosen = wanted[torch.randperm(len(wanted), generator=generator)[:count]]
    return images[chosen].unsqueeze(1), labels[chosen].to(torch.int64) - (SPLIT if new_task else 0)


def select_data(
    train_images: torch.Tensor,
    train_labels: torch.Tensor,
    test_images: torch.Tensor,
    test_labels: torch.Tensor,
    settings: TransferSettings,
) -> TransferData:
    """Return the seeded parts of a run from a dataset's train and test splits (N, 28, 28) uint8."""
    generator = torch.Generator().manual_seed(settings.seed)
    base = _pick(train_images, train_labels, False, settings.base_images, generator)
    base_val = _pick(test_images, test_labels, False, VALIDATION_IMAGES, generator)
    few = _pick(train_images, train_labels, True, settings.shots, generator)
    val = _pick(test_images, test_labels, True, VALIDATION_IMAGES, generator)
    return TransferData(*base, *base_val, *few, *val)


def inputs(x: torch.Tensor) -> torch.Tensor:
    """Return uint8 pixels as model inputs in [0, 1] (what ToTensor gives)."""
    return x.to(torch.float32).div(255)


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    """Return the model's accuracy on uint8 images x with labels y."""
    model.eval()
    with torch.no_grad():
        correct = sum(
            int((model(inputs(x[i : i + 500])).argmax(1) == y[i : i + 500]).sum())
            for i in range(0, len(y), 500)
        )
    model.train()
    return correct / max(1, len(y))


def trainable_count(model: nn.Module) -> int:
    """Return how many numbers the optimizer may change (parameters with requires_grad)."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def new_model(seed: int) -> TransferNet:
    """Return a freshly initialised TransferNet, the same for the same seed."""
    with seeded(seed):
        return TransferNet()


def freeze_and_replace_head(model: TransferNet, seed: int) -> TransferNet:
    """Freeze the feature extractor (requires_grad_(False)) and give the model a new, seeded head."""
    model.features.requires_grad_(False)
    with seeded(seed):
        model.head = nn.Linear(FEATURES, SPLIT)
    return model


def fit(
    model: nn.Module,
    x: torch.Tensor,
    y: torch.Tensor,
    epochs: int,
    seed: int,
    should_stop=lambda: False,
    after_epoch=lambda epoch: None,
) -> bool:
    """Train the model's trainable parameters with Adam on (x, y), seeded shuffles; return False if stopped."""
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=LEARNING_RATE)
    loss_fn = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(seed)
    for epoch in range(1, epochs + 1):
        order = torch.randperm(len(y), generator=generator)
        for start in range(0, len(y), BATCH_SIZE):
            if should_stop():
                return False
            batch = order[start : start + BATCH_SIZE]
            loss = loss_fn(model(inputs(x[batch])), y[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        after_epoch(epoch)
    return True


@dataclass
class TransferResult:
    """How a run ended, the base model's accuracy on 0–4, both validation curves and the trainable counts."""

    status: str = "finished"
    seconds: float = 0.0
    base_accuracy: float | None = None
    transfer_curve: list[float] = field(default_factory=list)
    scratch_curve: list[float] = field(default_factory=list)
    transfer_trainable: int = 0
    scratch_trainable: int = 0
    frozen: int = 0


@dataclass(frozen=True)
class TransferRequest:
    """What a worker needs for one run: the settings, the selected images and the time it may take."""

    settings: TransferSettings
    data: TransferData
    max_seconds: float


def run_transfer(settings: TransferSettings, data: TransferData, should_stop, report) -> TransferResult:
    """Train the base model on 0–4, then transfer (frozen features, new head) and from scratch on few 5–9 images.

    report(kind, value) is called with ("base", accuracy) after the first phase and with ("transfer" or
    "scratch", accuracy) for the validation accuracy before training and after each epoch.
    """
    result = TransferResult()
    seed = settings.seed
    model = new_model(seed)
    if not fit(model, data.base_x, data.base_y, settings.base_epochs, seed, should_stop):
        result.status = "stopped"
        return result
    result.base_accuracy = accuracy(model, data.base_val_x, data.base_val_y)
    report("base", result.base_accuracy)
    phases = (
        ("transfer", freeze_and_replace_head(model, seed + 1), result.transfer_curve),
        ("scratch", new_model(seed + 2), result.scratch_curve),
    )
    for kind, net, curve in phases:

        def score(_epoch: int, net=net, curve=curve, kind=kind) -> None:
            curve.append(accuracy(net, data.val_x, data.val_y))
            report(kind, curve[-1])

        score(0)
        if not fit(net, data.few_x, data.few_y, settings.epochs, seed + 3, should_stop, score):
            result.status = "stopped"
            break
    result.transfer_trainable = trainable_count(model)
    result.frozen = sum(p.numel() for p in model.features.parameters())
    result.scratch_trainable = trainable_count(phases[1][1])
    return result


def transfer_job(request: TransferRequest, channel) -> TransferResult:
    """Run a transfer comparison in a worker: send ("base"|"transfer"|"scratch", accuracy) messages as they come."""
    started = time.monotonic()
    timed_out: list[bool] = []

    def should_stop() -> bool:
        if time.monotonic() - started > request.max_seconds:
            timed_out.append(True)
            return True
        return channel.should_stop()

    result = run_transfer(
        request.settings, request.data, should_stop, lambda kind, value: channel.send((kind, value))
    )
    result.seconds = time.monotonic() - started
    if timed_out:
        result.status = "time_limit"
    return result


def total_batches(settings: TransferSettings, data: TransferData) -> int:
    """Return how many optimizer steps a whole run takes (for its progress bar)."""
    per_epoch = -(-len(data.few_y) // BATCH_SIZE)
    return settings.base_epochs * -(-len(data.base_y) // BATCH_SIZE) + 2 * settings.epochs * per_epoch
