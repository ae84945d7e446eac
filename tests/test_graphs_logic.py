"""The graphs lab's logic against torch itself: branches, gradients, compiled graphs, exports, loops."""

import math
import types

import pytest
import torch

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.graphs import jit_support, timing
from dlviz.graphs.eager import run_dynamic_model
from dlviz.graphs.exporting import (
    COND_OP,
    compare_with_eager,
    export_cond,
    export_plain_if_failure,
    fx_trace_failure,
)
from dlviz.graphs.loops import expected_steps, run_eager_loop
from dlviz.graphs.script_graph import lines_with
from dlviz.graphs.scripting import (
    script_function,
    seed_data,
    seed_loop_error,
    train_scripted_model,
    unannotated_call_error,
)
from dlviz.graphs.seed_functions import double_while_small, model, model_as_written
from dlviz.graphs.tracing import compare_traced, trace_model


@pytest.fixture(scope="module")
def scripted_model():
    return script_function(model)


@pytest.fixture(scope="module")
def traced_low():
    return trace_model(3.0)


@pytest.mark.parametrize(("x", "threshold", "doubled"), [([1, 2, 3], 5.0, True), ([1, 2, 1], 5.0, False)])
def test_eager_graph_and_gradient_follow_the_branch(x, threshold, doubled):
    run = run_dynamic_model(x, threshold)
    reference = torch.tensor(x, dtype=torch.float32, requires_grad=True)
    out = reference * 2 if doubled else reference / 2
    out.backward(torch.ones_like(out))
    assert run.doubled is doubled
    assert run.y == out.detach().tolist()
    assert run.grad == reference.grad.tolist()
    assert run.op_names == ["MulBackward0" if doubled else "DivBackward0"]
    assert ("MulBackward0" in run.dot) is doubled and ("DivBackward0" in run.dot) is not doubled


def test_eager_input_beyond_cap_gives_the_limit_message():
    with pytest.raises(limits.LimitExceeded):
        run_dynamic_model([1.0, 2.0, limits.MAX_GRAPHS_INPUT_ABS.value * 2], 5.0)


def test_scripted_graph_keeps_both_branches_in_one_prim_if(scripted_model):
    assert scripted_model.count("prim::If") == 1
    assert "w2a" in scripted_model.code and "w2b" in scripted_model.code
    assert lines_with(scripted_model.graph_text, "prim::If")
    assert "prim::If" in scripted_model.dot and "cluster_" in scripted_model.dot


def test_scripting_warning_is_caught_as_a_deprecation(scripted_model):
    assert any(jit_support.is_deprecation(w) for w in scripted_model.warnings)


def test_training_gives_gradients_only_to_the_branch_taken(scripted_model):
    records = train_scripted_model(scripted_model.function, seed=0, steps=30, lr=0.02)
    assert {r.branch for r in records} == {"w2a", "w2b"}
    for record in records:
        unused = "w2b" if record.branch == "w2a" else "w2a"
        assert record.grad_norms[record.branch] is not None and record.grad_norms["w1"] is not None
        assert record.grad_norms[unused] is None
        assert record.branch == ("w2a" if record.prev_loss < 5.0 else "w2b")


def test_training_losses_match_an_eager_replay(scripted_model):
    records = train_scripted_model(scripted_model.function, seed=1, steps=8, lr=0.02)
    data = seed_data(1)
    weights = [data[name] for name in ("w1", "w2a", "w2b")]
    prev = 5.0
    for record in records:
        loss = model(data["x"], data["y"], *weights, prev)
        loss.backward()
        assert loss.item() == pytest.approx(record.loss, rel=1e-5)
        prev = loss.item()
        with torch.no_grad():
            for w in weights:
                if w.grad is not None:
                    w -= 0.02 * w.grad
                    w.grad = None


