"""Tutorial 002's two-layer network trained by hand: manual forward, autograd backward, updates under no_grad."""

from __future__ import annotations

import math
from dataclasses import dataclass

import plotly.graph_objects as go
import torch

from dlviz import limits

N, D_IN, H, D_OUT = 64, 1000, 100, 10
LEARNING_RATES = (1e-7, 3e-7, 1e-6, 2e-6, 5e-6)  # the tutorial's 1e-6 in the middle; 5e-6 diverges
DEFAULT_LR = 1e-6
DEFAULT_STEPS = 500


@dataclass(frozen=True)
class HandRun:
    """The loss of every step (before that step's update) and the final loss after the last update."""

    seed: int
    learning_rate: float
    losses: list[float]
    final_loss: float

    @property
    def diverged(self) -> bool:
        """Return whether the loss left the finite numbers."""
        return not all(math.isfinite(v) for v in [*self.losses, self.final_loss])


def _loss(x, y, w1, w2) -> torch.Tensor:
    """Return the tutorial's loss: the sum of squares of (ReLU(x w1) w2 - y)."""
    return (x.mm(w1).clamp(min=0).mm(w2) - y).pow(2).sum()


def train_by_hand(seed: int, learning_rate: float, steps: int = DEFAULT_STEPS) -> HandRun:
    """Run the tutorial's loop with its own generator (x, y, w1, w2 drawn in that order); return the losses."""
    limits.MAX_HAND_STEPS.check(steps)
    limits.MAX_HAND_LEARNING_RATE.check(learning_rate)
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(N, D_IN, generator=generator)
    y = torch.randn(N, D_OUT, generator=generator)
    w1 = torch.randn(D_IN, H, generator=generator).requires_grad_()
    w2 = torch.randn(H, D_OUT, generator=generator).requires_grad_()
    losses = []
    for _ in range(steps):
        loss = _loss(x, y, w1, w2)
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            w1 -= learning_rate * w1.grad
            w2 -= learning_rate * w2.grad
            w1.grad.zero_()
            w2.grad.zero_()
    with torch.no_grad():
        final = _loss(x, y, w1, w2).item()
    return HandRun(seed, learning_rate, losses, final)


def by_hand_code(seed: int, learning_rate: float, steps: int = DEFAULT_STEPS) -> str:
    """Return the tutorial's loop, corrected, that reproduces the section's losses."""
    return (
        "import torch\n\n"
        f"N, D_in, H, D_out = {N}, {D_IN}, {H}, {D_OUT}\n"
        f"g = torch.Generator().manual_seed({seed})  # its own generator: the same numbers every time\n"
        "x = torch.randn(N, D_in, generator=g)\n"
        "y = torch.randn(N, D_out, generator=g)\n"
        "w1 = torch.randn(D_in, H, generator=g).requires_grad_()\n"
        "w2 = torch.randn(H, D_out, generator=g).requires_grad_()\n\n"
        f"learning_rate = {learning_rate!r}\n"
        "losses = []\n"
        f"for t in range({steps}):\n"
        "    y_pred = x.mm(w1).clamp(min=0).mm(w2)  # forward: clamp(min=0) is ReLU\n"
        "    loss = (y_pred - y).pow(2).sum()\n"
        "    losses.append(loss.item())  # record it: the tutorial never looks at the loss\n"
        "    loss.backward()  # autograd fills w1.grad and w2.grad\n"
        "    with torch.no_grad():  # the update itself must not be recorded in the graph\n"
        "        w1 -= learning_rate * w1.grad\n"
        "        w2 -= learning_rate * w2.grad\n"
        "        w1.grad.zero_()  # gradients add up across backward() calls\n"
        "        w2.grad.zero_()\n\n"
        "with torch.no_grad():\n"
        "    final_loss = (x.mm(w1).clamp(min=0).mm(w2) - y).pow(2).sum().item()\n"
        "print('first loss', losses[0], 'final loss', final_loss)\n"
    )


def by_hand_figure(run: HandRun, labels: dict[str, str]) -> go.Figure:
    """Return the loss at every step on a log axis (steps whose loss is not finite are left out)."""
    steps = [step for step, loss in enumerate(run.losses, 1) if math.isfinite(loss) and loss > 0]
    figure = go.Figure()
    figure.add_scatter(x=steps, y=[run.losses[s - 1] for s in steps], mode="lines", name="loss")
    figure.update_layout(
        height=340,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis_title=labels["x"],
        yaxis_title=labels["y"],
        yaxis_type="log",
    )
    return figure
