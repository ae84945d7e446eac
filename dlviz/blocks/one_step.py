"""Tutorial 002's SimpleNet with nn.MSELoss and one optim.SGD step: loss, gradients, update, loss after."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn, optim

from dlviz import limits
from dlviz.rng import seeded

BATCH, FEATURES, HIDDEN, TARGETS = 5, 10, 50, 1
LEARNING_RATES = (0.001, 0.01, 0.05, 0.1, 0.5, 1.0)  # the tutorial's 0.01 among them
DEFAULT_LR = 0.01


class SimpleNet(nn.Module):
    """Tutorial 002's network: Linear(10, 50) -> ReLU -> Linear(50, 1)."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(FEATURES, HIDDEN)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(HIDDEN, TARGETS)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Return one prediction per sample."""
        return self.fc2(self.relu(self.fc1(x)))


@dataclass(frozen=True)
class ParameterStep:
    """One parameter through the step: its values before and after, its gradient, and the norms shown."""

    name: str
    shape: tuple[int, ...]
    before: torch.Tensor
    grad: torch.Tensor
    after: torch.Tensor

    @property
    def grad_norm(self) -> float:
        """Return ‖grad‖, the L2 norm over all its entries."""
        return self.grad.norm().item()

    def update_norm(self, learning_rate: float) -> float:
        """Return ‖lr × grad‖, the size of the step SGD takes."""
        return (learning_rate * self.grad).norm().item()

    @property
    def change_norm(self) -> float:
        """Return ‖after - before‖, the change the optimizer really made."""
        return (self.after - self.before).norm().item()


@dataclass(frozen=True)
class StepRun:
    """The loss before and after one optimizer.step(), with every parameter's step."""

    learning_rate: float
    loss_before: float
    loss_after: float
    parameters: list[ParameterStep]


def one_sgd_step(seed: int, learning_rate: float) -> StepRun:
    """Build SimpleNet, input and target as the tutorial does (seeded), take one SGD step; return what changed."""
    limits.MAX_STEP_LEARNING_RATE.check(learning_rate)
    with seeded(seed):
        model = SimpleNet()
        inputs = torch.randn(BATCH, FEATURES)
        target = torch.randn(BATCH, TARGETS)
    criterion = nn.MSELoss()
    optimizer = optim.SGD(model.parameters(), lr=learning_rate)
    before = {name: p.detach().clone() for name, p in model.named_parameters()}
    loss = criterion(model(inputs), target)
    optimizer.zero_grad()
    loss.backward()
    grads = {name: p.grad.detach().clone() for name, p in model.named_parameters()}
    optimizer.step()
    with torch.no_grad():
        loss_after = criterion(model(inputs), target).item()
    steps = [
        ParameterStep(name, tuple(p.shape), before[name], grads[name], p.detach().clone())
        for name, p in model.named_parameters()
    ]
    return StepRun(learning_rate, loss.item(), loss_after, steps)


def one_step_code(seed: int, learning_rate: float) -> str:
    """Return the tutorial's code, seeded, printing what the section shows."""
    return (
        "import torch\nimport torch.nn as nn\nimport torch.optim as optim\n\n\n"
        "class SimpleNet(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        f"        self.fc1 = nn.Linear({FEATURES}, {HIDDEN})\n"
        "        self.relu = nn.ReLU()\n"
        f"        self.fc2 = nn.Linear({HIDDEN}, {TARGETS})\n\n"
        "    def forward(self, x):\n"
        "        return self.fc2(self.relu(self.fc1(x)))\n\n\n"
        f"torch.manual_seed({seed})\n"
        "model = SimpleNet()\n"
        f"inputs = torch.randn({BATCH}, {FEATURES})  # the tutorial calls it input, which hides Python's input()\n"
        f"target = torch.randn({BATCH}, {TARGETS})\n"
        "criterion = nn.MSELoss()\n"
        f"optimizer = optim.SGD(model.parameters(), lr={learning_rate!r})\n\n"
        "before = {name: p.detach().clone() for name, p in model.named_parameters()}\n"
        "loss = criterion(model(inputs), target)\n"
        "optimizer.zero_grad()\n"
        "loss.backward()\n"
        "for name, p in model.named_parameters():\n"
        "    print(name, 'grad norm', p.grad.norm().item(), 'update norm', (optimizer.param_groups[0]['lr'] * p.grad).norm().item())\n"
        "optimizer.step()  # p -= lr * p.grad for every parameter (plain SGD: no momentum, no weight decay)\n"
        "for name, p in model.named_parameters():\n"
        "    assert torch.allclose(p, before[name] - optimizer.param_groups[0]['lr'] * p.grad)\n"
        "with torch.no_grad():\n"
        "    loss_after = criterion(model(inputs), target)\n"
        "print('loss before', loss.item(), 'loss after', loss_after.item())\n"
    )
