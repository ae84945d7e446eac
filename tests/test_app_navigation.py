"""Every page is reachable through the navigation, in every language, without an exception."""

import pytest

from dlviz.i18n import LANGUAGES, t
from dlviz.labs import HOME_FILE, LABS
from tests.conftest import OTHER_LANGUAGES, open_page

PAGES = [HOME_FILE, *(lab.file for lab in LABS)]


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("page_file", PAGES)
def test_page_renders_without_exception(page_file, lang):
    at = open_page(page_file, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_home_lists_every_lab_in_the_session_language(lang):
    at = open_page(HOME_FILE, lang)
    assert at.title[0].value == t("home.title", lang)
    path = " ".join(m.value for m in at.markdown)
    for lab in LABS:
        assert t(lab.title_key, lang) in path


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_language_switch_translates_every_page_text(lang):
    at = open_page(HOME_FILE, "en")
    assert at.sidebar.selectbox(key="shared_lang_widget").options == list(LANGUAGES.values())
    at.sidebar.selectbox(key="shared_lang_widget").set_value(lang).run()
    assert at.title[0].value == t("home.title", lang)
    assert at.markdown[0].value == t("home.intro", lang)


def test_sidebar_shows_device_and_seed():
    at = open_page(HOME_FILE)
    assert at.sidebar.selectbox(key="shared_device_widget").value == "auto"
    assert at.sidebar.number_input(key="shared_seed_widget").value == 0
    captions = " ".join(c.value for c in at.sidebar.caption)
    assert "cpu" in captions or "cuda" in captions or "mps" in captions
