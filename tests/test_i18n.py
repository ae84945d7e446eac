"""The translation tables are complete in both languages and consistent."""

import pytest

from dlviz.i18n import LANGUAGES, catalog, placeholders, t
from dlviz.labs import LABS

KEYS = sorted(catalog())


@pytest.mark.parametrize("key", KEYS)
def test_every_key_has_every_language(key):
    texts = catalog()[key]
    for lang in LANGUAGES:
        assert texts.get(lang, "").strip(), f"{key} has no {lang} text"


@pytest.mark.parametrize("key", KEYS)
def test_placeholders_match_across_languages(key):
    texts = catalog()[key]
    assert placeholders(texts["en"]) == placeholders(texts["zh"]), key


def test_chinese_texts_are_not_english_copies():
    copies = [k for k, v in catalog().items() if v["en"] == v["zh"] and any(c.isalpha() for c in v["en"])]
    allowed = {k for k in copies if len(catalog()[k]["en"]) <= 24}
    assert set(copies) == allowed, f"untranslated: {sorted(set(copies) - allowed)}"


def test_every_lab_has_title_and_summary():
    for lab in LABS:
        assert lab.title_key in catalog()
        assert lab.summary_key in catalog()


def test_t_formats_parameters_in_each_language():
    assert t("sidebar.device_in_use", "en", name="cpu") == "In use: cpu"
    assert t("sidebar.device_in_use", "zh", name="cpu") == "当前使用：cpu"


def test_unknown_key_is_returned_as_is():
    assert t("no.such.key", "zh") == "no.such.key"
