"""Gradient descent by hand vs torch.optim.SGD on the tutorial's chain, and the train-only-w2 exercise."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from dlviz import limits
from dlviz.autograd.tracking import chain_loss, chain_parameters


@dataclass
class DescentHistory:
    """Loss and parameters after each step, for one way of stepping."""

    losses: list[float]
    params: list[list[float]]
    grads: list[list[float]]


def descend(steps: int, learning_rate: float, by_hand: bool) -> DescentHistory:
    """Return the history of `steps` SGD steps on w1, w2, w3 (by hand under no_grad, or with torch.optim.SGD)."""
    limits.MAX_DESCENT_STEPS.check(steps)
    params = chain_parameters()
    optimizer = torch.optim.SGD(params, lr=learning_rate)
    history = DescentHistory([], [], [])
    for _ in range(steps):
        loss = chain_loss(params)
        loss.backward()
        history.losses.append(loss.item())
        history.grads.append([p.grad.item() for p in params])
        if by_hand:
            with torch.no_grad():
                for p in params:
                    p -= learning_rate * p.grad
                    p.grad.zero_()
        else:
            optimizer.step()
            optimizer.zero_grad()
        history.params.append([p.item() for p in params])
    return history


def max_difference(first: DescentHistory, second: DescentHistory) -> float:
    """Return the largest |difference| between two histories' parameters over all steps."""
    pairs = zip(sum(first.params, []), sum(second.params, []), strict=True)
    return max((abs(a - b) for a, b in pairs), default=0.0)


def dynamic_learning_rate_step() -> list[float]:
    """Return w1, w2, w3 after the tutorial's 'lr = p.grad**2' step: the step becomes grad**3."""
    params = chain_parameters()
    chain_loss(params).backward()
    with torch.no_grad():
        for p in params:
            learning_rate = p.grad**2
            p -= learning_rate * p.grad
    return [p.item() for p in params]


class MyModelW2Only(nn.Module):
    """The tutorial's exercise: hidden = x * w1 (a plain tensor, frozen), output = hidden * w2 (a Parameter)."""

    def __init__(self, w1: float = 1.0, w2: float = 1.0):
        super().__init__()
        self.w1 = torch.tensor([w1])
        self.w2 = nn.Parameter(torch.tensor([w2]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.hidden_activation = x * self.w1
        return self.hidden_activation * self.w2


@dataclass
class W2OnlyHistory:
    """Per epoch: loss, w1, w2 and the [input, hidden, output] activations."""

    losses: list[float]
    w1: list[float]
    w2: list[float]
    activations: list[list[float]]
    parameter_names: list[str]


def train_w2_only(
    epochs: int = 20, learning_rate: float = 0.01, x: float = 1.0, target: float = 2.0
) -> W2OnlyHistory:
    """Return the exercise's training history; only w2 is handed to the optimizer."""
    limits.MAX_DESCENT_STEPS.check(epochs)
    model = MyModelW2Only()
    optimizer = torch.optim.SGD([model.w2], lr=learning_rate)
    inputs, targets = torch.tensor([x]), torch.tensor([target])
    history = W2OnlyHistory([], [], [], [], [name for name, _ in model.named_parameters()])
    for _ in range(epochs):
        output = model(inputs)
        loss = (output - targets) ** 2
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        history.losses.append(loss.item())
        history.w1.append(model.w1.item())
        history.w2.append(model.w2.item())
        history.activations.append([inputs.item(), model.hidden_activation.item(), output.item()])
    return history


def unregistered_parameters_error() -> str:
    """Return the real error of the tutorial's MyModel, whose requires_grad tensors are not registered parameters."""

    class SeedModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.w1 = torch.tensor([3.0], requires_grad=True)

    try:
        torch.optim.SGD(SeedModel().parameters(), lr=0.01)
    except ValueError as error:
        return str(error)
    return ""


DESCENT_CODE = """import torch

x1, target = torch.tensor([2.0]), torch.tensor([1.0])


def chain_loss(w1, w2, w3):
    return (w3 * torch.relu(w2 * (w1 * x1)) - target) ** 2


hand = [torch.tensor([v], requires_grad=True) for v in (3.0, 4.0, 5.0)]
for step in range({steps}):
    chain_loss(*hand).backward()
    with torch.no_grad():
        for p in hand:
            p -= {lr} * p.grad
            p.grad.zero_()

sgd = [torch.tensor([v], requires_grad=True) for v in (3.0, 4.0, 5.0)]
optimizer = torch.optim.SGD(sgd, lr={lr})
for step in range({steps}):
    chain_loss(*sgd).backward()
    optimizer.step()
    optimizer.zero_grad()

print([p.item() for p in hand])
print([p.item() for p in sgd])
"""

W2_ONLY_CODE = """import torch
from torch import nn


class MyModelW2Only(nn.Module):
    def __init__(self):
        super().__init__()
        self.w1 = torch.tensor([1.0])  # a plain tensor: not a parameter, never updated
        self.w2 = nn.Parameter(torch.tensor([1.0]))

    def forward(self, x):
        self.hidden_activation = x * self.w1
        return self.hidden_activation * self.w2


input_, target = torch.tensor([1.0]), torch.tensor([2.0])
model = MyModelW2Only()
optimizer = torch.optim.SGD([model.w2], lr={lr})
activations_history = []
for epoch in range({epochs}):
    output = model(input_)  # call the module, not model.forward
    loss = (output - target) ** 2
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    activations_history.append([input_.item(), model.hidden_activation.item(), output.item()])
    print(f"epoch {{epoch + 1}}: loss {{loss.item():.4f}}, w1 {{model.w1.item():.4f}}, w2 {{model.w2.item():.4f}}")
"""


def descent_code(steps: int, learning_rate: float) -> str:
    """Return the plain PyTorch code comparing hand-written steps with torch.optim.SGD."""
    return DESCENT_CODE.format(steps=steps, lr=learning_rate)


def w2_only_code(epochs: int, learning_rate: float) -> str:
    """Return the plain PyTorch code of the train-only-w2 exercise."""
    return W2_ONLY_CODE.format(epochs=epochs, lr=learning_rate)
