"""The whitelist of functions and methods the expression language may call, name -> torch callable."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def _reduction(op):
    """Return a reduction that takes an optional dim and keepdim."""

    def reduce(x, dim=None, keepdim=False):
        return op(x) if dim is None else op(x, dim=dim, keepdim=keepdim)

    return reduce


def _extremum(op, elementwise):
    """Return max/min: of one tensor, or of two tensors elementwise."""

    def extremum(x, other=None):
        if other is None:
            return op(x)
        if not isinstance(other, torch.Tensor):
            raise TypeError("the second argument must be a tensor")
        return elementwise(x, other)

    return extremum


def _reshape(x, *shape):
    """Return x reshaped (a shape given as ints or one tuple)."""
    return x.reshape(*shape)


ELEMENTWISE = {
    name: getattr(torch, name)
    for name in (
        "sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sigmoid", "relu", "abs", "neg",
        "square", "sinh", "cosh", "log1p", "expm1", "reciprocal", "rsqrt", "asin", "acos", "atan",
    )
}  # fmt: skip

FUNCTIONS = {
    **ELEMENTWISE,
    "sum": _reduction(torch.sum),
    "mean": _reduction(torch.mean),
    "prod": lambda x, dim=None: torch.prod(x) if dim is None else torch.prod(x, dim),
    "max": _extremum(torch.max, torch.maximum),
    "min": _extremum(torch.min, torch.minimum),
    "norm": lambda x, p=2: torch.linalg.vector_norm(x, ord=p),
    "add": torch.add,
    "sub": torch.sub,
    "mul": torch.mul,
    "div": torch.div,
    "pow": torch.pow,
    "maximum": torch.maximum,
    "minimum": torch.minimum,
    "mm": torch.mm,
    "matmul": torch.matmul,
    "mv": torch.mv,
    "dot": torch.dot,
    "clamp": lambda x, min=None, max=None: torch.clamp(x, min=min, max=max),
    "softmax": lambda x, dim=-1: torch.softmax(x, dim=dim),
    "log_softmax": lambda x, dim=-1: torch.log_softmax(x, dim=dim),
    "leaky_relu": lambda x, negative_slope=0.01: F.leaky_relu(x, negative_slope),
    "gelu": F.gelu,
    "silu": F.silu,
    "softplus": F.softplus,
    "mse_loss": F.mse_loss,
    "t": torch.t,
    "reshape": _reshape,
    "view": _reshape,
    "flatten": torch.flatten,
    "squeeze": lambda x, dim=None: torch.squeeze(x) if dim is None else torch.squeeze(x, dim),
    "unsqueeze": torch.unsqueeze,
}

METHODS = frozenset(FUNCTIONS) - {"mse_loss", "gelu", "silu", "softplus", "leaky_relu", "log_softmax", "norm"}

FUNCTIONAL_ONLY = frozenset(
    {"relu", "sigmoid", "tanh", "softmax", "log_softmax", "leaky_relu", "gelu", "silu"}
)
FUNCTIONAL_ONLY |= {"softplus", "mse_loss"}

KEYWORDS = frozenset({"min", "max", "dim", "keepdim", "negative_slope", "p"})

METHOD_ONLY = frozenset({"reshape", "view"})
TORCH_FUNCTIONAL = frozenset({"mse_loss", "gelu", "silu", "softplus", "leaky_relu"})

MODULE_PREFIXES = ("torch.", "F.", "torch.nn.functional.", "nn.functional.")
RESERVED_NAMES = frozenset({"torch", "F", "nn"})


def callee_name(dotted: str) -> str | None:
    """Return the whitelisted function a dotted name like 'torch.sin' or 'F.relu' calls, or None."""
    if dotted in METHOD_ONLY:
        return None
    if dotted in FUNCTIONS:
        return dotted
    for prefix in MODULE_PREFIXES:
        if dotted.startswith(prefix):
            name = dotted.removeprefix(prefix)
            functional = prefix in ("F.", "torch.nn.functional.", "nn.functional.")
            if name in METHOD_ONLY or (not functional and name in TORCH_FUNCTIONAL):
                return None
            if name in FUNCTIONS and (not functional or name in FUNCTIONAL_ONLY):
                return name
    return None


def torch_spelling(name: str) -> str:
    """Return how plain PyTorch spells a bare whitelisted function: torch.sin, F.gelu, ..."""
    return f"F.{name}" if name in TORCH_FUNCTIONAL else f"torch.{name}"
