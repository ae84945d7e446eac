"""What a tensor is made of: shape, dtype, device, strides, contiguity, sizes, and whether two share memory."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

DTYPES = {
    "float32": torch.float32,
    "float64": torch.float64,
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
    "int64": torch.int64,
    "int32": torch.int32,
    "int16": torch.int16,
    "int8": torch.int8,
    "uint8": torch.uint8,
    "bool": torch.bool,
}


def dtype_name(dtype: torch.dtype) -> str:
    """Return the short name of a dtype ('float32' for torch.float32)."""
    return str(dtype).removeprefix("torch.")


@dataclass(frozen=True)
class TensorInfo:
    """The attributes the lab always shows next to a tensor."""

    shape: tuple[int, ...]
    dtype: str
    device: str
    requires_grad: bool
    stride: tuple[int, ...]
    is_contiguous: bool
    element_size: int
    numel: int
    nbytes: int
    storage_nbytes: int
    storage_offset: int


def tensor_info(tensor: torch.Tensor) -> TensorInfo:
    """Return the TensorInfo of a tensor, read from torch itself."""
    return TensorInfo(
        shape=tuple(tensor.shape),
        dtype=dtype_name(tensor.dtype),
        device=str(tensor.device),
        requires_grad=tensor.requires_grad,
        stride=tuple(tensor.stride()),
        is_contiguous=tensor.is_contiguous(),
        element_size=tensor.element_size(),
        numel=tensor.numel(),
        nbytes=tensor.numel() * tensor.element_size(),
        storage_nbytes=tensor.untyped_storage().nbytes(),
        storage_offset=tensor.storage_offset(),
    )


def storage_pointer(tensor: torch.Tensor) -> int:
    """Return the address of the tensor's untyped storage."""
    return tensor.untyped_storage().data_ptr()


def shares_memory(a: torch.Tensor, b: torch.Tensor) -> bool:
    """Return whether two tensors use the same storage (same untyped_storage().data_ptr())."""
    return a.device == b.device and storage_pointer(a) == storage_pointer(b)


def shares_memory_with_array(tensor: torch.Tensor, array: np.ndarray) -> bool:
    """Return whether a CPU tensor's storage and a NumPy array's buffer overlap."""
    if tensor.device.type != "cpu":
        return False
    start = storage_pointer(tensor)
    end = start + tensor.untyped_storage().nbytes()
    base = array if array.base is None else array.base
    if not isinstance(base, np.ndarray):
        base = array
    array_start = base.__array_interface__["data"][0]
    array_end = array_start + base.nbytes
    return start < array_end and array_start < end
