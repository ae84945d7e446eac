"""The graphs lab's eager-vs-static summary: the translated table, and the code of each style (the PyTorch ones run)."""

import pytest

from dlviz.graphs import jit_support
from dlviz.graphs.compare import ASPECTS, CODE, RUNNABLE, STYLES
from dlviz.i18n import t
from tests.conftest import LANGUAGES, open_page
from tests.lessons_support import run_script

COMPARE = 6  # the summary is the lab's seventh tab


def show_summary(lang: str):
    """Open the graphs lab on its summary tab."""
    at = open_page("pages/graphs_lab.py", lang)
    at.session_state["graphs_tab"] = t("graphs.tab.compare", lang)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("style", RUNNABLE)
def test_each_pytorch_version_runs_and_prints_what_its_comment_says(style, tmp_path):
    if style == "script" and not jit_support.torchscript_available():
        pytest.skip("this torch has no TorchScript")
    output = run_script(CODE[style], tmp_path)
    assert output.startswith("tensor([2., 4., 6.]")
    if style != "export":
        assert "tensor([2., 2., 2.])" in output.splitlines()[0]
    if style == "script":
        assert "prim::If" in output
    if style == "export":
        assert "torch.ops.higher_order.cond" in output


def test_the_tensorflow_code_is_labelled_and_never_run():
    assert "tf1" not in RUNNABLE
    assert CODE["tf1"].startswith("# TensorFlow 1.x code (shown as text, not run")
    assert "session.run" in CODE["tf1"] and "feed_dict" in CODE["tf1"]


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_summary_tab_shows_the_translated_table_and_the_chosen_code(lang):
    at = show_summary(lang)
    tab = at.tabs[COMPARE]
    assert tab.label == t("graphs.tab.compare", lang)
    table = tab.table[0].value
    assert list(table.columns) == [t(f"lessons.compare.style.{s}", lang) for s in STYLES]
    assert list(table.index) == [t(f"lessons.compare.aspect.{a}", lang) for a in ASPECTS]
    for style in STYLES:
        assert list(table[t(f"lessons.compare.style.{style}", lang)]) == [
            t(f"lessons.compare.{style}.{a}", lang) for a in ASPECTS
        ]
    assert tab.code[0].value == CODE["tf1"].strip()
    assert [w.value for w in tab.warning] == [t("lessons.compare.tf1_label", lang)]
    at.radio(key="graphs_compare_style").set_value("export").run()
    tab = at.tabs[COMPARE]
    assert tab.code[0].value == CODE["export"].strip()
    assert not tab.warning
    assert t("lessons.compare.note.export", lang) in [m.value for m in tab.markdown]
