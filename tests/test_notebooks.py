"""A code panel's script becomes a notebook: the same code, split into imports, setup and one cell per result."""

import json

import nbformat
import pytest

from dlviz.notebooks import code_cells, split_cells, to_notebook
from dlviz.ui.code_panel import default_name, file_stem
from tests.code_panels import significant_lines

SCRIPT = '''"""A run."""

import torch
from torch import nn

x = torch.ones(3)
# a comment stays with what follows it


def double(t):
    return t * 2


y = double(x)
print(y.sum().item())
for step in range(2):
    y = y + 1
    print(step, y.tolist())
z = y.mean()
'''


def test_cells_are_imports_setup_functions_and_one_per_printed_result():
    cells = split_cells(SCRIPT)
    assert cells[0] == '"""A run."""\n\nimport torch\nfrom torch import nn'
    assert cells[1] == "x = torch.ones(3)"
    assert cells[2].startswith("# a comment stays") and cells[2].endswith("return t * 2")
    assert cells[3] == "y = double(x)\nprint(y.sum().item())"
    assert cells[4].startswith("for step in range(2):") and cells[4].endswith("print(step, y.tolist())")
    assert cells[5] == "z = y.mean()"
    assert significant_lines("\n".join(cells)) == significant_lines(SCRIPT)


def test_code_that_does_not_parse_stays_one_cell():
    assert split_cells("print(1\nx = 2\n") == ["print(1\nx = 2"]


def test_notebook_is_valid_nbformat_4_with_a_title_and_the_cells():
    text = to_notebook(SCRIPT, "# title")
    notebook = nbformat.reads(text, as_version=4)
    nbformat.validate(notebook)
    assert notebook.nbformat == 4 and notebook.metadata.kernelspec.name == "python3"
    assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source == "# title"
    assert code_cells(text) == split_cells(SCRIPT)
    assert all(cell.outputs == [] for cell in notebook.cells if cell.cell_type == "code")
    assert json.loads(text)["cells"][1]["cell_type"] == "code"


@pytest.mark.parametrize(
    ("module", "stem"),
    [
        ("dlviz.ui.autograd.demos", "dlviz_autograd_demos"),
        ("dlviz.ui.blocks.layers", "dlviz_blocks_layers"),
        ("__main__", "dlviz_code"),
    ],
)
def test_default_file_names_follow_the_lab_and_section(module, stem):
    assert default_name(module) == stem


def test_file_names_keep_only_safe_characters():
    assert file_stem("Autograd chain-rule!") == "dlviz_autograd_chain_rule"
    assert file_stem("dlviz_blocks_conv2d") == "dlviz_blocks_conv2d"
    assert file_stem("../../etc") == "dlviz_etc"
