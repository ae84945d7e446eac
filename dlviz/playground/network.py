"""The Playground's network: a multilayer perceptron, its loss, optimizer and weight penalty."""

from __future__ import annotations

import math
from collections.abc import Callable

import torch
from torch import nn

from dlviz.components.activations import ACTIVATIONS
from dlviz.components.losses import build_loss
from dlviz.components.optimizers import OPTIMIZERS, optimizer_code

# the Playground's optimizer choices: name -> (shared optimizer, its fixed keyword arguments besides lr)
OPTIMIZER_CHOICES: dict[str, tuple[str, dict]] = {
    "sgd": ("sgd", {}),
    "momentum": ("sgd", {"momentum": 0.9}),
    "adam": ("adam", {}),
    "rmsprop": ("rmsprop", {}),
    "adamw": ("adamw", {}),
}


def build_network(
    inputs: int, hidden: tuple[int, ...], outputs: int, activation: str, dropout: float = 0.0, seed: int = 0
) -> nn.Sequential:
    """Return Linear -> activation (-> Dropout) for each hidden width, then a Linear output layer.

    The weights are those that torch.manual_seed(seed) and the same nn.Sequential give (the exported
    script does that), drawn from a generator of their own: torch's process-wide one is left alone.
    """
    layers: list[nn.Module] = []
    width = inputs
    for size in hidden:
        layers += [nn.Linear(width, size, device="meta"), ACTIVATIONS[activation].build()]
        if dropout > 0:
            layers.append(nn.Dropout(dropout))
        width = size
    layers.append(nn.Linear(width, outputs, device="meta"))
    model = nn.Sequential(*layers).to_empty(device="cpu")
    generator = torch.Generator().manual_seed(seed)
    for layer in linear_layers(model):
        init_linear(layer, generator)
    return model


def init_linear(layer: nn.Linear, generator: torch.Generator) -> None:
    """Initialise a Linear layer as nn.Linear.reset_parameters does, drawing from generator."""
    nn.init.kaiming_uniform_(layer.weight, a=math.sqrt(5), generator=generator)
    bound = 1 / math.sqrt(layer.in_features) if layer.in_features > 0 else 0.0
    nn.init.uniform_(layer.bias, -bound, bound, generator=generator)


def network_source(
    inputs: int, hidden: tuple[int, ...], outputs: int, activation: str, dropout: float
) -> str:
    """Return the nn.Sequential(...) source that build_network builds."""
    lines = []
    width = inputs
    for size in hidden:
        lines += [f"nn.Linear({width}, {size}),", f"{ACTIVATIONS[activation].code()},"]
        if dropout > 0:
            lines.append(f"nn.Dropout({dropout}),")
        width = size
    lines.append(f"nn.Linear({width}, {outputs}),")
    return "nn.Sequential(\n" + "".join(f"    {line}\n" for line in lines) + ")"


def make_optimizer(name: str, model: nn.Module, lr: float) -> torch.optim.Optimizer:
    """Return the named optimizer over the model's parameters."""
    optimizer, options = OPTIMIZER_CHOICES[name]
    return OPTIMIZERS[optimizer](model.parameters(), lr=lr, **options)


def loss_name(num_classes: int) -> str:
    """Return the shared loss the Playground trains with: cross-entropy for classes, MSE for regression (0)."""
    return "cross_entropy" if num_classes else "mse"


def loss_function(num_classes: int) -> nn.Module:
    """Return the loss module for the data (see loss_name)."""
    return build_loss(loss_name(num_classes))


def optimizer_source(name: str, lr: float) -> str:
    """Return the PyTorch source that make_optimizer runs."""
    optimizer, options = OPTIMIZER_CHOICES[name]
    return optimizer_code(optimizer, {"lr": lr, **options})


def weight_penalty(kind: str, rate: float) -> Callable[[nn.Module], torch.Tensor] | None:
    """Return rate * (sum |w| for L1, sum w² for L2) over the Linear weights (not biases), or None."""
    if kind == "none" or rate == 0:
        return None
    power = 1 if kind == "l1" else 2

    def penalty(model: nn.Module) -> torch.Tensor:
        weights = [m.weight for m in model if isinstance(m, nn.Linear)]
        if power == 1:
            return rate * sum(w.abs().sum() for w in weights)
        return rate * sum(w.pow(2).sum() for w in weights)

    return penalty


def linear_layers(model: nn.Sequential) -> list[nn.Linear]:
    """Return the model's Linear layers in order."""
    return [m for m in model if isinstance(m, nn.Linear)]


@torch.no_grad()
def hidden_outputs(model: nn.Sequential, inputs: torch.Tensor) -> list[torch.Tensor]:
    """Return each hidden layer's activation output (n, width) for inputs, in eval mode (no dropout)."""
    outputs = []
    x = inputs
    modules = list(model)
    for index, module in enumerate(modules):
        x = x if isinstance(module, nn.Dropout) else module(x)
        is_activation = not isinstance(module, (nn.Linear, nn.Dropout))
        if is_activation and index < len(modules) - 1:
            outputs.append(x)
    return outputs
