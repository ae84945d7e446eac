"""One translation function for every visible string, English and 简体中文."""

from __future__ import annotations

import importlib
import pkgutil
import string
from functools import cache

LANGUAGES = {"en": "English", "zh": "简体中文"}
DEFAULT_LANGUAGE = "en"


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Return every key -> {lang: text}, merged from the modules in dlviz.i18n.strings."""
    from dlviz.i18n import strings

    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(strings.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{strings.__name__}.{info.name}")
        for key, texts in module.STRINGS.items():
            if key in merged:
                raise ValueError(f"duplicate i18n key {key!r} in {info.name}")
            merged[key] = texts
    return merged


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params) -> str:
    """Return the text for key in lang, formatted with params; the key itself if unknown."""
    texts = catalog().get(key)
    if texts is None:
        return key
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text


def placeholders(text: str) -> set[str]:
    """Return the names of the {placeholders} in a format string."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
