"""The plain PyTorch script that reproduces a Playground run: same data, network, training and losses."""

from __future__ import annotations

import inspect

from dlviz.components.activations import ACTIVATIONS
from dlviz.data import toys
from dlviz.data.toys import MULTICLASS
from dlviz.playground.features import feature_source
from dlviz.playground.network import network_source, optimizer_source
from dlviz.playground.settings import PlaygroundSettings

FINAL_LINE = 'print(f"epoch {EPOCHS}: train loss {train_loss:.4f}, test loss {test_loss:.4f}")'


def _data_source(settings: PlaygroundSettings) -> str:
    """Return the toy generator's source and the lines that make the points and targets."""
    generator = toys.TOYS[settings.dataset]
    if settings.is_regression:
        call = f"points, values = {generator.__name__}({settings.samples}, {settings.noise}, rng)"
        targets = "targets = torch.as_tensor(values, dtype=torch.float32).unsqueeze(1)"
    else:
        classes = settings.classes if settings.dataset in MULTICLASS else 2
        call = f"points, labels = {generator.__name__}({settings.samples}, {settings.noise}, rng, {classes})"
        targets = "targets = torch.as_tensor(labels, dtype=torch.int64)"
    return "\n".join(
        [
            inspect.getsource(generator).rstrip(),
            "",
            "",
            "rng = np.random.default_rng(SEED)",
            call,
            "points = torch.as_tensor(points, dtype=torch.float32)",
            targets,
        ]
    )


def _penalty_source(settings: PlaygroundSettings) -> str:
    """Return a penalty(model) function for L1/L2, or an empty string."""
    if settings.regularization == "none" or settings.reg_rate == 0:
        return ""
    term = "m.weight.abs().sum()" if settings.regularization == "l1" else "m.weight.pow(2).sum()"
    return (
        "\n\n\ndef penalty(model):\n"
        f'    """{settings.regularization.upper()} penalty on the Linear weights (not the biases)."""\n'
        f"    return {settings.reg_rate} * sum({term} for m in model if isinstance(m, nn.Linear))"
    )


def _training_source(settings: PlaygroundSettings, has_penalty: bool) -> str:
    """Return the epoch loop: full batch, or shuffled mini-batches from a seeded generator."""
    objective = "loss + penalty(model)" if has_penalty else "loss"
    if settings.batch_size:
        head = [
            "generator = torch.Generator().manual_seed(SEED)  # shuffles the mini-batches",
            "for epoch in range(EPOCHS):",
            "    model.train()",
            "    total = 0.0",
            "    order = torch.randperm(len(train_x), generator=generator)",
            f"    for start in range(0, len(train_x), {settings.batch_size}):",
            f"        batch = order[start : start + {settings.batch_size}]",
            "        output = model(train_x[batch])",
            "        loss = loss_fn(output, train_y[batch])",
        ]
        indent = "        "
    else:
        head = [
            "for epoch in range(EPOCHS):",
            "    model.train()",
            "    total = 0.0",
            "    output = model(train_x)  # full batch: the whole training set in one step",
            "    loss = loss_fn(output, train_y)",
        ]
        indent = "    "
    step = [
        "optimizer.zero_grad()",
        f"({objective}).backward()",
        "optimizer.step()",
        "total += loss.item() * len(output)",
    ]
    tail = [
        "    train_loss = total / len(train_x)  # mean loss over the epoch's batches, before each step",
        "    model.eval()",
        "    with torch.no_grad():",
        "        test_loss = loss_fn(model(test_x), test_y).item()",
    ]
    return "\n".join(head + [indent + line for line in step] + tail)


def playground_code(settings: PlaygroundSettings, epochs: int) -> str:
    """Return a runnable script that trains the settings' network for epochs and prints its losses."""
    outputs = settings.num_classes or 1
    inputs = len(settings.features)
    loss = "nn.CrossEntropyLoss()" if settings.num_classes else "nn.MSELoss()"
    optimizer = optimizer_source(settings.optimizer, settings.learning_rate)
    network = network_source(inputs, settings.hidden, outputs, settings.activation, settings.dropout)
    penalty = _penalty_source(settings)
    imports = ["import math", ""] if settings.dataset in ("spiral", "gaussian") else []
    imports += ["import numpy as np", "import torch"]
    if settings.dataset in ("moons", "circles", "gaussian"):
        imports.append("from sklearn import datasets as skdata")
    imports.append("from torch import nn")
    parts = [
        f'"""Playground run: {settings.dataset}, {ACTIVATIONS[settings.activation].code()} network, '
        f'{settings.optimizer} optimizer."""',
        "\n".join(imports),
        f"SEED = {settings.seed}\nEPOCHS = {epochs}",
        _data_source(settings),
        "\n".join(
            [
                "# shuffle with the seed, then split into train and test parts",
                "order = torch.randperm(len(points), generator=torch.Generator().manual_seed(SEED))",
                f"cut = round(len(points) * {settings.train_percent} / 100)",
                "x1, x2 = points[:, 0], points[:, 1]",
                f"features = torch.stack([{feature_source(settings.features)}], 1)",
                "train_x, train_y = features[order[:cut]], targets[order[:cut]]",
                "test_x, test_y = features[order[cut:]], targets[order[cut:]]",
            ]
        ),
        "\n".join(
            [
                "torch.manual_seed(SEED)",
                f"model = {network}",
                f"loss_fn = {loss}",
                f"optimizer = {optimizer}",
            ]
        )
        + penalty,
        ("train_loss = test_loss = float('nan')  # no epoch has run yet\n" if epochs == 0 else "")
        + "torch.manual_seed(SEED)  # as the app's trainer does: seeds dropout\n"
        + _training_source(settings, bool(penalty))
        + "\n"
        + FINAL_LINE,
    ]
    return "\n\n\n".join(parts) + "\n"
