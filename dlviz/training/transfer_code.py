"""The plain PyTorch script that reproduces a transfer-learning run: same images, same seeds, same curves."""

from __future__ import annotations

from pathlib import Path

from dlviz.code_source import plain_source
from dlviz.data.images import VISION_DATASETS
from dlviz.training.transfer import (
    BATCH_SIZE,
    FEATURES,
    LEARNING_RATE,
    SPLIT,
    VALIDATION_IMAGES,
    TransferNet,
    TransferSettings,
)

TEMPLATE = '''import torch
from torch import nn
from torchvision import datasets

SEED = {seed}
SPLIT = {split}  # classes below SPLIT: the base task; from SPLIT on: the new task
FEATURES = {features}  # what the feature extractor hands the head for a 28×28 image
BASE_IMAGES, BASE_EPOCHS = {base_images}, {base_epochs}  # classes 0–4: the base model learns them
SHOTS, EPOCHS = {shots}, {epochs}  # classes 5–9: only a few images for the new task
train = datasets.{cls}({folder!r}, train=True, download=False)
test = datasets.{cls}({folder!r}, train=False, download=False)


def pick(images, labels, new_task, count, generator):
    """count random images of classes 0–4, or of 5–9 relabelled 0–4, as (N, 1, 28, 28) uint8."""
    wanted = torch.nonzero(labels >= {split} if new_task else labels < {split}).squeeze(1)
    chosen = wanted[torch.randperm(len(wanted), generator=generator)[:count]]
    return images[chosen].unsqueeze(1), labels[chosen] - ({split} if new_task else 0)


generator = torch.Generator().manual_seed(SEED)
base_x, base_y = pick(train.data, train.targets, False, BASE_IMAGES, generator)
base_val_x, base_val_y = pick(test.data, test.targets, False, {val}, generator)
few_x, few_y = pick(train.data, train.targets, True, SHOTS, generator)
val_x, val_y = pick(test.data, test.targets, True, {val}, generator)  # held-out images of 5–9


{net}

def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        correct = sum(
            int((model(x[i : i + 500].float() / 255).argmax(1) == y[i : i + 500]).sum()) for i in range(0, len(y), 500)
        )
    model.train()
    return correct / len(y)


def fit(model, x, y, epochs, seed, after_epoch=None):
    """Adam on the parameters that still require grad, seeded shuffles, batches of {batch}."""
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr={lr})
    loss_fn = nn.CrossEntropyLoss()
    shuffle = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(y), generator=shuffle)
        for start in range(0, len(y), {batch}):
            batch = order[start : start + {batch}]
            loss = loss_fn(model(x[batch].float() / 255), y[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        if after_epoch is not None:
            after_epoch()


torch.manual_seed(SEED)
model = TransferNet()
fit(model, base_x, base_y, BASE_EPOCHS, SEED)
print("base model, accuracy on classes 0–4:", accuracy(model, base_val_x, base_val_y))

model.features.requires_grad_(False)  # freeze the feature extractor
torch.manual_seed(SEED + 1)
model.head = nn.Linear(FEATURES, SPLIT)  # a new head for classes 5–9 (trainable)
torch.manual_seed(SEED + 2)
scratch = TransferNet()  # the same network, trained from scratch on the same few images

curves = {{}}
for name, net in (("transfer", model), ("scratch", scratch)):
    curve = [accuracy(net, val_x, val_y)]
    fit(net, few_x, few_y, EPOCHS, SEED + 3, lambda: curve.append(accuracy(net, val_x, val_y)))
    curves[name] = curve
    trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
    print(name, "trainable parameters:", trainable, "validation accuracy:", curve[-1])
'''


def transfer_code(settings: TransferSettings, folder: Path) -> str:
    """Return the script for settings, reading the dataset from folder."""
    return TEMPLATE.format(
        seed=settings.seed,
        base_images=settings.base_images,
        base_epochs=settings.base_epochs,
        shots=settings.shots,
        epochs=settings.epochs,
        cls=VISION_DATASETS[settings.dataset].__name__,
        net=plain_source(TransferNet),
        features=FEATURES,
        folder=str(folder),
        split=SPLIT,
        val=VALIDATION_IMAGES,
        batch=BATCH_SIZE,
        lr=LEARNING_RATE,
    )
