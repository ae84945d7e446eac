"""Helpers that write the plain PyTorch code a section shows: literals, shapes and dtypes as source text."""

from __future__ import annotations

import torch

from dlviz.tensors.info import dtype_name


def literal_source(value) -> str:
    """Return Python source for a parsed literal (a nested list or a number)."""
    return repr(value)


def shape_source(shape: tuple[int, ...]) -> str:
    """Return the arguments that spell a shape: '2, 3' for (2, 3)."""
    return ", ".join(str(size) for size in shape)


def dtype_source(dtype: torch.dtype) -> str:
    """Return 'torch.float32' for torch.float32."""
    return f"torch.{dtype_name(dtype)}"


def program(*lines: str, numpy: bool = False) -> str:
    """Return a runnable program: the imports and then the lines."""
    header = ["import numpy as np", "import torch"] if numpy else ["import torch"]
    return "\n".join([*header, "", *lines]) + "\n"
