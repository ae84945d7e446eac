"""Saving a whole model vs its state_dict: sizes, contents, reloads and why the whole-model file is fragile."""

from __future__ import annotations

import io
import pickletools
import re
import sys
import threading
import types
import zipfile
from dataclasses import dataclass

import torch
from torch import nn

from dlviz.rng import seeded

MODULE_NAME = "my_models"  # the module the class seems to live in, as in a learner's own my_models.py
RENAMED = "TinyNetV2"
INPUTS, OUTPUTS, BATCH = 4, 2, 3
_MODULE_LOCK = threading.Lock()  # the throwaway module is put in sys.modules for one save-and-load at a time
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class TinyNet(nn.Module):
    """The section's small model: Linear -> ReLU -> Linear."""

    def __init__(self, hidden: int = 8):
        super().__init__()
        self.fc1 = nn.Linear(INPUTS, hidden)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(hidden, OUTPUTS)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Return the logits of a batch."""
        return self.fc2(self.relu(self.fc1(x)))


@dataclass(frozen=True)
class SavedFile:
    """One saved file: its size, the zip entries inside it and the globals its pickle names."""

    size: int
    entries: list[tuple[str, int]]
    globals: list[str]


@dataclass(frozen=True)
class SavingRun:
    """Both files of one model, what loading them gives, and the errors the fragile way meets."""

    whole: SavedFile
    state: SavedFile
    state_keys: list[tuple[str, tuple[int, ...], str]]
    output: torch.Tensor
    whole_output: torch.Tensor
    state_output: torch.Tensor
    whole_type: str
    weights_only_error: str
    renamed_error: str


def describe(data: bytes) -> SavedFile:
    """Return a saved file's size, zip entries and pickled globals, read with pickletools (nothing is unpickled)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(info.filename, info.file_size) for info in archive.infolist()]
        pickle_name = next(name for name, _ in entries if name.endswith("data.pkl"))
        opcodes = pickletools.genops(archive.read(pickle_name))
        names = [str(arg).replace(" ", ".") for op, arg, _ in opcodes if op.name == "GLOBAL"]
    return SavedFile(len(data), entries, list(dict.fromkeys(names)))


def _save(obj) -> bytes:
    """Return the bytes torch.save writes for obj."""
    buffer = io.BytesIO()
    torch.save(obj, buffer)
    return buffer.getvalue()


def _error(call) -> str:
    """Return 'Type: message' of the exception call raises (without terminal colour codes)."""
    try:
        call()
    except Exception as error:  # noqa: BLE001 - the section shows torch's own error, whatever its type
        return f"{type(error).__name__}: {_ANSI.sub('', str(error)).strip()}"
    raise AssertionError("expected an error")


def run_saving(hidden: int, seed: int) -> SavingRun:
    """Build TinyNet(hidden) seeded, save it whole and as a state_dict in memory, reload both, try the fragile loads."""
    module = types.ModuleType(MODULE_NAME)
    cls = type("TinyNet", (TinyNet,), {"__module__": MODULE_NAME, "__qualname__": "TinyNet"})
    module.TinyNet = cls
    with seeded(seed):
        model = cls(hidden)
        x = torch.randn(BATCH, INPUTS)
        fresh = TinyNet(hidden)  # its random start is overwritten by load_state_dict below
    with _MODULE_LOCK:
        sys.modules[MODULE_NAME] = module
        try:
            whole_bytes, state_bytes = _save(model), _save(model.state_dict())
            # trusted: these bytes were written just above by this call, never uploaded by a visitor
            reloaded = torch.load(io.BytesIO(whole_bytes), weights_only=False)
            refused = _error(lambda: torch.load(io.BytesIO(whole_bytes), weights_only=True))
            setattr(module, RENAMED, module.__dict__.pop("TinyNet"))
            renamed = _error(lambda: torch.load(io.BytesIO(whole_bytes), weights_only=False))
        finally:
            sys.modules.pop(MODULE_NAME, None)
    state = torch.load(io.BytesIO(state_bytes), weights_only=True)
    fresh.load_state_dict(state)
    with torch.no_grad():
        output, whole_output, state_output = model(x), reloaded(x), fresh(x)
    return SavingRun(
        whole=describe(whole_bytes),
        state=describe(state_bytes),
        state_keys=[(k, tuple(v.shape), str(v.dtype).removeprefix("torch.")) for k, v in state.items()],
        output=output,
        whole_output=whole_output,
        state_output=state_output,
        whole_type=f"{type(reloaded).__module__}.{type(reloaded).__qualname__}",
        weights_only_error=refused,
        renamed_error=renamed,
    )


def saving_code(hidden: int, seed: int) -> str:
    """Return plain PyTorch code that saves and reloads the model both ways, as the section does."""
    return (
        "import io\n\nimport torch\nfrom torch import nn\n\n\n"
        "class TinyNet(nn.Module):\n"
        f"    def __init__(self, hidden={hidden}):\n"
        "        super().__init__()\n"
        f"        self.fc1 = nn.Linear({INPUTS}, hidden)\n"
        "        self.relu = nn.ReLU()\n"
        f"        self.fc2 = nn.Linear(hidden, {OUTPUTS})\n\n"
        "    def forward(self, x):\n"
        "        return self.fc2(self.relu(self.fc1(x)))\n\n\n"
        f"torch.manual_seed({seed})\n"
        f"model = TinyNet({hidden})\n"
        f"x = torch.randn({BATCH}, {INPUTS})\n\n"
        "whole, state = io.BytesIO(), io.BytesIO()  # in memory; a file name works the same way\n"
        "torch.save(model, whole)  # pickles the module object: a reference to the class TinyNet, then its tensors\n"
        "torch.save(model.state_dict(), state)  # only names -> tensors\n"
        "print('whole model:', len(whole.getvalue()), 'bytes; state_dict:', len(state.getvalue()), 'bytes')\n\n"
        "whole.seek(0)\n"
        "reloaded = torch.load(whole, weights_only=False)  # runs pickle: only for files you trust\n"
        "state.seek(0)\n"
        "fresh = TinyNet()\n"
        "fresh.load_state_dict(torch.load(state, weights_only=True))  # safe: tensors and containers only\n"
        "with torch.no_grad():\n"
        "    print(torch.equal(model(x), reloaded(x)), torch.equal(model(x), fresh(x)))\n\n"
        "whole.seek(0)\n"
        "try:\n"
        "    torch.load(whole, weights_only=True)  # refused: the file names a class, TinyNet\n"
        "except Exception as error:\n"
        "    print(type(error).__name__, error)\n\n"
        f"{RENAMED} = TinyNet  # rename the class, as a later version of the code might\n"
        "del TinyNet\n"
        "whole.seek(0)\n"
        "try:\n"
        "    torch.load(whole, weights_only=False)\n"
        "except AttributeError as error:\n"
        "    print(type(error).__name__, error)  # the file still asks for TinyNet\n"
    )