def test_training_steps_beyond_cap_give_the_limit_message(scripted_model):
    with pytest.raises(limits.LimitExceeded):
        train_scripted_model(scripted_model.function, 0, limits.MAX_GRAPHS_TRAIN_STEPS.value + 1, 0.02)


def test_seed_bugs_fail_live_with_their_real_errors(scripted_model):
    assert seed_loop_error(scripted_model.function, 0, 1e-6).startswith("TypeError: unsupported operand")
    as_written = script_function(model_as_written).function
    assert "Expected a value of type 'Tensor" in unannotated_call_error(as_written, 0)


def test_trace_records_one_branch_and_warns(traced_low):
    assert traced_low.count("prim::If") == 0
    assert "w2a" in traced_low.code and "w2b" not in traced_low.code.split("->")[1]
    assert any(w.category == "TracerWarning" for w in traced_low.warnings)


def test_trace_gives_the_wrong_answer_on_the_other_branch(traced_low):
    comparison = compare_traced(traced_low.function, 3.0, 7.0, seed=0)
    data = {k: v.detach() for k, v in seed_data(0).items()}
    args = (data["x"], data["y"], data["w1"], data["w2a"], data["w2b"])
    assert comparison.eager_loss == pytest.approx(model(*args, 7.0).item())
    assert comparison.traced_loss == pytest.approx(model(*args, 3.0).item())
    assert comparison.traced_loss != pytest.approx(comparison.eager_loss)
    assert not comparison.agree


def test_trace_agrees_on_the_traced_branch(traced_low):
    comparison = compare_traced(traced_low.function, 3.0, 1.0, seed=2)
    assert comparison.agree and comparison.traced_loss == pytest.approx(comparison.eager_loss)


def test_fx_symbolic_trace_fails_on_the_data_dependent_if():
    failure = fx_trace_failure(5.0)
    assert failure.error_type == "TraceError"
    assert "control flow" in failure.headline


@pytest.mark.slow
def test_export_fails_on_plain_if_and_exports_torch_cond():
    failure = export_plain_if_failure(5.0)
    assert failure is not None and "data-dependent" in failure.full_text
    exported = export_cond(5.0)
    assert exported.has_cond and COND_OP in exported.graph_code
    assert "true_graph_0" in exported.program_text and "false_graph_0" in exported.program_text
    for _, eager, out in compare_with_eager(exported, [[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]], 5.0):
        assert out == pytest.approx(eager)
    assert exported.run([1.0, 2.0, 3.0]) == [2.0, 4.0, 6.0]


@pytest.mark.parametrize(("scale", "k"), [(1.0, 2.0), (0.1, 10.0), (0.01, 1000.0)])
def test_eager_loop_graph_grows_with_the_iterations(scale, k):
    run = run_eager_loop(scale, k)
    steps = expected_steps(3 * scale, k)
    assert run.steps == steps
    assert run.node_count == (steps + 2 if steps else 1)
    assert run.grad == [2.0**steps] * 3
    assert run.y == pytest.approx(double_while_small(torch.tensor([1.0, 2.0, 2.0]) * scale, k).tolist())


def test_scripted_loop_is_one_prim_loop_whatever_the_data():
    scripted = script_function(double_while_small)
    assert scripted.count("prim::Loop") == 1
    small = scripted.function(torch.tensor([0.01, 0.02, 0.02]), 1000.0)
    assert small.tolist() == pytest.approx(
        double_while_small(torch.tensor([0.01, 0.02, 0.02]), 1000.0).tolist()
    )
    assert "prim::Loop" in scripted.dot


def test_loop_on_zero_input_gives_the_message():
    with pytest.raises(UserFacingError) as caught:
        expected_steps(0.0, 5.0)
    assert caught.value.key == "graphs.err.zero_norm"


def test_loop_iterations_beyond_cap_give_the_limit_message():
    steps = expected_steps(3 * 1e-18, 1000.0)
    assert steps > limits.MAX_LOOP_ITERATIONS.value
    with pytest.raises(limits.LimitExceeded):
        run_eager_loop(1e-18, 1000.0)


