"""The Playground in a real browser: Play animates the boundary, Pause stops it at once, and what stays on
screen is the network trained for exactly the epochs shown."""

import io

import numpy as np
import pytest

from dlviz.playground.experiment import PlaygroundExperiment
from dlviz.playground.grid import boundary_values, plane_grid
from dlviz.playground.settings import DEFAULTS
from tests.browser import chromium_page, running_app, screenshot, wait_until_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CANVAS = ".dlviz-pg"
PLAY = f"{CANVAS} button[data-role='play']"
WATCH_JS = """() => { const root = document.querySelector('.dlviz-pg'); window.pgSeen = new Set();
  window.pgChanges = []; let last = root.dataset.boundary; window.pgObserver = new MutationObserver(() => {
    if (root.dataset.boundary === last) return;  // redrawn, but the same picture
    last = root.dataset.boundary; window.pgSeen.add(last); window.pgChanges.push(performance.now()); });
  window.pgObserver.observe(root, {attributes: true, attributeFilter: ['data-boundary']}); }"""
CLICK_JS = """(selector) => { const button = document.querySelector(selector); window.pgClicked = performance.now();
  button.click(); return window.pgClicked; }"""
SHOWN_JS = """() => { const view = window.dlvizPlayground;
  return {epoch: view.shown.e, value: Array.from(view.boundaryResult.value), extent: view.static.extent,
          resolution: view.static.resolution}; }"""


def open_playground(page, base: str, lang: str = "en") -> None:
    """Open the home page first (so app.py's navigation is in charge), then the Playground."""
    page.goto(f"{base}/?lang={lang}")
    wait_until_idle(page)
    page.goto(f"{base}/playground?lang={lang}")
    wait_until_idle(page)
    page.wait_for_selector(f"{CANVAS}[data-boundary]", timeout=60_000)


def canvas_pixels(page) -> np.ndarray:
    """Return the boundary canvas as an RGB array."""
    from PIL import Image

    png = page.locator(f"{CANVAS} canvas.dlviz-pg-boundary").screenshot(timeout=10_000)
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int16)


def test_play_animates_the_boundary_and_pause_stops_it_on_the_click():
    with running_app() as base, chromium_page() as page:
        open_playground(page, base)
        before = canvas_pixels(page)
        screenshot(page, "playground-browser-before")
        page.evaluate(WATCH_JS)
        page.locator(PLAY).click()
        page.wait_for_function(
            "() => window.pgSeen.size >= 8", timeout=90_000
        )  # a new picture, frame after frame
        clicked = page.evaluate(CLICK_JS, PLAY)
        page.wait_for_function(  # the server answers the click
            "() => { const d = document.querySelector('.dlviz-pg').dataset; return d.ack === d.pending; }",
            timeout=30_000,
        )
        page.wait_for_function(
            "() => performance.now() - Math.max(window.pgClicked, ...window.pgChanges) > 1500", timeout=30_000
        )
        last_change = page.evaluate("() => Math.max(...window.pgChanges)")
        assert last_change - clicked < 100, (
            f"the boundary still changed {last_change - clicked:.0f} ms after Pause"
        )
        assert page.evaluate("() => document.querySelector('.dlviz-pg').dataset.playing") == "false"
        shown = page.evaluate(SHOWN_JS)
        after = canvas_pixels(page)
        screenshot(page, "playground-browser-after")
        assert page.locator('[data-testid="stException"]').count() == 0
        changed = (np.abs(before - after).sum(axis=2) > 30).mean()
        assert changed > 0.05, f"only {changed:.1%} of the boundary's pixels changed"

    reference = PlaygroundExperiment(
        DEFAULTS
    )  # the same seed and settings, trained here for the epochs on screen
    reference.step(shown["epoch"])
    grid = plane_grid(shown["extent"], shown["resolution"])
    expected = boundary_values(reference.model, DEFAULTS.features, 2, grid).value.reshape(-1).numpy()
    assert np.allclose(shown["value"], expected, atol=1e-3), (
        f"epoch {shown['epoch']}: not the model on screen"
    )
