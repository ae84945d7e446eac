"""Save a state_dict to bytes and load an uploaded one safely: weights only, size-capped, keys and shapes checked."""

from __future__ import annotations

import io
import pickle
from collections import OrderedDict

import torch
from torch import nn

from dlviz import limits
from dlviz.errors import UserFacingError


def state_dict_bytes(state: dict[str, torch.Tensor]) -> bytes:
    """Return a state_dict serialised with torch.save (tensors moved to the CPU)."""
    buffer = io.BytesIO()
    torch.save(OrderedDict((k, v.detach().cpu()) for k, v in state.items()), buffer)
    return buffer.getvalue()


def cpu_state_dict(model: nn.Module) -> dict[str, torch.Tensor]:
    """Return a detached CPU copy of a model's state_dict."""
    return {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}


def read_state_dict(payload: bytes) -> dict[str, torch.Tensor]:
    """Return the tensors of a checkpoint, refusing anything but plain weights (no code ever runs)."""
    limits.MAX_CHECKPOINT_BYTES.check(len(payload))
    try:
        loaded = torch.load(io.BytesIO(payload), map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as error:
        raise UserFacingError("training.err.not_weights", reason=_first_line(error)) from error
    except Exception as error:  # any other failure of the weights-only reader means "not a checkpoint"
        raise UserFacingError("training.err.not_checkpoint", reason=_first_line(error)) from error
    if isinstance(loaded, dict) and "state_dict" in loaded and isinstance(loaded["state_dict"], dict):
        loaded = loaded["state_dict"]
    if not isinstance(loaded, dict) or not all(
        isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in loaded.items()
    ):
        raise UserFacingError("training.err.not_state_dict", kind=type(loaded).__name__)
    return loaded


def check_matches(state: dict[str, torch.Tensor], model: nn.Module) -> None:
    """Raise a UserFacingError naming missing/unexpected keys or the first shape mismatch."""
    expected = model.state_dict()
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    if missing or unexpected:
        raise UserFacingError(
            "training.err.keys_mismatch",
            missing=", ".join(missing[:5]) or "—",
            unexpected=", ".join(unexpected[:5]) or "—",
        )
    for key, tensor in expected.items():
        if tuple(state[key].shape) != tuple(tensor.shape):
            raise UserFacingError(
                "training.err.shape_mismatch",
                name=key,
                got="×".join(map(str, state[key].shape)) or "scalar",
                expected="×".join(map(str, tensor.shape)) or "scalar",
            )


def load_checkpoint(payload: bytes, model: nn.Module) -> None:
    """Load uploaded checkpoint bytes into model after checking size, content, keys and shapes."""
    state = read_state_dict(payload)
    check_matches(state, model)
    model.load_state_dict(state)


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__
