"""The Training Lab in a real browser: live curves redrawn in place during a run, then the full plotly chart."""

import json

import pytest

from dlviz.models.registry import ModelSpec
from dlviz.training.checkpoint import read_state_dict
from dlviz.training.components import OptimizerSpec
from dlviz.training.datasets import DataSpec, prepare_data
from dlviz.training.experiment import ExperimentConfig, data_spec_for
from dlviz.training.figures import CURVES_HEIGHT
from dlviz.training.trained import TrainedModel
from tests.browser import chromium_page, running_app, set_up_long_training_run, wait_until_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CANVAS = "canvas.dlviz-live-chart"
WATCH_HIDDEN_JS = """() => {
  window.__dataShown = 0;
  new MutationObserver(() => {
    const data = document.querySelector('.st-key-training_live_data');
    if (data && data.getBoundingClientRect().height > 0) window.__dataShown += 1;
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""
TRAIN_TRACE_JS = """(name) => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find((p) => p.data.some((t) => t.name === name));
  return plot.data.find((t) => t.name === name).y;
}"""


def test_live_curves_are_redrawn_in_place_then_replaced_by_the_plotly_chart_of_the_same_run():
    with running_app() as base, chromium_page() as page:
        page.goto(f"{base}/training_lab")
        wait_until_idle(page)
        set_up_long_training_run(page)
        page.evaluate(WATCH_HIDDEN_JS)
        page.get_by_role("button", name="Train").click()
        canvas = page.wait_for_selector(CANVAS, timeout=60_000)
        page.wait_for_function("(c) => Number(c.dataset.draws) >= 2", arg=canvas, timeout=60_000)
        first = int(canvas.get_attribute("data-draws"))
        # The same canvas element keeps drawing: a remount would leave this one detached and still.
        page.wait_for_function(
            "([c, n]) => c.isConnected && Number(c.dataset.draws) >= n + 3",
            arg=[canvas, first],
            timeout=60_000,
        )
        assert canvas.evaluate(
            "(c) => c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v) => v)"
        )
        assert page.locator(".st-key-training_live").bounding_box()["height"] == pytest.approx(
            CURVES_HEIGHT, abs=2
        )
        live = json.loads(page.locator(".st-key-training_live_data").text_content())
        page.get_by_text("Finished 30 epochs").wait_for(timeout=180_000)
        wait_until_idle(page)
        assert page.locator(CANVAS).count() == 0
        assert page.evaluate("() => window.__dataShown") == 0
        train = [line for line in live["panels"][0] if (line["name"] or "").endswith("· train")][-1]
        assert train["name"].startswith("#2 ")
        final = page.evaluate(TRAIN_TRACE_JS, train["name"])
        assert 1 <= len(train["y"]) < len(final) == 30
        assert final[: len(train["y"])] == pytest.approx(train["y"], rel=1e-12)


def test_downloaded_weights_load_safely_and_give_the_validation_loss_the_page_shows(tmp_path):
    with running_app() as base, chromium_page() as page:
        page.goto(f"{base}/training_lab?dataset=moons&epochs=3")
        wait_until_idle(page)
        page.get_by_role("tab", name="Save / load").click()
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="Download last weights (.pt)").click()
        path = tmp_path / "last.pt"
        download.value.save_as(path)
        page.get_by_role("tab", name="Metrics").click()
        shown = page.locator('[data-testid="stMetric"]').filter(has_text="Validation loss")
        shown_loss = float(shown.locator('[data-testid="stMetricValue"]').inner_text())
    config = ExperimentConfig(
        data=DataSpec("moons", samples=500, noise=0.2),
        model=ModelSpec(width=32),
        optimizer=OptimizerSpec(lr=0.03),
        epochs=3,
    )
    data = prepare_data(data_spec_for(config), config.seed)
    trained = TrainedModel.from_state(config, data, read_state_dict(path.read_bytes()), "cpu")
    assert f"{trained.evaluate()[0]:.4f}" == f"{shown_loss:.4f}"
