"""Every translation key the code names exists in every language (a missing key would show the raw key)."""

import ast
from pathlib import Path

import pytest

from dlviz.i18n import LANGUAGES, catalog

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.glob("dlviz/**/*.py"), *ROOT.glob("pages/*.py"), ROOT / "app.py"])
KEY_CALLS = {"tr", "t", "UserFacingError"}


def named_keys() -> list[tuple[str, str]]:
    """Return (place, key) for each literal key and (place, prefix + '*') for each f-string key in the code."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in KEY_CALLS or not node.args:
                continue
            values = [node.args[0], *(kw.value for kw in node.keywords if kw.arg and kw.arg.endswith("_key"))]
            for value in values:
                place = f"{path.relative_to(ROOT)}:{node.lineno}"
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.append((place, value.value))
                elif isinstance(value, ast.JoinedStr) and isinstance(value.values[0], ast.Constant):
                    found.append((place, value.values[0].value + "*"))
    return found


KEYS = named_keys()


def test_the_scan_finds_the_keys_the_code_uses():
    assert len(KEYS) > 500 and ("pages/training_lab.py" in " ".join(place for place, _ in KEYS))


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_key_the_code_names_exists_in_every_language(lang):
    texts = catalog()
    missing = []
    for place, key in KEYS:
        if key.endswith("*"):
            if not any(k.startswith(key[:-1]) and texts[k].get(lang) for k in texts):
                missing.append(f"{place} {key}")
        elif not texts.get(key, {}).get(lang):
            missing.append(f"{place} {key}")
    assert missing == []
