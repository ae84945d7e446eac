"""Every language's catalogue is complete and consistent with English, and t() formats and falls back."""

import pytest

from dlviz import i18n
from dlviz.i18n import DEFAULT_LANGUAGE, LANGUAGES, catalog, language_picker_label, t
from dlviz.i18n.check import check_catalogues, check_language, main, unlisted_catalogues
from dlviz.labs import LABS
from tests.conftest import OTHER_LANGUAGES

REPORTS = {report.lang: report for report in check_catalogues()}


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_english_key_has_a_text_in_every_language(lang):
    assert REPORTS[lang].missing == []


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_no_catalogue_has_keys_that_english_lacks(lang):
    assert REPORTS[lang].stale == []


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_placeholders_match_english(lang):
    assert REPORTS[lang].placeholder_mismatches == []


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_long_texts_are_not_english_copies(lang):
    assert REPORTS[lang].untranslated == []


def test_every_catalogue_is_a_listed_language():
    assert unlisted_catalogues() == []


def test_the_check_passes_and_names_every_language(capsys):
    assert main() == 0
    printed = capsys.readouterr().out
    assert all(f"{lang} ({name}): {len(catalog())} keys" in printed for lang, name in LANGUAGES.items())


def test_the_check_reports_missing_stale_mismatched_and_copied_texts():
    english = {"hello": "Hello {name}", "long": "A sentence long enough to need a translation", "ok": "OK"}
    other = {"hello": "Salut {nom}", "long": english["long"], "ok": "OK", "old": "vieux", "blank": " "}
    report = check_language("xx", other, english | {"blank": "Blank"})
    assert (report.missing, report.stale) == (["blank"], ["old"])
    assert (report.placeholder_mismatches, report.untranslated) == (["hello"], ["long"])
    assert not report.ok


def test_every_lab_has_title_and_summary():
    for lab in LABS:
        assert lab.title_key in catalog()
        assert lab.summary_key in catalog()


def test_the_language_picker_is_labelled_in_every_language_english_first():
    words = language_picker_label().split(" / ")
    assert words[0] == t("sidebar.language", DEFAULT_LANGUAGE)
    assert {t("sidebar.language", lang) for lang in LANGUAGES} == set(words)


def test_t_formats_parameters_in_english():
    assert t("sidebar.device_in_use", "en", name="cpu") == "In use: cpu"


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_t_formats_parameters_in_each_language(lang):
    text = catalog()["sidebar.device_in_use"][lang]
    assert "{name}" in text
    assert t("sidebar.device_in_use", lang, name="cpu") == text.replace("{name}", "cpu")


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_unknown_key_is_returned_as_is(lang):
    assert t("no.such.key", lang) == "no.such.key"


def test_a_text_missing_in_a_language_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(
        i18n, "catalog", lambda: {"greeting": {"en": "Hello", "xx": ""}, "only": {"en": "Only"}}
    )
    assert t("greeting", "xx") == "Hello"
    assert t("only", "xx") == "Only"
    assert t("only", "fr") == "Only"
