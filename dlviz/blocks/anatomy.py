"""Inside an nn.Module: every layer's output through forward hooks, its parameters, and hooks vs forward()."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn

from dlviz.code_source import plain_source
from dlviz.data import standalone
from dlviz.models.seed_models import DigitRecognizer, NeuralNetwork, SimpleNN
from dlviz.rng import seeded

SEED_NETWORKS: dict[str, tuple[Callable[[], nn.Module], str]] = {
    "neural_network": (NeuralNetwork, "NeuralNetwork()"),
    "simple_nn": (lambda: SimpleNN(784, 128, 10), "SimpleNN(784, 128, 10)"),
    "digit_recognizer": (DigitRecognizer, "DigitRecognizer()"),
}
NETWORK_CLASSES: dict[str, type[nn.Module]] = {
    "neural_network": NeuralNetwork,
    "simple_nn": SimpleNN,
    "digit_recognizer": DigitRecognizer,
}


@dataclass(frozen=True)
class LayerOutput:
    """What one submodule handed on: its qualified name, its repr and its output tensor (on the CPU)."""

    name: str
    module: str
    output: torch.Tensor


@dataclass(frozen=True)
class ParameterRow:
    """One row of named_parameters(): name, shape, element count, requires_grad and device."""

    name: str
    shape: tuple[int, ...]
    count: int
    requires_grad: bool
    device: str


@dataclass(frozen=True)
class AnatomyRun:
    """A seeded seed network on a batch: layer outputs in call order, softmax, parameters, devices."""

    layers: list[LayerOutput]
    logits: torch.Tensor
    probabilities: torch.Tensor
    parameters: list[ParameterRow]
    device_before: str
    device_after: str

    @property
    def total_parameters(self) -> int:
        """Return the number of trainable numbers in the model."""
        return sum(row.count for row in self.parameters)


def leaf_modules(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """Return the (qualified name, module) pairs of the modules that hold no submodules."""
    return [(name, module) for name, module in model.named_modules() if not list(module.children())]


def capture_layer_outputs(model: nn.Module, x: torch.Tensor) -> tuple[list[LayerOutput], torch.Tensor]:
    """Call model(x) with a forward hook on every leaf module; return their outputs in call order and the result."""
    captured: list[LayerOutput] = []

    def record(name):
        def hook(module, inputs, output):
            captured.append(LayerOutput(name, repr(module), output.detach().cpu()))

        return hook

    handles = [module.register_forward_hook(record(name)) for name, module in leaf_modules(model)]
    try:
        with torch.no_grad():
            result = model(x)
    finally:
        for handle in handles:
            handle.remove()
    return captured, result


def parameter_rows(model: nn.Module) -> list[ParameterRow]:
    """Return named_parameters() as rows."""
    return [
        ParameterRow(name, tuple(p.shape), p.numel(), p.requires_grad, str(p.device))
        for name, p in model.named_parameters()
    ]


def run_anatomy(
    images: torch.Tensor,
    seed: int,
    device: torch.device | str,
    softmax_dim: int = 1,
    network: str = "neural_network",
) -> AnatomyRun:
    """Build a seeded seed network in eval mode, move it to device and look inside model(images)."""
    with seeded(seed):
        model = SEED_NETWORKS[network][0]().eval()
    device_before = str(next(model.parameters()).device)
    model = model.to(device)
    layers, logits = capture_layer_outputs(model, images.to(device))
    probabilities = nn.Softmax(dim=softmax_dim)(logits).cpu()
    return AnatomyRun(
        layers,
        logits.cpu(),
        probabilities,
        parameter_rows(model),
        device_before,
        str(next(model.parameters()).device),
    )


@dataclass(frozen=True)
class HookFiring:
    """How often a module's forward hook fired through model(x) and through model.forward(x)."""

    name: str
    through_call: int
    through_forward: int


