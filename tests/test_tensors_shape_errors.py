"""The shape-error explainer: faults marked where torch fails, and every proposed fix accepted by torch."""

import pytest
import torch

from dlviz.tensors.parsing import parse_shape
from dlviz.tensors.shape_errors import PRESETS, explain, torch_verdict


def run_fix(code: str, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Apply a proposed fix to real tensors (fixes are written by the lab, never by the user)."""
    table = {
        "a.mT @ b": lambda: a.mT @ b,
        "a @ b.mT": lambda: a @ b.mT,
        "b.mT @ a": lambda: b.mT @ a,
        "a.unsqueeze(2) + b": lambda: a.unsqueeze(2) + b,
        "a + b[:3]": lambda: a + b[:3],
        "torch.cat([a, b], dim=1)": lambda: torch.cat([a, b], dim=1),
    }
    return table[code]()


def test_matmul_3x4_by_3x5_marks_the_inner_dims_and_proposes_a_transpose():
    diagnosis = explain("@", (3, 4), (3, 5))
    assert not diagnosis.ok
    assert diagnosis.reason_key == "tensors.shape.matmul_inner"
    assert diagnosis.fault_a == (1,) and diagnosis.fault_b == (0,)
    assert [fix.code for fix in diagnosis.fixes][0] == "a.mT @ b"
    with pytest.raises(RuntimeError):
        torch.zeros(3, 4) @ torch.zeros(3, 5)


def test_broadcast_2x3_plus_4_marks_the_last_dim():
    diagnosis = explain("+", (2, 3), (4,))
    assert diagnosis.rows == ((2, 3), (None, 4))
    assert diagnosis.fault_a == (1,) and diagnosis.fault_b == (1,)
    assert diagnosis.reason_params == {"a": 3, "b": 4, "dim": -1}
    assert {fix.key for fix in diagnosis.fixes} >= {"tensors.fix.unsqueeze_a"}


@pytest.mark.parametrize(
    ("op", "a", "b"), [("@", (3, 4), (3, 5)), ("+", (2, 3), (4,)), ("cat", (2, 3), (2, 4))]
)
def test_every_fix_runs_on_real_tensors_with_the_shape_claimed(op, a, b):
    diagnosis = explain(op, a, b)
    assert diagnosis.fixes
    ta, tb = torch.zeros(a), torch.zeros(b)
    for fix in diagnosis.fixes:
        assert tuple(run_fix(fix.code, ta, tb).shape) == fix.shape


@pytest.mark.parametrize("name", list(PRESETS))
def test_verdict_agrees_with_torch_on_real_tensors(name):
    op, text_a, text_b = PRESETS[name]
    a, b = parse_shape(text_a), parse_shape(text_b)
    shape, message = torch_verdict(op, a, b)
    run = {"@": lambda x, y: x @ y, "+": lambda x, y: x + y, "cat": lambda x, y: torch.cat([x, y])}[op]
    try:
        expected = tuple(run(torch.zeros(a), torch.zeros(b)).shape)
    except RuntimeError:
        expected = None
    assert shape == expected
    assert (message is None) == (expected is not None)


def test_shapes_that_fit_say_so_with_the_result_shape():
    diagnosis = explain("@", (2, 2), (2,))
    assert diagnosis.ok and diagnosis.result_shape == (2,) and not diagnosis.fixes


def test_cat_mismatch_marks_the_differing_dim():
    diagnosis = explain("cat", (2, 3), (2, 4), dim=0)
    assert diagnosis.fault_a == (1,) and diagnosis.reason_params == {"dim": 0, "bad": 1}
