"""Every activation the labs offer, by one name each, with the module it builds and the code that builds it."""

from __future__ import annotations

from dataclasses import dataclass, field

from torch import nn


@dataclass(frozen=True)
class Activation:
    """An activation module class and its keyword defaults (e.g. LeakyReLU's negative_slope)."""

    module: type[nn.Module]
    options: dict = field(default_factory=dict)

    def build(self, **overrides) -> nn.Module:
        """Return a new module, with these options instead of the defaults."""
        return self.module(**{**self.options, **overrides})

    def code(self, **overrides) -> str:
        """Return the PyTorch source that builds the same module, e.g. nn.LeakyReLU(negative_slope=0.01)."""
        args = ", ".join(f"{name}={value!r}" for name, value in {**self.options, **overrides}.items())
        return f"nn.{self.module.__name__}({args})"


ACTIVATIONS: dict[str, Activation] = {
    "relu": Activation(nn.ReLU),
    "tanh": Activation(nn.Tanh),
    "sigmoid": Activation(nn.Sigmoid),
    "leaky_relu": Activation(nn.LeakyReLU, {"negative_slope": 0.01}),  # PyTorch's default slope
    "gelu": Activation(nn.GELU),
}
