"""Each code panel of the graphs lab runs as plain PyTorch and reproduces what the page computed."""

import ast
import runpy
import warnings

import pytest

from dlviz.graphs.code import eager_code, export_code, loop_code, script_code, timing_code, trace_code
from dlviz.graphs.eager import run_dynamic_model
from dlviz.graphs.exporting import export_cond
from dlviz.graphs.loops import run_eager_loop
from dlviz.graphs.scripting import script_function, train_scripted_model
from dlviz.graphs.seed_functions import model
from dlviz.graphs.tracing import compare_traced, trace_model


def run_code(code: str, tmp_path) -> dict:
    """Run code as a script file and return its globals."""
    path = tmp_path / "panel.py"
    path.write_text(code)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return runpy.run_path(str(path))


@pytest.mark.parametrize(("x", "threshold"), [([1.0, 2.0, 3.0], 5.0), ([0.5, -1.0, 2.0], 4.0)])
def test_eager_code_reproduces_output_and_gradient(x, threshold, tmp_path):
    result = run_code(eager_code(x, threshold), tmp_path)
    run = run_dynamic_model(x, threshold)
    assert result["y"].tolist() == run.y
    assert result["x"].grad.tolist() == run.grad


def test_script_code_reproduces_the_losses(tmp_path):
    result = run_code(script_code(seed=3, steps=12, lr=0.02), tmp_path)
    records = train_scripted_model(script_function(model).function, 3, 12, 0.02)
    assert result["losses"] == pytest.approx([r.loss for r in records], rel=1e-5)


def test_trace_code_reproduces_eager_and_traced_losses(tmp_path):
    result = run_code(trace_code(seed=2, prev_loss_at_trace=3.0, prev_loss=7.0), tmp_path)
    comparison = compare_traced(trace_model(3.0).function, 3.0, 7.0, 2)
    assert result["eager_loss"] == pytest.approx(comparison.eager_loss, rel=1e-6)
    assert result["traced_loss"] == pytest.approx(comparison.traced_loss, rel=1e-6)
    assert result["eager_loss"] != pytest.approx(result["traced_loss"])


@pytest.mark.slow
def test_export_code_reproduces_the_exported_outputs(tmp_path, capsys):
    inputs = [[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]]
    result = run_code(export_code(5.0, inputs), tmp_path)
    exported = export_cond(5.0)
    assert result["outputs"] == [exported.run(x) for x in inputs]
    printed = capsys.readouterr().out
    assert "torch.fx: TraceError" in printed and "torch.ops.higher_order.cond" in printed


@pytest.mark.parametrize(("scale", "k"), [(0.1, 10.0), (1.0, 2.0)])
def test_loop_code_reproduces_iterations_gradient_and_prim_loop(scale, k, tmp_path):
    result = run_code(loop_code(scale, k), tmp_path)
    run = run_eager_loop(scale, k)
    assert result["steps"] == run.steps
    assert result["x"].grad.tolist() == run.grad
    assert len(result["loops"]) == 1


def test_timing_code_is_valid_python_naming_the_settings():
    code = timing_code("seed_model", 256)
    ast.parse(code)
    assert (
        "torch.jit.script(seed_model_loss)" in code and "(256, 1000)" in code and "import dlviz" not in code
    )


def test_the_panels_show_the_very_functions_the_page_runs():
    import inspect

    from dlviz.autograd.custom_function import SigmoidFunction, sigmoid_code
    from dlviz.graphs import code, seed_functions

    assert inspect.getsource(seed_functions.dynamic_model) in code.eager_code([1.0], 0.0)
    assert inspect.getsource(seed_functions.model) in code.script_code(0, 1, 0.01)
    assert inspect.getsource(seed_functions.CondDynamicModel) in code.export_code(0.0, [[1.0]])
    assert inspect.getsource(seed_functions.double_while_small) in code.loop_code(1.0, 10.0)
    assert inspect.getsource(SigmoidFunction) in sigmoid_code([1.0])