def test_missing_torch_jit_is_detected(monkeypatch):
    monkeypatch.setattr(jit_support, "torch", types.SimpleNamespace())
    assert not jit_support.torchscript_available()


def test_caught_warnings_are_deduplicated():
    import warnings

    def warn_twice():
        warnings.warn("once", FutureWarning, stacklevel=1)
        warnings.warn("once", FutureWarning, stacklevel=1)
        return 3

    result, caught = jit_support.call_catching_warnings(warn_twice)
    assert result == 3 and caught == [jit_support.CaughtWarning("FutureWarning", "once")]
    assert math.isfinite(result)


def _run(device_name: str, eager: float, compiled: float | None) -> dict:
    """Return a minimal timing run with one row."""
    row = {
        "size": 10,
        "eager_s": eager,
        "script_s": eager,
        "compile_s": compiled,
        "compile_first_call_s": 2.0,
    }
    machine = {
        "cpu": "test cpu",
        "cpu_count": 2,
        "torch_threads": 1,
        "torch": "x",
        "device_name": device_name,
        "date": "today",
        "device": device_name,
        "python": "3",
    }
    return {
        "machine": machine,
        "repeats": 3,
        "tables": [{"workload": "pointwise", "rows": [row], "errors": {}}],
    }


def test_timing_runs_are_a_list_a_new_machine_is_appended_and_the_same_one_replaced(tmp_path):
    path = tmp_path / "timings.json"
    assert timing.load_timing_runs(path) == []
    timing.save_timing_run(_run("cpu", 1.0, 0.5), path)
    timing.save_timing_run(_run("cuda:0 · GPU", 1.0, 0.1), path)
    runs = timing.save_timing_run(_run("cpu", 2.0, 0.5), path)
    assert [r["machine"]["device_name"] for r in runs] == ["cuda:0 · GPU", "cpu"]
    assert timing.load_timing_runs(path)[1]["tables"][0]["rows"][0]["eager_s"] == 2.0
    assert len(timing.save_timing_run(_run("cpu", 1.0, 0.5), path, fresh=True)) == 1


def test_speedup_and_break_even_follow_the_measured_times():
    row = _run("cpu", 1.0, 0.5)["tables"][0]["rows"][0]
    assert timing.speedup(row, "compile") == pytest.approx(2.0)
    assert timing.break_even_calls(row) == pytest.approx((2.0 - 0.5) / (1.0 - 0.5))
    slower = _run("cpu", 1.0, 1.5)["tables"][0]["rows"][0]
    assert timing.break_even_calls(slower) is None


def test_committed_timing_table_names_its_machine_and_measures_every_mode():
    runs = timing.load_timing_runs()
    assert runs
    for run in runs:
        assert run["machine"]["cpu"] and run["machine"]["torch"] and run["machine"]["device"]
        for table in run["tables"]:
            for row in table["rows"]:
                assert row["eager_s"] > 0
                assert row["script_s"] > 0
                assert row["compile_s"] is None or row["compile_s"] > 0


def test_interleaved_medians_time_every_call():
    calls = {"a": lambda: torch.ones(10).sum(), "b": lambda: torch.ones(10).mean()}
    medians = timing.interleaved_medians(calls, "cpu", repeats=3, warmup=1)
    assert set(medians) == {"a", "b"} and all(m > 0 for m in medians.values())


def test_missing_cpp_compiler_is_detected(monkeypatch):
    monkeypatch.setattr(timing.shutil, "which", lambda name: None)
    monkeypatch.delenv("CXX", raising=False)
    assert timing.cpp_compiler() is None
    monkeypatch.setattr(timing.shutil, "which", lambda name: f"/usr/bin/{name}" if name == "g++" else None)
    assert timing.cpp_compiler() == "/usr/bin/g++"
