"""Saving a whole model vs a state_dict: sizes, contents, reloads and refusals, against torch itself."""

import io
import sys

import pytest
import torch

from dlviz.blocks.saving import MODULE_NAME, TinyNet, describe, run_saving, saving_code
from dlviz.i18n import t
from dlviz.ui.sidebar import DEFAULT_SEED
from tests.conftest import LANGUAGES
from tests.lessons_support import run_script
from tests.test_blocks_support import open_section, texts


def reference(hidden: int, seed: int):
    """Return torch's own model, input and state_dict bytes for the same seed."""
    torch.manual_seed(seed)
    model = TinyNet(hidden)
    x = torch.randn(3, 4)
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    return model, x, buffer.getvalue()


@pytest.mark.parametrize(("hidden", "seed"), [(8, 0), (33, 7)])
def test_state_dict_file_and_outputs_match_torch(hidden, seed):
    run = run_saving(hidden, seed)
    model, x, state_bytes = reference(hidden, seed)
    assert run.state.size == len(state_bytes)
    assert run.state_keys == [(k, tuple(v.shape), "float32") for k, v in model.state_dict().items()]
    with torch.no_grad():
        expected = model(x)
    assert torch.equal(run.output, expected)
    assert torch.equal(run.whole_output, expected) and torch.equal(run.state_output, expected)


def test_whole_file_names_the_class_and_the_state_file_only_torch_rebuilders():
    run = run_saving(8, 0)
    assert run.whole.globals[0] == f"{MODULE_NAME}.TinyNet"
    assert "torch.nn.modules.linear.Linear" in run.whole.globals
    assert run.whole_type == f"{MODULE_NAME}.TinyNet"
    assert run.state.globals == [
        "collections.OrderedDict",
        "torch._utils._rebuild_tensor_v2",
        "torch.FloatStorage",
    ]
    assert run.whole.size > run.state.size
    names = [name for name, _ in run.state.entries]
    assert "archive/data.pkl" in names and "archive/data/0" in names


def test_weights_only_refusal_and_renamed_class_are_torchs_own_errors():
    run = run_saving(8, 0)
    assert run.weights_only_error.startswith("UnpicklingError: Weights only load failed.")
    assert f"GLOBAL {MODULE_NAME}.TinyNet was not an allowed global" in run.weights_only_error
    assert "\x1b[" not in run.weights_only_error
    assert run.renamed_error == f"AttributeError: Can't get attribute 'TinyNet' on <module '{MODULE_NAME}'>"
    assert MODULE_NAME not in sys.modules


def test_describe_reads_a_file_torch_wrote():
    buffer = io.BytesIO()
    torch.save({"w": torch.zeros(2, 3)}, buffer)
    described = describe(buffer.getvalue())
    assert described.size == len(buffer.getvalue())
    assert ("archive/data/0", 24) in described.entries


def test_building_leaves_the_global_generator_untouched():
    before = torch.default_generator.get_state()
    run_saving(16, 3)
    assert torch.equal(before, torch.default_generator.get_state())


def test_code_panel_run_as_a_script_reproduces_the_sizes_and_errors(tmp_path):
    run = run_saving(12, 5)
    lines = run_script(saving_code(12, 5), tmp_path).splitlines()
    assert lines[0] == f"whole model: {run.whole.size} bytes; state_dict: {run.state.size} bytes"
    assert lines[1] == "True True"
    assert lines[2].startswith("UnpicklingError Weights only load failed.")
    assert lines[-1].startswith("AttributeError Can't get attribute 'TinyNet' on <module '__main__'")


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_page_shows_both_files_for_the_chosen_width(lang):
    at = open_section("saving", lang)
    at.slider(key="blocks_save_hidden").set_value(40).run()
    assert not at.exception
    run = run_saving(40, DEFAULT_SEED)
    shown = [m.value for m in at.metric if m.label == t("lessons.save.size", lang)]
    assert shown == [f"{run.whole.size:,} B", f"{run.state.size:,} B"]
    codes = [c.value for c in at.code]
    assert run.weights_only_error in codes and run.renamed_error in codes
    assert "\n".join(run.whole.globals) in codes
    keys = at.dataframe[1].value
    assert list(keys.iloc[:, 0]) == ["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"]
    assert list(keys.iloc[:, 1]) == ["(40, 4)", "(40,)", "(2, 40)", "(2,)"]
    assert t("lessons.save.same.True", lang) in texts(at.markdown)
    assert saving_code(40, DEFAULT_SEED).strip() in codes
