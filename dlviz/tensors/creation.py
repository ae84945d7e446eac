"""Make tensors the four ways the tutorials teach: from data, from NumPy, from another tensor, from a factory."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch

from dlviz import limits
from dlviz.errors import UserFacingError, value_errors
from dlviz.tensors.codegen import dtype_source, literal_source, program, shape_source
from dlviz.tensors.info import DTYPES
from dlviz.tensors.literals import literal_array, literal_tensor

FACTORIES = ("rand", "randn", "ones", "zeros", "full", "arange", "linspace", "eye")
LIKE_FUNCTIONS = ("ones_like", "zeros_like", "rand_like", "randn_like")
RANDOM = {"rand", "randn", "rand_like", "randn_like"}
KEEP_DTYPE = "keep"
AUTO_DTYPE = "auto"


@dataclass(frozen=True)
class Created:
    """A tensor made for the user, the code that makes it, and other objects worth showing (a NumPy array)."""

    tensor: torch.Tensor
    code: str
    array: np.ndarray | None = None


def _dtype_or_none(name: str) -> torch.dtype | None:
    """Return the dtype named, or None for 'auto'/'keep' (let torch decide)."""
    return None if name in (AUTO_DTYPE, KEEP_DTYPE) else DTYPES[name]


def _dtype_argument(dtype: torch.dtype | None) -> str:
    """Return ', dtype=torch.x' or '' when torch picks the dtype."""
    return "" if dtype is None else f", dtype={dtype_source(dtype)}"


@value_errors()
def from_data(data, dtype: str = AUTO_DTYPE) -> Created:
    """Return torch.tensor(data) (the tutorial's x_data), in a chosen dtype or the one torch infers."""
    chosen = _dtype_or_none(dtype)
    tensor = literal_tensor(data, chosen)
    code = program(f"x_data = torch.tensor({literal_source(data)}{_dtype_argument(chosen)})", "print(x_data)")
    return Created(tensor, code)


@value_errors()
def from_numpy(data) -> Created:
    """Return torch.from_numpy(np.array(data)): the tensor and the array share memory."""
    array = literal_array(data)
    tensor = torch.from_numpy(array)
    code = program(
        f"np_array = np.array({literal_source(data)})",
        "x_np = torch.from_numpy(np_array)",
        "print(x_np)",
        numpy=True,
    )
    return Created(tensor, code, array)


@value_errors()
def from_other(data, function: str, dtype: str = KEEP_DTYPE, seed: int = 0) -> Created:
    """Return ones_like/zeros_like/rand_like/randn_like of torch.tensor(data), keeping or overriding the dtype."""
    if function not in LIKE_FUNCTIONS:
        raise UserFacingError("tensors.err.unknown_option", option=function)
    source = literal_tensor(data)
    chosen = _dtype_or_none(dtype)
    result_dtype = chosen or source.dtype
    if function in RANDOM and not result_dtype.is_floating_point:
        raise UserFacingError("tensors.err.random_needs_float", function=function, dtype=str(result_dtype))
    generator = torch.Generator().manual_seed(seed)
    kwargs = {} if chosen is None else {"dtype": chosen}
    if function in RANDOM:
        maker = torch.rand if function == "rand_like" else torch.randn
        tensor = maker(source.shape, generator=generator, dtype=result_dtype)
    else:
        tensor = getattr(torch, function)(source, **kwargs)
    lines = [f"x_data = torch.tensor({literal_source(data)})"]
    if function in RANDOM:
        lines.append(f"torch.manual_seed({seed})")
    lines += [f"x_new = torch.{function}(x_data{_dtype_argument(chosen)})", "print(x_new)"]
    return Created(tensor, program(*lines))


@value_errors()
def from_factory(
    name: str,
    shape: tuple[int, ...],
    seed: int = 0,
    fill: float = 7.0,
    start: float = 0.0,
    end: float = 10.0,
    step: float = 1.0,
) -> Created:
    """Return a seeded random or constant tensor: rand, randn, ones, zeros, full (shape), arange, linspace, eye."""
    if name not in FACTORIES:
        raise UserFacingError("tensors.err.unknown_option", option=name)
    limits.MAX_TENSOR_DIMS.check(len(shape))
    limits.MAX_TENSOR_ELEMENTS.check(math.prod(shape))
    args = shape_source(shape)
    lines = []
    if name in ("rand", "randn"):
        generator = torch.Generator().manual_seed(seed)
        tensor = getattr(torch, name)(shape, generator=generator)
        lines = [f"torch.manual_seed({seed})", f"x = torch.{name}({args})"]
    elif name in ("ones", "zeros"):
        tensor = getattr(torch, name)(shape)
        lines = [f"x = torch.{name}({args})"]
    elif name == "full":
        tensor = torch.full(shape, fill)
        lines = [f"x = torch.full(({args},), {fill!r})"]
    elif name == "arange":
        tensor = _arange(start, end, step)
        lines = [f"x = torch.arange({start!r}, {end!r}, {step!r})"]
    elif name == "linspace":
        tensor = torch.linspace(start, end, shape[0])
        lines = [f"x = torch.linspace({start!r}, {end!r}, {shape[0]})"]
    else:
        rows, cols = shape[0], shape[-1]
        tensor = torch.eye(rows, cols)
        lines = [f"x = torch.eye({rows}, {cols})"]
    return Created(tensor, program(*lines, "print(x)"))


def _arange(start: float, end: float, step: float) -> torch.Tensor:
    """Return torch.arange(start, end, step) after checking the step and the element count."""
    if step == 0:
        raise UserFacingError("tensors.err.zero_step")
    count = math.ceil((end - start) / step)
    if count <= 0:
        raise UserFacingError("tensors.err.empty_range", start=start, end=end, step=step)
    limits.MAX_TENSOR_ELEMENTS.check(count)
    return torch.arange(start, end, step)
