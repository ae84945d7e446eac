"""Every page in a real browser: served by `streamlit run`, opened in headless Chromium."""

import pytest

from dlviz.i18n import LANGUAGES, language_picker_label, t
from dlviz.labs import LABS
from tests.browser import chromium_page, running_app, screenshot, wait_until_idle
from tests.conftest import OTHER_LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def app_url():
    with running_app() as base:
        yield base


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_page_renders_without_exception(app_url, lang):
    with chromium_page() as page:
        for path, title_key in [("", "home.title"), *((lab.url_path, lab.title_key) for lab in LABS)]:
            page.goto(f"{app_url}/{path}?lang={lang}")
            wait_until_idle(page)
            screenshot(page, f"{path or 'home'}-{lang}")
            assert page.get_by_text("Page not found").count() == 0, f"/{path} not found"
            assert page.locator('[data-testid="stException"]').count() == 0, f"exception on /{path}"
            assert page.locator("h1").first.inner_text() == t(title_key, lang), f"/{path} heading"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_language_stays_in_the_url_across_navigation(app_url, lang):
    with chromium_page() as page:
        page.goto(f"{app_url}/?lang={lang}")
        wait_until_idle(page)
        page.locator('[data-testid="stSidebarNav"] a').nth(1).click()
        wait_until_idle(page)
        assert f"lang={lang}" in page.url
        assert page.get_by_text(t("lab.tensors.title", lang)).count() > 0


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_a_lab_url_opened_first_on_a_fresh_server_shows_the_whole_app(lang):
    with running_app() as base, chromium_page() as page:
        page.goto(f"{base}/tensor_lab?lang={lang}")
        wait_until_idle(page)
        page.get_by_text(language_picker_label()).wait_for(timeout=30_000)
        assert page.get_by_text("Page not found").count() == 0
        assert page.get_by_text(t("lab.tensors.title", lang)).count() > 0


def test_the_first_interaction_on_a_lab_url_opened_first_keeps_every_setting():
    """Widgets drawn in Streamlit's legacy first run must keep their values when the next run is app.py's."""
    values = "() => [...document.querySelectorAll('input[type=range]')].map((e) => e.value).join()"
    with running_app() as base, chromium_page() as page:
        page.goto(f"{base}/training_lab")
        wait_until_idle(page)
        page.locator(".st-key-training_train button").wait_for(timeout=60_000)
        page.locator(".st-key-training_epochs input[type='range']").wait_for(state="attached", timeout=60_000)
        before = page.evaluate(values)
        page.locator(".st-key-training_train button").click()
        page.get_by_text("Finished 20 epochs").wait_for(timeout=60_000)
        wait_until_idle(page)
        assert page.evaluate(values) == before
