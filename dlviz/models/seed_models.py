"""The networks of the seed tutorials, with the tutorial's bugs corrected (see each docstring)."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class SimpleNN(nn.Module):
    """Seed 001's two-layer network: Linear -> ReLU -> Linear, returning logits."""

    def __init__(self, input_size: int, hidden_size: int, output_size: int):
        super().__init__()
        self.layer1 = nn.Linear(input_size, hidden_size)
        self.layer2 = nn.Linear(hidden_size, output_size)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = torch.flatten(x, 1)
        return self.layer2(F.relu(self.layer1(x)))


class NeuralNetwork(nn.Module):
    """Seed 000's FashionMNIST network: Flatten -> 784x512 -> ReLU -> 512x512 -> ReLU -> 512x10 logits."""

    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear_relu_stack(self.flatten(x))


class DigitRecognizer(nn.Module):
    """The MNIST CNN of tutorial 001 ("Deep Learning in the Kitchen"), returning logits.

    The tutorial's forward ends in log_softmax and trains with CrossEntropyLoss, which applies
    log-softmax again: redundant, not wrong (log_softmax is idempotent; see log_softmax_check).
    Here forward returns logits, the usual convention; log_softmax=True gives the tutorial's output.
    """

    def __init__(self, log_softmax: bool = False):
        super().__init__()
        self.log_softmax = log_softmax
        self.conv1 = nn.Conv2d(1, 32, 3)
        self.conv2 = nn.Conv2d(32, 64, 3)
        self.pool = nn.MaxPool2d(2)
        self.dropout1 = nn.Dropout2d(0.25)
        self.fc1 = nn.Linear(64 * 12 * 12, 128)
        self.dropout2 = nn.Dropout(0.5)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.relu(self.conv1(x))
        x = self.pool(F.relu(self.conv2(x)))
        x = self.dropout1(x)
        x = torch.flatten(x, 1)
        x = self.dropout2(F.relu(self.fc1(x)))
        x = self.fc2(x)
        return F.log_softmax(x, dim=1) if self.log_softmax else x