def hook_firings(model: nn.Module, x: torch.Tensor) -> list[HookFiring]:
    """Count forward-hook calls on the model and each submodule for model(x), then for model.forward(x)."""
    modules = [("model", model), *((name, m) for name, m in model.named_modules() if name)]
    counts = {name: 0 for name, _ in modules}

    def counter(name):
        def hook(module, inputs, output):
            counts[name] += 1

        return hook

    handles = [module.register_forward_hook(counter(name)) for name, module in modules]
    try:
        with torch.no_grad():
            model(x)
            through_call = dict(counts)
            counts.update(dict.fromkeys(counts, 0))
            model.forward(x)
    finally:
        for handle in handles:
            handle.remove()
    return [HookFiring(name, through_call[name], counts[name]) for name, _ in modules]


class SeedTensorModel(nn.Module):
    """Seed 003's first MyModel: plain tensors with requires_grad are not registered as parameters."""

    def __init__(self):
        super().__init__()
        self.w1 = torch.tensor([3.0], requires_grad=True)
        self.w2 = torch.tensor([4.0], requires_grad=True)
        self.w3 = torch.tensor([5.0], requires_grad=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.w3 * torch.relu(self.w2 * (self.w1 * x))


class SeedParameterModel(nn.Module):
    """Seed 003's corrected MyModel: nn.Parameter registers w1, w2, w3; forward uses self.w*."""

    def __init__(self):
        super().__init__()
        self.w1 = nn.Parameter(torch.tensor([3.0]))
        self.w2 = nn.Parameter(torch.tensor([4.0]))
        self.w3 = nn.Parameter(torch.tensor([5.0]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.w3 * torch.relu(self.w2 * (self.w1 * x))


@dataclass(frozen=True)
class RegistrationCheck:
    """What named_parameters() finds in a model and what torch.optim.SGD says about it."""

    parameters: list[ParameterRow]
    output: float
    optimizer_error: str | None


def registration_check(model: nn.Module, x: float = 2.0) -> RegistrationCheck:
    """Return the model's parameters, model(x), and the error SGD raises when it finds none."""
    output = float(model(torch.tensor([x])).detach())
    try:
        torch.optim.SGD(model.parameters(), lr=0.01)
        error = None
    except ValueError as problem:
        error = str(problem)
    return RegistrationCheck(parameter_rows(model), output, error)


def anatomy_code(
    count: int,
    seed: int,
    device: str,
    softmax_dim: int,
    network: str = "neural_network",
    root: str = "data",
    dataset: str = "MNIST",
) -> str:
    """Return plain PyTorch code that reproduces the anatomy section's numbers (sample images read from root)."""
    constructor = SEED_NETWORKS[network][1]
    cls = NETWORK_CLASSES[network]
    return (
        f"{standalone.IMPORTS}from torch import nn\n\n\n"
        f"{plain_source(standalone.sample_images)}\n\n"
        f"{plain_source(cls)}\n\n"
        f"images, labels = sample_images({count}, seed={seed}, root={root!r}, dataset={dataset!r})  # ({count}, 1, 28, 28)\n"
        f"torch.manual_seed({seed})\n"
        f"model = {constructor}.eval().to({device!r})  # eval(): Dropout off for inference\n"
        "outputs = {}\n"
        "for name, module in model.named_modules():\n"
        "    if not list(module.children()):  # leaf layers only\n"
        "        module.register_forward_hook(\n"
        "            lambda m, inputs, output, name=name: outputs.__setitem__(name, output.detach()))\n"
        "with torch.no_grad():\n"
        f"    logits = model(images.to({device!r}))  # call the model, not model.forward: hooks need __call__\n"
        f"probabilities = nn.Softmax(dim={softmax_dim})(logits)\n"
        "for name, output in outputs.items():\n"
        "    print(name, tuple(output.shape))\n"
        f"print('softmax sums over dim={softmax_dim}:', probabilities.sum(dim={softmax_dim}))\n"
        "for name, parameter in model.named_parameters():\n"
        "    print(name, tuple(parameter.shape), parameter.numel())\n"
        "print('trainable numbers:', sum(p.numel() for p in model.parameters() if p.requires_grad))\n"
    )
