"""Several real browser sessions on one server: the line for training, a closed tab leaving it, Stop."""

from pathlib import Path

import pytest

from tests.browser import CHROMIUM, CHROMIUM_FLAGS, running_app, set_up_long_training_run, wait_until_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PLACE_JS = """() => {
  const text = document.body.innerText;
  const found = text.match(/you are number (\\d+) in line/);
  return found ? Number(found[1]) : 0;
}"""


def open_lab(browser, base: str):
    page = browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
    page.goto(f"{base}/training_lab")
    wait_until_idle(page)
    return page


def test_visitors_wait_in_order_a_closed_tab_leaves_the_line_and_stop_frees_the_slot(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    monkeypatch.setenv("DLVIZ_MAX_CONCURRENT_JOBS", "1")
    with running_app() as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        first, second, third = (open_lab(browser, base) for _ in range(3))
        set_up_long_training_run(first)
        first.get_by_role("button", name="Train").click()
        first.wait_for_function("() => /Epoch \\d+\\//.test(document.body.innerText)", timeout=60_000)
        second.get_by_role("button", name="Train").click()
        second.wait_for_function(f"() => ({PLACE_JS})() === 1", timeout=30_000)
        third.get_by_role("button", name="Train").click()
        third.wait_for_function(f"() => ({PLACE_JS})() === 2", timeout=30_000)

        second.context.close()  # a closed tab leaves the line: the third visitor moves up
        third.wait_for_function(f"() => ({PLACE_JS})() === 1", timeout=30_000)

        first.get_by_role(
            "button", name="Stop", exact=True
        ).click()  # Stop frees the slot: the third visitor trains
        first.get_by_text("Stopped after").wait_for(timeout=30_000)
        third.get_by_text("Finished 20 epochs").wait_for(timeout=120_000)
        assert third.evaluate(PLACE_JS) == 0
        browser.close()
