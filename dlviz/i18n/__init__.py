"""One translation function for every visible string, in each language of LANGUAGES.

A language's texts live together in its catalogue, dlviz/i18n/catalogues/<lang>/ (one module per
area, each STRINGS = {key: text}). Adding a language is adding its catalogue and its entry in
LANGUAGES; `python -m dlviz.i18n.check` then lists what it still lacks.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import re
import string
from functools import cache

LANGUAGES = {"en": "English", "zh": "简体中文"}
# The visitor's default, the reference whose keys every catalogue must have, and the fallback text.
DEFAULT_LANGUAGE = "en"
CATALOGUES = "dlviz.i18n.catalogues"
# {tutorial_<slug>} in any text stands for that tutorial's title, the text of key tutorials.<slug>.title.
TUTORIAL_PLACEHOLDER = re.compile(r"\{tutorial_([a-z]+)\}")


@cache
def language_areas(lang: str) -> dict[str, dict[str, str]]:
    """Return area -> {key: text} of lang's own catalogue, one per module of catalogues/<lang>/ (none if absent)."""
    if importlib.util.find_spec(f"{CATALOGUES}.{lang}") is None:
        return {}
    package = importlib.import_module(f"{CATALOGUES}.{lang}")
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__))
    return {name: importlib.import_module(f"{package.__name__}.{name}").STRINGS for name in names}


@cache
def language_texts(lang: str) -> dict[str, str]:
    """Return key -> text of lang's own catalogue (no fallback), merged from its areas."""
    merged: dict[str, str] = {}
    for area, strings in language_areas(lang).items():
        for key, text in strings.items():
            if key in merged:
                raise ValueError(f"duplicate i18n key {key!r} in {lang}/{area}")
            merged[key] = text
    return merged


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Return every English key -> {lang: text} for each language whose catalogue has it."""
    catalogues = {lang: language_texts(lang) for lang in LANGUAGES}
    return {
        key: {lang: texts[key] for lang, texts in catalogues.items() if key in texts}
        for key in catalogues[DEFAULT_LANGUAGE]
    }


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params) -> str:
    """Return the text for key in lang (English where lang has none), formatted; the key itself if unknown."""
    texts = catalog().get(key)
    if texts is None:
        return key
    text = with_tutorial_titles(texts.get(lang) or texts[DEFAULT_LANGUAGE], lang)
    return text.format(**params) if params else text


def with_tutorial_titles(text: str, lang: str) -> str:
    """Return text with each {tutorial_<slug>} replaced by that tutorial's title in lang."""
    return TUTORIAL_PLACEHOLDER.sub(lambda match: t(f"tutorials.{match.group(1)}.title", lang), text)


def language_picker_label() -> str:
    """Return the language picker's label, its word in every language so that anyone finds it: "Language / 语言"."""
    return " / ".join(dict.fromkeys(t("sidebar.language", lang) for lang in LANGUAGES))


def placeholders(text: str) -> set[str]:
    """Return the names of the {placeholders} in a format string."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
