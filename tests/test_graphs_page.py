"""AppTest drives every section of the Dynamic vs static graphs page and checks what it shows."""

import re
import types

import pytest
import torch
from streamlit.testing.v1 import AppTest

from dlviz.graphs import jit_support
from dlviz.graphs.eager import run_dynamic_model
from dlviz.graphs.loops import run_eager_loop
from dlviz.graphs.timing import load_timing_runs
from dlviz.i18n import t
from tests.conftest import APP_TIMEOUT, OTHER_LANGUAGES, ROOT, open_page, url_params

PAGE = "pages/graphs_lab.py"
EAGER, SCRIPT, TRACE, EXPORT, LOOPS, TIMING = range(6)
TAB_NAMES = ("eager", "script", "trace", "export", "loops", "timing", "compare")


@pytest.fixture(scope="module")
def page():
    at = open_page(PAGE, "en")
    assert not at.exception, [e.value for e in at.exception]
    return at


def show(at, tab: int, lang: str = "en"):
    """Open a tab (only the open tab's section runs) and return the AppTest."""
    at.session_state["graphs_tab"] = t(f"graphs.tab.{TAB_NAMES[tab]}", lang)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def dots(at, tab: int) -> list[str]:
    """Return the DOT sources drawn in a tab."""
    return [chart.proto.spec for chart in at.tabs[tab].get("graphviz_chart")]


def metrics(at, tab: int) -> dict[str, str]:
    """Return label -> value of the metrics in a tab."""
    return {m.label: m.value for m in at.tabs[tab].metric}


def texts(at, tab: int) -> str:
    """Return the markdown, captions and alert texts of a tab joined together."""
    parts = [m.value for m in at.tabs[tab].markdown] + [c.value for c in at.tabs[tab].caption]
    parts += [e.value for e in at.tabs[tab].error] + [s.value for s in at.tabs[tab].success]
    return "\n".join(parts)


def test_page_shows_seven_sections_and_the_caught_deprecation(page):
    assert [tab.label for tab in page.tabs] == [t(f"graphs.tab.{name}") for name in TAB_NAMES]
    captions = " ".join(c.value for c in page.caption)
    assert "deprecated" in captions and "FutureWarning" in captions


def test_eager_graph_and_gradient_change_with_the_threshold(page):
    show(page, EAGER)
    page.slider(key="graphs_eager_threshold").set_value(8.0).run()
    assert not page.exception
    halved = run_dynamic_model([1.0, 2.0, 3.0], 8.0)
    assert "DivBackward0" in dots(page, EAGER)[0] and "MulBackward0" not in dots(page, EAGER)[0]
    assert (
        metrics(page, EAGER)["x.grad"]
        == "[0.5, 0.5, 0.5]"
        == "[" + ", ".join(f"{g:g}" for g in halved.grad) + "]"
    )
    page.slider(key="graphs_eager_threshold").set_value(2.0).run()
    assert "MulBackward0" in dots(page, EAGER)[0]
    assert metrics(page, EAGER)["x.grad"] == "[2, 2, 2]"
    assert metrics(page, EAGER)[t("graphs.eager.branch")] == "x * 2"


def test_eager_x_slider_moves_the_sum_across_the_threshold(page):
    show(page, EAGER)
    page.slider(key="graphs_eager_threshold").set_value(5.0)
    page.slider(key="graphs_eager_x2").set_value(1.0).run()
    assert metrics(page, EAGER)["y"] == "[0.5, 1, 0.5]"
    assert "x / 2" in texts(page, EAGER)


def test_script_section_shows_prim_if_and_both_branches(page):
    show(page, SCRIPT)
    assert metrics(page, SCRIPT)[t("graphs.script.if_count")] == "1"
    code = [c.value for c in page.tabs[SCRIPT].code]
    assert any("prim::If" in c for c in code)
    assert any("w2a" in c and "w2b" in c and "else:" in c for c in code)
    assert "prim::If" in dots(page, SCRIPT)[0]
    shown = texts(page, SCRIPT)
    assert "TypeError: unsupported operand" in shown and "Expected a value of type 'Tensor" in shown


def test_script_training_table_shows_which_weights_got_gradients(page):
    show(page, SCRIPT)
    page.slider(key="graphs_script_steps").set_value(25).run()
    table = page.tabs[SCRIPT].dataframe[0].value
    assert len(table) == 25
    none = t("graphs.script.no_grad")
    branch = table[t("graphs.script.col_branch")]
    assert ((branch == "w2a") == (table["‖w2b.grad‖"] == none)).all()
    assert ((branch == "w2b") == (table["‖w2a.grad‖"] == none)).all()
    assert set(branch) == {"w2a", "w2b"}


def test_trace_section_shows_the_wrong_answer_and_the_warning(page):
    show(page, TRACE)
    page.slider(key="graphs_trace_at").set_value(3.0)
    page.slider(key="graphs_trace_call").set_value(7.0).run()
    shown = metrics(page, TRACE)
    assert shown[t("graphs.trace.if_count")] == "0"
    assert (
        shown[t("graphs.trace.eager_loss", branch="w2b")]
        != shown[t("graphs.trace.traced_loss", branch="w2a")]
    )
    assert t("graphs.trace.wrong", eager="w2b", traced="w2a") in texts(page, TRACE)
    warnings_shown = " ".join(w.value for w in page.tabs[TRACE].warning)
    assert "TracerWarning" in warnings_shown
    assert "prim::If" not in dots(page, TRACE)[0]


