"""Shared fixtures: project paths, the real MNIST folder, the languages, and AppTest helpers."""

import os
import re
import string
from pathlib import Path

import pytest
from hypothesis import settings
from streamlit.testing.v1 import AppTest

from dlviz.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

ROOT = Path(__file__).resolve().parents[1]
MNIST_ROOT = ROOT.parent / "shared" / "data"
APP_TIMEOUT = 60
# Tests of "the page in another language" run in each of these, so a new language is tested without editing them.
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE]
# The section guard shows visitors a short note for an unexpected exception; in tests it must fail loudly.
os.environ.setdefault("DLVIZ_RAISE_UNEXPECTED", "1")
# Property tests draw the same examples on every run (CI stays reproducible), and keep no database.
settings.register_profile("dlviz", derandomize=True, database=None)
settings.load_profile("dlviz")


def has_mnist() -> bool:
    """Return whether the real MNIST files are beside the project."""
    return (MNIST_ROOT / "MNIST" / "raw" / "train-images-idx3-ubyte").exists()


@pytest.fixture
def mnist_root() -> Path:
    """The data folder holding MNIST/raw; skips the test where it is absent."""
    if not has_mnist():
        pytest.skip("real MNIST files not found at ../shared/data")
    return MNIST_ROOT


def url_params(at: AppTest) -> dict[str, str]:
    """Return the app's URL query as name -> value (AppTest before Streamlit 1.65 gives each value as a list)."""
    return {name: value[-1] if isinstance(value, list) else value for name, value in at.query_params.items()}


def open_page(page_file: str, lang: str = "en") -> AppTest:
    """Run the whole app (sidebar included) on one page, in a language."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    if page_file != "pages/home.py":
        at.switch_page(page_file)
        at.run()
    return at


def text_pattern(key: str, lang: str, **params) -> re.Pattern[str]:
    """Return a pattern matching t(key, lang, **params), whatever the placeholders not given stand for."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(t(key, lang)):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(re.escape(str(params[name])) if name in params else ".+?")
    return re.compile("".join(parts), re.DOTALL)
