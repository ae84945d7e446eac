"""Loss functions: regression losses against the prediction, and CrossEntropy taken apart."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
import torch
import torch.nn.functional as F
from torch import nn

from dlviz.code_source import plain_source
from dlviz.components.losses import LOSSES, build_loss
from dlviz.data import standalone
from dlviz.models.seed_models import NeuralNetwork

CURVE_LOSSES = ("mse", "l1", "smooth_l1")  # the shared regression losses, drawn per sample


def curve_loss(name: str, beta: float) -> nn.Module:
    """Return the shared loss per sample (reduction='none'); SmoothL1 with this beta."""
    return build_loss(name, reduction="none", **({"beta": beta} if name == "smooth_l1" else {}))


@dataclass(frozen=True)
class LossCurve:
    """Predictions, the loss at each against one target, and d loss / d prediction from autograd."""

    name: str
    prediction: np.ndarray
    loss: np.ndarray
    grad: np.ndarray


def regression_loss_curves(
    target: float, lo: float, hi: float, beta: float = 1.0, points: int = 201
) -> list[LossCurve]:
    """Return each regression loss and its autograd gradient over predictions in [lo, hi]."""
    curves = []
    for name in CURVE_LOSSES:
        pred = torch.linspace(lo, hi, points, dtype=torch.float64, requires_grad=True)
        loss = curve_loss(name, beta)(pred, torch.full_like(pred, target))
        (grad,) = torch.autograd.grad(loss.sum(), pred)
        curves.append(LossCurve(name, pred.detach().numpy(), loss.detach().numpy(), grad.numpy()))
    return curves


def regression_loss_figure(
    curves: list[LossCurve], target: float, show_grad: bool, labels: dict
) -> go.Figure:
    """Return the loss curves (or their gradients) against the prediction, with the target marked."""
    figure = go.Figure()
    for curve in curves:
        values = curve.grad if show_grad else curve.loss
        figure.add_scatter(x=curve.prediction, y=values, name=LOSSES[curve.name].__name__, line={"width": 3})
    figure.add_vline(x=target, line_dash="dot", line_color="gray", annotation_text=labels["target"])
    figure.update_layout(
        height=380,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.2},
        xaxis_title=labels["x"],
        yaxis_title=labels["y"],
    )
    return figure


def regression_loss_code(target: float, lo: float, hi: float, beta: float, points: int = 201) -> str:
    """Return plain PyTorch code computing the loss curves and their gradients."""
    return (
        "import torch\nfrom torch import nn\n\n"
        f"pred = torch.linspace({lo!r}, {hi!r}, {points}, dtype=torch.float64, requires_grad=True)\n"
        f"target = torch.full_like(pred, {target!r})\n"
        "losses = {\n"
        '    "mse": nn.MSELoss(reduction="none")(pred, target),\n'
        '    "l1": nn.L1Loss(reduction="none")(pred, target),\n'
        f'    "smooth_l1": nn.SmoothL1Loss(reduction="none", beta={beta!r})(pred, target),\n'
        "}\n"
        "grads = {name: torch.autograd.grad(loss.sum(), pred)[0] for name, loss in losses.items()}\n"
        "for name in losses:  # at the first prediction on the curve\n"
        '    print(f"{name}: loss {losses[name][0].item():.6f}, gradient {grads[name][0].item():.6f}")\n'
    )


@dataclass(frozen=True)
class CrossEntropyParts:
    """CrossEntropy of logits (N, C) against class indices (N,), and the pieces it is made of."""

    logits: torch.Tensor
    targets: torch.Tensor
    probabilities: torch.Tensor
    log_probabilities: torch.Tensor
    picked: torch.Tensor
    nll: float
    cross_entropy: float
    grad: torch.Tensor
    softmax_minus_onehot: torch.Tensor

    @property
    def max_grad_difference(self) -> float:
        """Return max |autograd gradient - (softmax - one-hot) / N|."""
        n = len(self.targets)
        return float((self.grad - self.softmax_minus_onehot / n).abs().max())


def cross_entropy_parts(logits: torch.Tensor, targets: torch.Tensor) -> CrossEntropyParts:
    """Return CrossEntropyLoss, LogSoftmax + NLLLoss, and the gradient wrt the logits by autograd."""
    logits = logits.detach().double().requires_grad_(True)
    loss = nn.CrossEntropyLoss()(logits, targets)
    (grad,) = torch.autograd.grad(loss, logits)
    with torch.no_grad():
        log_probs = nn.LogSoftmax(dim=1)(logits)
        nll = nn.NLLLoss()(log_probs, targets)
        probs = log_probs.exp()
        onehot = F.one_hot(targets, logits.shape[1]).to(probs.dtype)
        picked = log_probs.gather(1, targets.unsqueeze(1)).squeeze(1)
    return CrossEntropyParts(
        logits.detach(),
        targets,
        probs,
        log_probs,
        picked,
        float(nll),
        float(loss.detach()),
        grad,
        probs - onehot,
    )


def cross_entropy_code(
    seed: int, count: int, scale: float, root: str = "data", dataset: str = "MNIST"
) -> str:
    """Return plain PyTorch code reproducing the CrossEntropy breakdown on the sample images."""
    return (
        f"{standalone.IMPORTS}from torch import nn\n\n\n"
        f"{plain_source(standalone.sample_images)}\n\n"
        f"{plain_source(NeuralNetwork)}\n\n"
        f"torch.manual_seed({seed})\nmodel = NeuralNetwork()\n"
        f"images, targets = sample_images({count}, seed={seed}, root={root!r}, dataset={dataset!r})\n"
        "with torch.no_grad():\n"
        f"    logits = (model(images) * {scale!r}).double()\n"
        "logits.requires_grad_(True)\n\n"
        "ce = nn.CrossEntropyLoss()(logits, targets)\n"
        "log_probs = nn.LogSoftmax(dim=1)(logits)\n"
        "nll = nn.NLLLoss()(log_probs, targets)  # -mean of log_probs[i, targets[i]]\n"
        "ce.backward()\n"
        "expected = (log_probs.exp() - F.one_hot(targets, 10)) / len(targets)\n"
        "print(f'NLLLoss {nll.item():.6f}, CrossEntropyLoss {ce.item():.6f}')\n"
        "print(f'largest gradient difference {(logits.grad - expected).abs().max().item():.2e}')\n"
    )


def one_target_code(seed: int, root: str = "data", dataset: str = "MNIST") -> str:
    """Return plain PyTorch code running loss_functions_demo's one-target form both ways, as the table shows it."""
    return (
        f"import warnings\n\n{standalone.IMPORTS}from torch import nn\n\n\n"
        f"{plain_source(standalone.sample_images)}\n\n"
        f"{plain_source(NeuralNetwork)}\n\n"
        f"torch.manual_seed({seed})\nmodel = NeuralNetwork()\n"
        f"images, labels = sample_images(3, seed={seed}, root={root!r}, dataset={dataset!r})\n"
        "with torch.no_grad():\n"
        "    pred = model(images) * 10.0  # logits: 3 images, 10 classes\n"
        "float_target = torch.randn(pred.shape, generator=torch.Generator().manual_seed(0))\n"
        "losses = {'MSELoss': nn.MSELoss(), 'CrossEntropyLoss': nn.CrossEntropyLoss(), 'L1Loss': nn.L1Loss()}\n"
        "for kind, target in (('indices', labels), ('float', float_target)):  # one target for every loss\n"
        "    for name, loss in losses.items():\n"
        "        try:\n"
        "            with warnings.catch_warnings():\n"
        "                warnings.simplefilter('ignore', UserWarning)\n"
        "                print(kind, name, f'{loss(pred, target).item():.4f}')\n"
        "        except RuntimeError as error:\n"
        "            print(kind, name, 'error:', str(error).splitlines()[0])\n\n"
        "# the fix: each loss gets the target it expects\n"
        "ce = nn.CrossEntropyLoss()(pred, labels)  # class indices (int64)\n"
        "onehot = F.one_hot(labels, 10).float()  # floats of pred's shape\n"
        "mse = nn.MSELoss()(pred.softmax(dim=1), onehot)\n"
        "print(f'fixed: CrossEntropyLoss {ce.item():.4f}, MSELoss {mse.item():.4f}')\n"
    )


@dataclass(frozen=True)
class SeedLossOutcome:
    """The value a loss gave for the tutorial's call, or the error it raised."""

    loss: str
    target_kind: str
    value: float | None
    error: str | None


def seed_loss_outcomes(pred: torch.Tensor, labels: torch.Tensor) -> list[SeedLossOutcome]:
    """Run seed 001's loss_functions_demo form (one target for all losses) with both target kinds."""
    float_target = torch.randn(pred.shape, generator=torch.Generator().manual_seed(0))
    losses = {"MSELoss": nn.MSELoss(), "CrossEntropyLoss": nn.CrossEntropyLoss(), "L1Loss": nn.L1Loss()}
    outcomes = []
    for kind, target in (("indices", labels), ("float", float_target)):
        for name, loss in losses.items():
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    value = float(loss(pred, target))
                outcomes.append(SeedLossOutcome(name, kind, value, None))
            except RuntimeError as error:
                outcomes.append(SeedLossOutcome(name, kind, None, str(error).splitlines()[0]))
    return outcomes
