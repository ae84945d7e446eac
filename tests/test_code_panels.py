"""Every code panel, on every page, section and tab: plain PyTorch that runs alone, offered as copy, .py and
.ipynb, and printing the numbers the page shows (the panels are collected by walking the pages, so new ones count)."""

from __future__ import annotations

import ast
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

from dlviz.i18n import t
from dlviz.labs import LABS
from dlviz.notebooks import code_cells, to_notebook
from tests.code_panels import needs_mnist, panels_of, run_alone, run_notebook, significant_lines
from tests.conftest import OTHER_LANGUAGES, ROOT, has_mnist, open_page

PAGES = {lab.slug: lab.file for lab in LABS}
IMPORTS_DLVIZ = re.compile(r"^\s*(from|import)\s+dlviz\b", re.MULTILINE)
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d*)?(?:e[-+]?\d+)?")


def numbers(text: str) -> list[float]:
    """Return the numbers written in a text, in order (digits inside names such as MulBackward0 excluded)."""
    return [float(found) for found in NUMBER.findall(text.replace(",", ""))]


@pytest.mark.parametrize("lab", PAGES)
def test_no_code_panel_imports_dlviz(lab):
    panels = panels_of(PAGES[lab])
    assert panels, f"{lab}: no code panel found"
    for panel in panels:
        assert not IMPORTS_DLVIZ.search(panel.code), panel.where
        ast.parse(panel.code)


def test_no_code_generator_writes_a_dlviz_import():
    for path in (ROOT / "dlviz").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not IMPORTS_DLVIZ.search(node.value), f"{path}:{node.lineno}"


@pytest.mark.parametrize("lab", PAGES)
def test_every_panel_offers_copy_and_both_downloads_and_its_notebook_holds_the_same_code(lab):
    at = open_page(PAGES[lab])
    label = t("common.show_code", "en")
    expanders = [expander for expander in at.expander if expander.label == label]
    assert expanders
    for expander in expanders:
        assert len(expander.code) == 1  # st.code draws its own copy button
        downloads = [element.proto for element in expander.get("download_button")]
        assert [d.label for d in downloads] == [
            t("code_panel.download_py", "en"),
            t("code_panel.download_ipynb", "en"),
        ]
    for panel in panels_of(PAGES[lab]):
        cells = code_cells(to_notebook(panel.code, "# title"))
        assert significant_lines("\n".join(cells)) == significant_lines(panel.code), panel.where


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_download_labels_are_translated(lang):
    at = open_page(PAGES["autograd"], lang)
    labels = [element.proto.label for element in at.get("download_button")]
    assert labels[:2] == [t("code_panel.download_py", lang), t("code_panel.download_ipynb", lang)]
    assert t("code_panel.download_py", lang) != t("code_panel.download_py", "en")


def _run_each(panels) -> list:
    """Run each panel alone in its own temporary folder, two at a time; return (panel, result) pairs."""

    def run(panel):
        with tempfile.TemporaryDirectory() as folder:
            return panel, run_alone(panel.code, Path(folder))

    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(run, panels))


@pytest.mark.slow
@pytest.mark.parametrize("lab", PAGES)
def test_every_panel_runs_alone_in_a_clean_folder(lab):
    panels = [panel for panel in panels_of(PAGES[lab]) if has_mnist() or not needs_mnist(panel.code)]
    if not panels:
        pytest.skip("every panel of this lab reads the real MNIST files, which are not here")
    failed = [
        (panel.where, result.returncode, result.stderr[-1500:])
        for panel, result in _run_each(panels)
        if result.returncode != 0 or not result.stdout.strip()  # a panel prints what it reproduces
    ]
    assert not failed, failed


def _panel(at, lang: str = "en") -> str:
    """Return the code of the first panel in the AppTest's current run."""
    label = t("common.show_code", lang)
    return next(code.value for expander in at.expander if expander.label == label for code in expander.code)


def _metrics(at) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def _tensors():
    at = open_page(PAGES["tensors"])
    at.radio(key="tensors_section").set_value("attributes").run()
    caption = next(c.value for c in at.caption if c.value.startswith("shape ("))
    dtype = re.search(r"dtype (\w+)", caption).group(1)
    stride = re.search(r"stride (\([^)]*\))", caption).group(1)
    size = re.search(r"(\d+) B per element", caption).group(1)

    def check(out: str) -> None:
        first = out.splitlines()[0]
        assert f"torch.{dtype}" in first and stride in first and f" {size} " in first

    return _panel(at), check


