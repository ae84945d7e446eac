"""Activation functions as curves, with their derivatives computed by autograd."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
import torch
from torch import nn

from dlviz.components.activations import ACTIVATIONS

SOFTMAX_OTHER_LOGITS = (0.0, 1.0)


def _softmax_first(x: torch.Tensor) -> torch.Tensor:
    """Return softmax(x, 0, 1)[0] for each x: the first probability over three logits, two held fixed."""
    others = torch.tensor(SOFTMAX_OTHER_LOGITS, dtype=x.dtype).expand(len(x), -1)
    logits = torch.cat([x.unsqueeze(1), others], dim=1)
    return nn.Softmax(dim=1)(logits)[:, 0]


CURVES = (*ACTIVATIONS, "softmax")  # the shared activations, and softmax as a curve of one logit


def curve_function(name: str, slope: float) -> Callable[[torch.Tensor], torch.Tensor]:
    """Return the function a curve draws: a shared activation module (LeakyReLU with this slope), or softmax's."""
    if name == "softmax":
        return _softmax_first
    return ACTIVATIONS[name].build(**_options(name, slope))


def _options(name: str, slope: float) -> dict:
    """Return the keyword options the slope slider sets for this activation."""
    return {"negative_slope": slope} if name == "leaky_relu" else {}


@dataclass(frozen=True)
class ActivationCurve:
    """Inputs x, outputs y = f(x) and derivatives dy/dx from autograd, as numpy arrays."""

    name: str
    x: np.ndarray
    y: np.ndarray
    dydx: np.ndarray


def activation_curve(
    name: str, lo: float, hi: float, points: int = 201, slope: float = 0.01
) -> ActivationCurve:
    """Return f and f' of an activation on an even grid over [lo, hi], f' by one backward pass."""
    x = torch.linspace(lo, hi, points, dtype=torch.float64, requires_grad=True)
    y = curve_function(name, slope)(x)
    (dydx,) = torch.autograd.grad(y.sum(), x)
    return ActivationCurve(name, x.detach().numpy(), y.detach().numpy(), dydx.numpy())


def activation_figure(curve: ActivationCurve, y_label: str, dydx_label: str, title: str) -> go.Figure:
    """Return a line chart of f and its autograd derivative on one pair of axes."""
    figure = go.Figure()
    figure.add_scatter(x=curve.x, y=curve.y, name=y_label, line={"width": 3})
    figure.add_scatter(
        x=curve.x, y=curve.dydx, name=dydx_label, line={"dash": "dash", "width": 2, "color": "#d62728"}
    )
    figure.update_layout(
        title=title,
        height=380,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"orientation": "h", "y": -0.15},
        xaxis_title="x",
    )
    figure.add_hline(y=0, line_color="gray", line_width=1)
    return figure


def activation_code(name: str, lo: float, hi: float, points: int, slope: float) -> str:
    """Return plain PyTorch code computing the curve and its derivative as shown."""
    head = (
        "import torch\nfrom torch import nn\n\n"
        f"x = torch.linspace({lo!r}, {hi!r}, {points}, dtype=torch.float64, requires_grad=True)\n"
    )
    if name == "softmax":
        a, b = SOFTMAX_OTHER_LOGITS
        body = (
            "# Softmax is not element-wise: it turns a vector of logits into probabilities.\n"
            f"# Each row holds the logits (x, {a}, {b}); dim=1 makes every row sum to 1.\n"
            f"logits = torch.cat([x.unsqueeze(1), torch.tensor([{a}, {b}], dtype=x.dtype).expand(len(x), -1)], dim=1)\n"
            "y = nn.Softmax(dim=1)(logits)[:, 0]  # the probability of the first class\n"
        )
    else:
        body = f"y = {ACTIVATIONS[name].code(**_options(name, slope))}(x)\n"
    tail = (
        "dydx, = torch.autograd.grad(y.sum(), x)  # each y[i] depends on x[i] alone\n"
        "for i in (0, len(x) // 2, len(x) - 1):  # the curve's ends and middle\n"
        '    print(f"x = {x[i].item():.4f}   y = {y[i].item():.6f}   dy/dx = {dydx[i].item():.6f}")\n'
    )
    return head + body + tail
