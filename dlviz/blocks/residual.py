"""A deep stack with and without skip connections: the gradient norm that reaches each layer."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go
import torch
from torch import nn

from dlviz import limits
from dlviz.components.activations import ACTIVATIONS
from dlviz.rng import seeded

RESIDUAL_ACTIVATIONS = ("tanh", "sigmoid", "relu")  # a subset of the shared registry
WIDTH, BATCH = 16, 8


@dataclass(frozen=True)
class ResidualRun:
    """‖∂loss/∂W‖ of each layer's weight, first layer first, for the plain and the residual stack."""

    depth: int
    activation: str
    plain: list[float]
    residual: list[float]

    @property
    def ratio(self) -> float:
        """Return how many times larger the first layer's gradient is with the skip connections."""
        return self.residual[0] / self.plain[0] if self.plain[0] else float("inf")


def build_layers(depth: int, width: int = WIDTH) -> nn.ModuleList:
    """Return depth Linear(width, width) layers (their default initialisation, from torch's generator)."""
    return nn.ModuleList(nn.Linear(width, width) for _ in range(depth))


def forward(layers: nn.ModuleList, activation: nn.Module, x: torch.Tensor, skip: bool) -> torch.Tensor:
    """Return the stack's output: h = h + f(h) with skip connections, h = f(h) without, f = activation(Linear)."""
    h = x
    for layer in layers:
        h = h + activation(layer(h)) if skip else activation(layer(h))
    return h


def weight_grad_norms(
    layers: nn.ModuleList, activation: nn.Module, x: torch.Tensor, skip: bool
) -> list[float]:
    """Return ‖∂loss/∂W_i‖ for each layer i, with loss = mean of the output squared."""
    loss = forward(layers, activation, x, skip).pow(2).mean()
    grads = torch.autograd.grad(loss, [layer.weight for layer in layers])
    return [g.norm().item() for g in grads]


def compare_stacks(depth: int, activation: str, seed: int) -> ResidualRun:
    """Build one seeded stack and input, and return both gradient profiles on the same weights."""
    limits.MAX_RESIDUAL_DEPTH.check(depth)
    with seeded(seed):
        layers = build_layers(depth)
        x = torch.randn(BATCH, WIDTH)
    module = ACTIVATIONS[activation].build()
    return ResidualRun(
        depth,
        activation,
        weight_grad_norms(layers, module, x, skip=False),
        weight_grad_norms(layers, module, x, skip=True),
    )


def residual_figure(run: ResidualRun, labels: dict[str, str]) -> go.Figure:
    """Return the two gradient profiles against the layer index, log y."""
    layers = list(range(1, run.depth + 1))
    figure = go.Figure()
    figure.add_scatter(x=layers, y=run.plain, mode="lines+markers", name=labels["plain"])
    figure.add_scatter(x=layers, y=run.residual, mode="lines+markers", name=labels["residual"])
    figure.update_layout(
        xaxis_title=labels["x"],
        yaxis_title=labels["y"],
        yaxis_type="log",
        height=380,
        margin={"t": 30, "b": 40},
        legend={"orientation": "h", "y": 1.1},
    )
    return figure


def residual_code(depth: int, activation: str, seed: int) -> str:
    """Return plain PyTorch code printing both gradient profiles."""
    return (
        "import torch\nfrom torch import nn\n\n"
        f"torch.manual_seed({seed})\n"
        f"layers = nn.ModuleList(nn.Linear({WIDTH}, {WIDTH}) for _ in range({depth}))\n"
        f"x = torch.randn({BATCH}, {WIDTH})\n"
        f"f = {ACTIVATIONS[activation].code()}\n\n\n"
        "def grad_norms(skip):\n"
        "    h = x\n"
        "    for layer in layers:\n"
        "        h = h + f(layer(h)) if skip else f(layer(h))  # residual: y = x + f(x); plain: y = f(x)\n"
        "    loss = h.pow(2).mean()\n"
        "    grads = torch.autograd.grad(loss, [layer.weight for layer in layers])\n"
        "    return [g.norm().item() for g in grads]\n\n\n"
        "plain, residual = grad_norms(skip=False), grad_norms(skip=True)\n"
        "print('first layer: plain', plain[0], 'residual', residual[0])\n"
    )