def _autograd():
    at = open_page(PAGES["autograd"])
    markdown = [m.value for m in at.markdown]
    output = numbers(next(m for m in markdown if m.startswith("**Output**")).split("(shape")[0])
    grad = numbers(next(m for m in markdown if m.startswith("**`x.grad`**")).split("—")[0])

    def check(out: str) -> None:
        lines = out.splitlines()
        assert numbers(lines[0]) == output and numbers(lines[1]) == grad

    return _panel(at), check


def _graphs():
    at = open_page(PAGES["graphs"])
    shown = _metrics(at)

    def check(out: str) -> None:
        lines = dict(line.split(" = ", 1) for line in out.splitlines() if " = " in line)
        assert numbers(lines["y"]) == numbers(shown["y"]) and numbers(lines["x.grad"]) == numbers(
            shown["x.grad"]
        )
        assert f"branch: {shown['Branch taken']}" in out

    return _panel(at), check


def _blocks():
    at = open_page(PAGES["blocks"])
    total = _metrics(at)[t("blocks.anat.total", "en")].replace(",", "")

    def check(out: str) -> None:
        assert f"trainable numbers: {total}\n" in out

    return _panel(at), check


def _data():
    at = open_page(PAGES["data"])
    length = _metrics(at)["len(dataset)"]

    def check(out: str) -> None:
        assert out.split()[0] == length

    return _panel(at), check


def _optimizers():
    at = open_page(PAGES["optimizers"])
    table: pd.DataFrame = at.dataframe[0].value
    col = {key: t(f"optimizers.col.{key}", "en") for key in ("optimizer", "final_loss", "final_x", "final_y")}

    def check(out: str) -> None:
        printed = {line.split()[0]: line for line in out.splitlines() if " loss " in line}
        assert set(printed) == set(table[col["optimizer"]])
        for _, row in table.iterrows():
            loss, x, y = numbers(printed[row[col["optimizer"]]].split(" loss ", 1)[1])
            assert loss == pytest.approx(row[col["final_loss"]], rel=1e-5, abs=1e-300)
            assert (x, y) == pytest.approx((row[col["final_x"]], row[col["final_y"]]), rel=1e-6, abs=1e-12)

    return _panel(at), check


def _training():
    at = open_page(PAGES["training"])
    shown = _metrics(at)

    def check(out: str) -> None:
        last = [line for line in out.splitlines() if line.startswith("epoch ")][-1]
        train, val, accuracy = numbers(last.split(":", 1)[1])
        assert f"{train:.4f}" == shown[t("training.metric.train_loss", "en")]
        assert f"{val:.4f}" == shown[t("training.metric.val_loss", "en")]
        assert f"{accuracy:.2%}" == shown[t("training.metric.accuracy", "en")]

    return _panel(at), check


def _playground():
    from tests.test_playground_page import losses, press

    at = open_page(PAGES["playground"])
    at.selectbox(key="playground_step_size").set_value(10).run()
    press(at, "step")
    train, test, _ = losses(at)

    def check(out: str) -> None:
        assert f"epoch 10: train loss {train:.4f}, test loss {test:.4f}" in out

    return _panel(at), check


SHOWN = {
    "tensors": _tensors,
    "autograd": _autograd,
    "graphs": _graphs,
    "blocks": _blocks,
    "data": _data,
    "optimizers": _optimizers,
    "training": _training,
    "playground": _playground,
}


def test_every_lab_has_a_panel_checked_against_the_page():
    assert set(SHOWN) == set(PAGES)


@pytest.mark.slow
@pytest.mark.parametrize("lab", SHOWN)
def test_a_panel_and_its_notebook_print_the_numbers_the_page_shows(lab, tmp_path):
    code, check = SHOWN[lab]()
    assert not IMPORTS_DLVIZ.search(code)
    (tmp_path / "script").mkdir()
    (tmp_path / "notebook").mkdir()
    result = run_alone(code, tmp_path / "script")
    assert result.returncode == 0, result.stderr[-2000:]
    check(result.stdout)
    check(run_notebook(to_notebook(code, "# title"), tmp_path / "notebook"))
