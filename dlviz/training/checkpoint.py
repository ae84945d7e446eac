"""Save a state_dict to bytes and load an uploaded one safely: weights only, size-capped, keys and shapes checked."""

from __future__ import annotations

import io
import pickle
import re
import zipfile
from collections import OrderedDict

import torch
from torch import nn

from dlviz import limits
from dlviz.errors import UserFacingError, clean_message

UNSUPPORTED_GLOBAL = re.compile(r"Unsupported global: GLOBAL ([\w.]+)")


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
    check_unpacked_size(payload)
    try:
        loaded = torch.load(io.BytesIO(payload), map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as error:
        raise _refused_pickle(error) from error
    except Exception as error:  # any other failure of the weights-only reader means "not a checkpoint"
        raise UserFacingError("training.err.not_checkpoint", reason=clean_message(error, 200)) from error
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


def check_unpacked_size(payload: bytes) -> None:
    """Refuse a zip checkpoint whose entries (each, or all together) unpack above MAX_CHECKPOINT_UNPACKED_BYTES.

    Read from the zip's directory before torch.load allocates anything; a file that is not a zip (torch's
    legacy format, or garbage) is left to torch.load, which reads no more than the upload's own size.
    """
    try:
        entries = zipfile.ZipFile(io.BytesIO(payload)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return
    cap = limits.MAX_CHECKPOINT_UNPACKED_BYTES.value
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > cap or total > cap:
            raise UserFacingError(
                "training.err.unpacks_too_large",
                name=entry.filename[:80],
                size=limits.format_bytes(max(entry.file_size, total)),
                upload=limits.format_bytes(len(payload)),
                cap=limits.format_bytes(cap),
            )


def _refused_pickle(error: pickle.UnpicklingError) -> UserFacingError:
    """Return the message for a file the weights-only reader refused: a whole pickled model, or other objects."""
    text = clean_message(error, 2_000)
    found = UNSUPPORTED_GLOBAL.search(text)
    name = found.group(1) if found else ""
    if name.rsplit(".", 1)[-1][:1].isupper():
        return UserFacingError("training.err.whole_model", name=name)
    reason = text[text.find("Unsupported global") :] if found else text
    return UserFacingError("training.err.not_weights", reason=clean_message(reason, 200))