def test_trace_agrees_when_the_call_takes_the_traced_branch(page):
    show(page, TRACE)
    page.slider(key="graphs_trace_call").set_value(1.0).run()
    assert t("graphs.trace.agree", branch="w2a") in texts(page, TRACE)
    shown = metrics(page, TRACE)
    assert (
        shown[t("graphs.trace.eager_loss", branch="w2a")]
        == shown[t("graphs.trace.traced_loss", branch="w2a")]
    )


def test_export_section_shows_real_errors_and_torch_cond(page):
    show(page, EXPORT)
    errors = [e.value for e in page.tabs[EXPORT].error]
    assert any(e.startswith("TraceError:") for e in errors)
    assert any("data-dependent" in e for e in errors)
    assert metrics(page, EXPORT)[t("graphs.export.has_cond")] == t("graphs.yes")
    assert any("torch.ops.higher_order.cond" in c.value for c in page.tabs[EXPORT].code)
    table = page.tabs[EXPORT].dataframe[0].value
    assert list(table[t("graphs.export.col_eager")]) == list(table[t("graphs.export.col_exported")])


def test_loop_section_node_count_follows_the_data(page):
    show(page, LOOPS)
    page.slider(key="graphs_loop_k").set_value(10.0).run()
    few = int(metrics(page, LOOPS)[t("graphs.loop.nodes")])
    page.slider(key="graphs_loop_k").set_value(900.0).run()
    many = metrics(page, LOOPS)
    run = run_eager_loop(0.1, 900.0)
    assert int(many[t("graphs.loop.nodes")]) == run.node_count > few
    assert int(many[t("graphs.loop.steps")]) == run.steps
    assert many[t("graphs.loop.loop_count")] == "1"
    assert len(re.findall(r'label="\{(?:y = )?MulBackward0\|', dots(page, LOOPS)[0])) == run.steps
    assert "prim::Loop" in dots(page, LOOPS)[1]


def test_timing_section_shows_the_measured_numbers_with_their_machine(page):
    runs = load_timing_runs()
    assert runs, "the committed timing table is missing"
    show(page, TIMING)
    row = runs[0]["tables"][0]["rows"][-1]
    page.select_slider(key="graphs_timing_size_pointwise").set_value(row["size"]).run()
    assert metrics(page, TIMING)["eager"] == f"{row['eager_s'] * 1e3:.3f} ms"
    assert runs[0]["machine"]["cpu"] in texts(page, TIMING)
    page.radio(key="graphs_timing_workload").set_value("seed_model").run()
    seed_row = runs[0]["tables"][1]["rows"][0]
    page.select_slider(key="graphs_timing_size_seed_model").set_value(seed_row["size"]).run()
    assert metrics(page, TIMING)["torch.jit.script"] == f"{seed_row['script_s'] * 1e3:.3f} ms"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_page_in_another_language_is_translated(page, lang):
    at = show(open_page(PAGE, lang), LOOPS, lang)
    assert at.tabs[LOOPS].label == t("graphs.tab.loops", lang)
    assert t("graphs.loop.steps", lang) in metrics(at, LOOPS)


def test_without_torch_jit_the_torchscript_sections_show_a_note(monkeypatch):
    monkeypatch.setattr(jit_support, "torch", types.SimpleNamespace(__version__=torch.__version__))
    at = open_page(PAGE, "en")
    assert not at.exception, [e.value for e in at.exception]
    note = t("graphs.jit_missing", version=torch.__version__)
    assert note in [i.value for i in at.info]
    assert "MulBackward0" in dots(at, EAGER)[0]
    for tab in (SCRIPT, TRACE, LOOPS):
        assert note in [i.value for i in show(at, tab).tabs[tab].info]
    assert int(metrics(at, LOOPS)[t("graphs.loop.nodes")]) >= 1


def test_the_open_tab_round_trips_through_the_url():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    at.query_params["lang"] = "en"
    at.query_params["graphs_tab"] = "loops"
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert [len(tab.metric) > 0 for tab in at.tabs] == [False, False, False, False, True, False, False]
    assert url_params(at)["graphs_tab"] == "loops"  # a name, not a label: a link works in every language


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_the_open_tab_stays_open_when_the_language_changes(lang):
    at = open_page(PAGE, "en")
    show(at, LOOPS)
    at.session_state["shared_lang"] = lang
    at.run()
    assert [len(tab.metric) > 0 for tab in at.tabs] == [False, False, False, False, True, False, False]
    assert at.tabs[LOOPS].label == t("graphs.tab.loops", lang) and url_params(at)["graphs_tab"] == "loops"


def test_timing_section_says_when_this_server_cannot_compile(monkeypatch):
    from dlviz.graphs import timing

    monkeypatch.setattr(timing.shutil, "which", lambda name: None)
    monkeypatch.delenv("CXX", raising=False)
    at = show(open_page(PAGE, "en"), TIMING)
    assert t("graphs.timing.server_no_compiler") in texts(at, TIMING)
