"""Checkpoints: weights round-trip; pickled code, wrong architectures, garbage and huge files are refused."""

import io
import os
import pickle
import zipfile

import pytest
import torch
from torch import nn

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.i18n import LANGUAGES, t
from dlviz.models.seed_models import SimpleNN
from dlviz.training.checkpoint import cpu_state_dict, load_checkpoint, state_dict_bytes


class WritesAFile:
    """A pickle payload that, if unpickled by a plain pickle.load, would create a file."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (os.system, (f"touch {self.path}",))


def test_state_dict_round_trips_into_a_fresh_model():
    torch.manual_seed(0)
    trained, fresh = SimpleNN(4, 8, 3), SimpleNN(4, 8, 3)
    load_checkpoint(state_dict_bytes(cpu_state_dict(trained)), fresh)
    x = torch.randn(5, 4)
    assert torch.equal(trained(x), fresh(x))


def test_malicious_pickle_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    buffer = io.BytesIO()
    torch.save({"layer1.weight": WritesAFile(marker)}, buffer)
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(buffer.getvalue(), SimpleNN(4, 8, 3))
    assert error.value.key == "training.err.not_weights"
    assert not marker.exists()


def test_raw_pickle_file_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned_raw"
    payload = pickle.dumps(WritesAFile(marker))
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(payload, SimpleNN(4, 8, 3))
    assert error.value.key in {"training.err.not_weights", "training.err.not_checkpoint"}
    assert not marker.exists()


def test_wrong_architecture_names_the_missing_and_unexpected_keys():
    other = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(state_dict_bytes(other.state_dict()), SimpleNN(4, 8, 3))
    assert error.value.key == "training.err.keys_mismatch"
    assert "layer1.weight" in error.value.params["missing"]
    assert "0.weight" in error.value.params["unexpected"]


def test_wrong_shape_names_the_tensor_and_both_shapes():
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(state_dict_bytes(SimpleNN(4, 16, 3).state_dict()), SimpleNN(4, 8, 3))
    assert error.value.key == "training.err.shape_mismatch"
    assert error.value.params == {"name": "layer1.weight", "got": "16×4", "expected": "8×4"}


def test_a_saved_tensor_or_garbage_is_not_a_state_dict():
    buffer = io.BytesIO()
    torch.save([torch.zeros(2)], buffer)
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(buffer.getvalue(), SimpleNN(4, 8, 3))
    assert error.value.key == "training.err.not_state_dict"
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(b"this is not a checkpoint", SimpleNN(4, 8, 3))
    assert error.value.key in {"training.err.not_checkpoint", "training.err.not_weights"}


def test_files_over_the_size_cap_are_refused_before_reading():
    with pytest.raises(limits.LimitExceeded):
        load_checkpoint(b"0" * (int(limits.MAX_CHECKPOINT_BYTES.value) + 1), SimpleNN(4, 8, 3))


def test_a_whole_pickled_model_is_refused_with_advice_and_no_terminal_escapes():
    buffer = io.BytesIO()
    torch.save(SimpleNN(4, 8, 3), buffer)
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(buffer.getvalue(), SimpleNN(4, 8, 3))
    assert error.value.key == "training.err.whole_model"
    assert error.value.params["name"].endswith("SimpleNN")
    for lang in LANGUAGES:
        text = t(error.value.key, lang, **error.value.params)
        assert "torch.save(model.state_dict()" in text and "weights_only=False" in text
        assert "\x1b" not in text


def compressed_bomb(unpacked: int) -> bytes:
    """Return a real checkpoint rewritten with deflated entries, plus one entry of `unpacked` zero bytes."""
    original = zipfile.ZipFile(io.BytesIO(state_dict_bytes(SimpleNN(4, 8, 3).state_dict())))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for entry in original.infolist():
            bomb.writestr(entry.filename, original.read(entry))
        chunk = bytes(1024 * 1024)
        with bomb.open("archive/data/99", "w", force_zip64=True) as large:
            for _ in range(unpacked // len(chunk)):
                large.write(chunk)
    return buffer.getvalue()


def test_a_small_upload_that_unpacks_to_a_gigabyte_is_refused_before_loading():
    payload = compressed_bomb(1024 * 1024 * 1024)
    assert len(payload) < 1.1 * 1024 * 1024
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(payload, SimpleNN(4, 8, 3))
    assert error.value.key == "training.err.unpacks_too_large"
    assert error.value.params["size"] == "1 GiB"
    assert error.value.params["name"] == "archive/data/99"


def test_a_compressed_checkpoint_within_the_cap_still_loads():
    torch.manual_seed(0)
    model = SimpleNN(4, 8, 3)
    original = zipfile.ZipFile(io.BytesIO(state_dict_bytes(model.state_dict())))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as packed:
        for entry in original.infolist():
            packed.writestr(entry.filename, original.read(entry))
    fresh = SimpleNN(4, 8, 3)
    load_checkpoint(buffer.getvalue(), fresh)
    assert all(
        torch.equal(a, b)
        for a, b in zip(model.state_dict().values(), fresh.state_dict().values(), strict=True)
    )
