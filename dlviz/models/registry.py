"""Model registry: a configurable MLP and the seeds' networks, with parameter counts and layer shapes."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn

from dlviz import limits
from dlviz.components.activations import ACTIVATIONS
from dlviz.errors import UserFacingError
from dlviz.models.seed_models import DigitRecognizer, NeuralNetwork, SimpleNN

IMAGE_28 = (1, 28, 28)


@dataclass(frozen=True)
class ModelSpec:
    """Everything that defines a model: its registry name and the MLP/SimpleNN settings."""

    name: str = "mlp"
    depth: int = 2
    width: int = 16
    activation: str = "relu"
    dropout: float = 0.0
    batch_norm: bool = False


def mlp(input_shape: tuple[int, ...], outputs: int, spec: ModelSpec) -> nn.Sequential:
    """Return Flatten -> depth x (Linear -> [BatchNorm] -> activation -> [Dropout]) -> Linear."""
    limits.MAX_DEPTH.check(spec.depth)
    limits.MAX_LAYER_WIDTH.check(spec.width)
    layers: list[nn.Module] = [nn.Flatten()]
    features = math.prod(input_shape)
    for _ in range(spec.depth):
        layers.append(nn.Linear(features, spec.width))
        if spec.batch_norm:
            layers.append(nn.BatchNorm1d(spec.width))
        layers.append(ACTIVATIONS[spec.activation].build())
        if spec.dropout > 0:
            layers.append(nn.Dropout(spec.dropout))
        features = spec.width
    layers.append(nn.Linear(features, outputs))
    return nn.Sequential(*layers)


def _simple_nn(input_shape, outputs, spec):
    limits.MAX_LAYER_WIDTH.check(spec.width)
    return SimpleNN(math.prod(input_shape), spec.width, outputs)


def _needs_28x28(factory):
    def build(input_shape, outputs, spec):
        if tuple(input_shape) != IMAGE_28 or outputs != 10:
            raise UserFacingError("training.err.needs_images", shape="×".join(map(str, input_shape)))
        return factory()

    return build


MODELS: dict[str, Callable[[tuple[int, ...], int, ModelSpec], nn.Module]] = {
    "mlp": mlp,
    "simple_nn": _simple_nn,
    "neural_network": _needs_28x28(NeuralNetwork),
    "digit_recognizer": _needs_28x28(DigitRecognizer),
}
IMAGE_ONLY = {"neural_network", "digit_recognizer"}


class WithLogSoftmax(nn.Module):
    """Wrap a model so it returns log-probabilities (for NLLLoss)."""

    def __init__(self, model: nn.Module):
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.log_softmax(self.model(x), dim=1)


def build_model(
    spec: ModelSpec, input_shape: tuple[int, ...], outputs: int, log_softmax: bool = False
) -> nn.Module:
    """Return a freshly initialised model from the registry (log-softmax appended when asked)."""
    model = MODELS[spec.name](tuple(input_shape), outputs, spec)
    return WithLogSoftmax(model) if log_softmax else model


def parameter_count(model: nn.Module) -> int:
    """Return the number of trainable parameters."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


@dataclass(frozen=True)
class LayerShape:
    """One leaf layer: its name, type, output shape and parameter count."""

    name: str
    kind: str
    output_shape: tuple[int, ...]
    parameters: int


def layer_output_shapes(model: nn.Module, input_shape: tuple[int, ...], batch: int = 2) -> list[LayerShape]:
    """Return each leaf module's output shape for a batch of zeros, in call order (eval mode)."""
    rows: list[LayerShape] = []
    hooks = []
    for name, module in model.named_modules():
        if next(module.children(), None) is None:

            def record(module, inputs, output, name=name):
                rows.append(
                    LayerShape(
                        name,
                        type(module).__name__,
                        tuple(output.shape),
                        sum(p.numel() for p in module.parameters()),
                    )
                )

            hooks.append(module.register_forward_hook(record))
    was_training = model.training
    model.eval()
    try:
        device = next(model.parameters()).device
        with torch.no_grad():
            model(torch.zeros(batch, *input_shape, device=device))
    finally:
        for hook in hooks:
            hook.remove()
        model.train(was_training)
    return rows
