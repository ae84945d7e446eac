"""Memory and time budgets of one visitor action: bytes counted by a dry run on the meta device, and a deadline."""

from __future__ import annotations

import functools
import time

import torch
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils._pytree import tree_leaves, tree_map_only

from dlviz import limits
from dlviz.errors import UserFacingError


class AllocationCounter(TorchDispatchMode):
    """Adds up the bytes of every new tensor an operation returns; views and in-place results reuse memory.

    The sum over a whole computation is never below its peak memory: every tensor alive at the peak was
    allocated by some operation.
    """

    def __init__(self):
        super().__init__()
        self.bytes = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        result = func(*args, **(kwargs or {}))
        if not any(returned.alias_info is not None for returned in func._schema.returns):
            self.bytes += sum(
                output.untyped_storage().nbytes()
                for output in tree_leaves(result)
                if isinstance(output, torch.Tensor)
            )
        return result


def on_meta(value):
    """Return value with every tensor replaced by an uninitialised one on the meta device (same shape, dtype, grad)."""

    def meta(tensor: torch.Tensor) -> torch.Tensor:
        copy = torch.empty_strided(tensor.shape, tensor.stride(), dtype=tensor.dtype, device="meta")
        return copy.requires_grad_(tensor.requires_grad)

    return tree_map_only(torch.Tensor, meta, value)


def allocated_bytes(function, *args, **kwargs) -> int:
    """Return the bytes function(*args, **kwargs) allocates (run it on meta tensors to allocate nothing)."""
    counter = AllocationCounter()
    with counter:
        function(*args, **kwargs)
    return counter.bytes


def dry_run(function, *args, **kwargs) -> tuple[object, int]:
    """Return what function returns on meta copies of its tensor arguments (shapes, no values) and the bytes it allocates."""
    counter = AllocationCounter()
    with counter:
        result = function(*on_meta(args), **on_meta(kwargs))
    return result, counter.bytes


def dry_run_bytes(function, *args, **kwargs) -> int:
    """Return the bytes function allocates, run on meta copies of its tensor arguments (allocating nothing)."""
    return dry_run(function, *args, **kwargs)[1]


def check_dry_run(hint_key: str, function, *args, **kwargs) -> int:
    """Dry-run function on meta copies of its arguments; raise BudgetExceeded above MAX_ACTION_BYTES, else return the bytes."""
    needed = dry_run_bytes(function, *args, **kwargs)
    limits.check_action_bytes(needed, hint_key)
    return needed


def is_dry_run(*values) -> bool:
    """Return whether any tensor among values (nested in lists, tuples or dicts) is on the meta device."""
    return any(isinstance(leaf, torch.Tensor) and leaf.is_meta for leaf in tree_leaves(values))


def within_budget(hint_key: str):
    """Decorate an action so that it first dry-runs on meta copies of its tensor arguments and is refused above
    MAX_ACTION_BYTES (the hint says what to change); a call that already is a dry run is not checked again."""

    def decorate(function):
        @functools.wraps(function)
        def checked(*args, **kwargs):
            if not is_dry_run(args, kwargs):
                check_dry_run(hint_key, function, *args, **kwargs)
            return function(*args, **kwargs)

        return checked

    return decorate


class Deadline:
    """A point in time after which a computation stops with a translated message naming the time budget."""

    def __init__(self, seconds: float | None = None, hint_key: str = "limits.hint.expression"):
        self.seconds = limits.MAX_EVALUATION_SECONDS.value if seconds is None else seconds
        self.hint_key = hint_key
        self.end = time.perf_counter() + self.seconds

    def check(self) -> None:
        """Raise UserFacingError when the time is up."""
        if time.perf_counter() > self.end:
            raise UserFacingError("limits.time_budget", seconds=f"{self.seconds:g}", hint_key=self.hint_key)
