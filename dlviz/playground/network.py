"""The Playground's network: a multilayer perceptron, its loss, optimizer and weight penalty."""

from __future__ import annotations

import math
from collections.abc import Callable

import torch
from torch import nn

# name -> (module factory, PyTorch source of the same module)
ACTIVATIONS: dict[str, tuple[Callable[[], nn.Module], str]] = {
    "relu": (nn.ReLU, "nn.ReLU()"),
    "tanh": (nn.Tanh, "nn.Tanh()"),
    "sigmoid": (nn.Sigmoid, "nn.Sigmoid()"),
    "leaky_relu": (lambda: nn.LeakyReLU(0.1), "nn.LeakyReLU(0.1)"),
    "gelu": (nn.GELU, "nn.GELU()"),
}

# name -> (optimizer factory of (parameters, lr), PyTorch source with {lr})
OPTIMIZERS: dict[str, tuple[Callable, str]] = {
    "sgd": (
        lambda params, lr: torch.optim.SGD(params, lr=lr),
        "torch.optim.SGD(model.parameters(), lr={lr})",
    ),
    "momentum": (
        lambda params, lr: torch.optim.SGD(params, lr=lr, momentum=0.9),
        "torch.optim.SGD(model.parameters(), lr={lr}, momentum=0.9)",
    ),
    "adam": (
        lambda params, lr: torch.optim.Adam(params, lr=lr),
        "torch.optim.Adam(model.parameters(), lr={lr})",
    ),
    "rmsprop": (
        lambda params, lr: torch.optim.RMSprop(params, lr=lr),
        "torch.optim.RMSprop(model.parameters(), lr={lr})",
    ),
    "adamw": (
        lambda params, lr: torch.optim.AdamW(params, lr=lr),
        "torch.optim.AdamW(model.parameters(), lr={lr})",
    ),
}


def build_network(
    inputs: int, hidden: tuple[int, ...], outputs: int, activation: str, dropout: float = 0.0, seed: int = 0
) -> nn.Sequential:
    """Return Linear -> activation (-> Dropout) for each hidden width, then a Linear output layer.

    The weights are those that torch.manual_seed(seed) and the same nn.Sequential give (the exported
    script does that), drawn from a generator of their own: torch's process-wide one is left alone.
    """
    make_activation = ACTIVATIONS[activation][0]
    layers: list[nn.Module] = []
    width = inputs
    for size in hidden:
        layers += [nn.Linear(width, size, device="meta"), make_activation()]
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
        lines += [f"nn.Linear({width}, {size}),", f"{ACTIVATIONS[activation][1]},"]
        if dropout > 0:
            lines.append(f"nn.Dropout({dropout}),")
        width = size
    lines.append(f"nn.Linear({width}, {outputs}),")
    return "nn.Sequential(\n" + "".join(f"    {line}\n" for line in lines) + ")"


def make_optimizer(name: str, model: nn.Module, lr: float) -> torch.optim.Optimizer:
    """Return the named optimizer over the model's parameters."""
    return OPTIMIZERS[name][0](model.parameters(), lr)


def loss_function(num_classes: int) -> nn.Module:
    """Return cross-entropy for classes, mean squared error for regression (num_classes 0)."""
    return nn.CrossEntropyLoss() if num_classes else nn.MSELoss()


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
