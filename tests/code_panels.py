"""Collect every code panel a visitor can open: each lab page, each section, each option of the section's radios."""

from __future__ import annotations

import contextlib
import functools
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from dlviz.i18n import t
from tests.conftest import open_page

RUN_TIMEOUT_S = 240


@dataclass(frozen=True)
class Panel:
    """One code panel: where it was shown (page, section, choice) and its code."""

    where: str
    code: str


def _panels_on(at, where: str, lang: str) -> list[Panel]:
    """Return the code panels drawn in the AppTest's current run."""
    label = t("common.show_code", lang)
    return [
        Panel(where, code.value)
        for expander in at.expander
        if expander.label == label
        for code in expander.code
    ]


def _choices(at, skip: str | None) -> list:
    """Return the radios of the current run other than the section selector."""
    return [
        radio for radio in at.radio if radio.key and radio.key != skip and not radio.key.startswith("shared_")
    ]


def _walk_radios(at, where: str, skip: str | None, lang: str) -> list[Panel]:
    """Return the panels of the current run and of each option of each other radio (one at a time)."""
    found = _panels_on(at, where, lang)
    for radio in _choices(at, skip):
        original = radio.value
        for option in radio.options:
            if option == original or not any(r.key == radio.key for r in at.radio):
                continue
            at.radio(key=radio.key).set_value(option).run()
            assert not at.exception, (where, radio.key, option, at.exception)
            found += _panels_on(at, f"{where} / {radio.key}={option}", lang)
        if any(r.key == radio.key for r in at.radio):
            at.radio(key=radio.key).set_value(original).run()
    return found


def _tab_keys(at) -> list[tuple[str, list[str]]]:
    """Return (session key, tab labels) of each keyed tabs widget: its state holds the open tab's label."""
    labels = [tab.label for tab in at.tabs]
    return [
        (key, labels) for key, value in at.session_state.items() if isinstance(value, str) and value in labels
    ]


def _walk_tabs(at, where: str, skip: str | None, lang: str) -> list[Panel]:
    """Return the panels of each open tab of a keyed tabs widget (only the open one runs), or of the run."""
    keyed = _tab_keys(at)
    if not keyed:
        return _walk_radios(at, where, skip, lang)
    key, labels = keyed[0]
    found = []
    for label in labels:
        at.session_state[key] = label
        at.run()
        assert not at.exception, (where, label, at.exception)
        found += _walk_radios(at, f"{where} / {label}", skip, lang)
    return found


def collect_panels(page: str, lang: str = "en") -> list[Panel]:
    """Return every distinct code panel of a page: each section (radio keyed *_section), each tab, each radio option."""
    at = open_page(page, lang)
    assert not at.exception
    sections = [radio for radio in at.radio if radio.key and radio.key.endswith("_section")]
    if not sections:
        panels = _walk_tabs(at, page, None, lang)
    else:
        selector = sections[0]
        panels = []
        for option in selector.options:
            at.radio(key=selector.key).set_value(option).run()
            assert not at.exception, (page, option, at.exception)
            panels += _walk_tabs(at, f"{page} / {option}", selector.key, lang)
    unique = {}
    for panel in panels:
        unique.setdefault(panel.code, panel)
    return list(unique.values())


def run_alone(code: str, folder: Path, timeout: float = RUN_TIMEOUT_S) -> subprocess.CompletedProcess:
    """Run code as a script in folder with this Python, without the project on the path; return the result."""
    script = folder / "panel.py"
    script.write_text(code, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "DLVIZ_DATA_DIR")}
    return subprocess.run(
        [sys.executable, str(script)], cwd=folder, env=env, capture_output=True, text=True, timeout=timeout
    )


@functools.cache
def panels_of(page: str) -> tuple[Panel, ...]:
    """Return a page's panels in English, collected once per test session."""
    return tuple(collect_panels(page))


def needs_mnist(code: str) -> bool:
    """Return whether code reads MNIST files and has no fallback when they are absent."""
    return "MNIST(" in code and "except RuntimeError" not in code


def significant_lines(text: str) -> list[str]:
    """Return the lines of text that are not blank, without trailing spaces."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def run_notebook(notebook_json: str, folder: Path, timeout: float = RUN_TIMEOUT_S) -> str:
    """Execute a notebook in a fresh Jupyter kernel with folder as its working directory; return its text outputs."""
    import nbclient
    import nbformat

    notebook = nbformat.reads(notebook_json, as_version=4)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "DLVIZ_DATA_DIR")}
    client = nbclient.NotebookClient(
        notebook, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    with _environment(env):
        client.execute()
    texts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                texts.append(output["text"])
            elif "data" in output and "text/plain" in output["data"]:
                texts.append(output["data"]["text/plain"] + "\n")
    return "".join(texts)


@contextlib.contextmanager
def _environment(env: dict[str, str]):
    """Run a block with os.environ replaced by env (the kernel inherits it), restoring it after."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
