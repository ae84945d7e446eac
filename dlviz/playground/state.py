"""A Playground run's training state as plain arrays: what a worker needs to go on exactly where it stopped.

NumPy rather than torch tensors: a worker sends a few dozen states a second, and NumPy arrays pickle
about ten times faster than tensors (torch's storages) at these tiny sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn


@dataclass(frozen=True)
class TrainState:
    """Weights, optimizer state, epoch and both random streams after `epoch` epochs.

    weights holds every parameter flat, in the model's state_dict order (float32). shuffle_rng
    shuffles the mini-batches (None: fresh from the seed); dropout_rng is the state of the device's
    generator that draws dropout masks (None: fresh from the seed, as the trainer seeds it).
    """

    epoch: int
    global_step: int
    weights: np.ndarray
    optimizer: dict | None = None
    shuffle_rng: np.ndarray | None = None
    dropout_rng: np.ndarray | None = None


def to_numpy(value):
    """Return value with every tensor in it (in dicts and lists too) copied into a NumPy array."""
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().numpy().copy()
    if isinstance(value, dict):
        return {key: to_numpy(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(to_numpy(item) for item in value)
    return value


def to_torch(value):
    """Return value with every NumPy array in it turned back into a tensor."""
    if isinstance(value, np.ndarray):
        return torch.from_numpy(value.copy())
    if isinstance(value, dict):
        return {key: to_torch(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(to_torch(item) for item in value)
    return value


def flat_weights(model: nn.Module) -> np.ndarray:
    """Return every parameter of model, flat and in state_dict order, as float32."""
    return torch.cat([tensor.detach().reshape(-1).cpu() for tensor in model.state_dict().values()]).numpy()


@torch.no_grad()
def load_weights(model: nn.Module, weights: np.ndarray) -> None:
    """Copy flat weights (as flat_weights gives them) into model's parameters."""
    flat = torch.from_numpy(np.asarray(weights, dtype=np.float32))
    offset = 0
    for tensor in model.state_dict().values():
        tensor.copy_(flat[offset : offset + tensor.numel()].reshape(tensor.shape))
        offset += tensor.numel()
    if offset != flat.numel():
        raise ValueError(f"{flat.numel()} weights for a model of {offset}")


def device_rng_state(device: torch.device) -> np.ndarray:
    """Return the state of the generator that draws random numbers (dropout masks) on device."""
    if device.type == "cuda":
        state = torch.cuda.get_rng_state(device)
    elif device.type == "mps":
        state = torch.mps.get_rng_state()
    else:
        state = torch.get_rng_state()
    return state.numpy().copy()


def set_device_rng_state(device: torch.device, state: np.ndarray) -> None:
    """Restore the generator that draws random numbers on device (only ever called inside a worker)."""
    tensor = torch.from_numpy(np.asarray(state, dtype=np.uint8).copy())
    if device.type == "cuda":
        torch.cuda.set_rng_state(tensor, device)
    elif device.type == "mps":
        torch.mps.set_rng_state(tensor)
    else:
        torch.set_rng_state(tensor)
