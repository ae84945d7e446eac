"""The Playground in a real browser: pressing Play changes the decision boundary on screen."""

import io

import numpy as np
import pytest

from dlviz.i18n import t
from tests.browser import chromium_page, running_app, screenshot, wait_until_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BOUNDARY = ".st-key-playground_boundary_chart"
EPOCH_JS = "() => Number(document.querySelector('[data-testid=\"stMetricValue\"]').textContent)"


def open_playground(page, base: str, lang: str = "en") -> None:
    """Open the home page first (so app.py's navigation is in charge), then the Playground."""
    page.goto(f"{base}/?lang={lang}")
    wait_until_idle(page)
    page.goto(f"{base}/playground?lang={lang}")
    wait_until_idle(page)
    page.wait_for_selector(f"{BOUNDARY} .js-plotly-plot image", timeout=60_000)


def boundary_pixels(page) -> np.ndarray:
    """Return the boundary chart as an RGB array, from a screenshot of that element only."""
    from PIL import Image
    from playwright.sync_api import Error

    current = page.locator(f"{BOUNDARY}:not([data-retained='true']):not([data-stale='true'])").first
    for attempt in range(5):
        try:
            png = current.screenshot(timeout=10_000)
            break
        except Error:
            if attempt == 4:
                raise
            page.wait_for_timeout(300)
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int16)


def test_playing_changes_the_boundary_between_two_screenshots():
    with running_app() as base, chromium_page() as page:
        open_playground(page, base)
        before = boundary_pixels(page)
        screenshot(page, "playground-browser-before")
        page.locator(".st-key-playground_play button").click()
        page.wait_for_function(
            "() => Number(document.querySelector('[data-testid=\"stMetricValue\"]')?.textContent) >= 100",
            timeout=60_000,
        )
        page.locator(".st-key-playground_play button").click()
        page.wait_for_function(  # the Pause rerun has drawn (the status widget may not show for a short run)
            "(label) => document.querySelector('.st-key-playground_play button').innerText.includes(label)",
            arg=t("playground.play", "en"),
            timeout=60_000,
        )
        wait_until_idle(page)
        paused_at = page.evaluate(EPOCH_JS)
        page.wait_for_timeout(1000)
        assert page.evaluate(EPOCH_JS) == paused_at, "training went on after Pause"
        after = boundary_pixels(page)
        screenshot(page, "playground-browser-after")
        assert page.locator('[data-testid="stException"]').count() == 0
        assert before.shape == after.shape
        changed = (np.abs(before - after).sum(axis=2) > 30).mean()
        assert changed > 0.05, f"only {changed:.1%} of the boundary's pixels changed"
