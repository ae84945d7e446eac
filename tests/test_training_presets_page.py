"""The Training Lab's preset picker, its warning for settings known to spoil a model, and a diverged run's hint and fix."""

import pytest

from dlviz.i18n import t
from dlviz.training.diagnosis import diagnose_run
from dlviz.training.presets import PRESETS
from dlviz.training.settings import TRAINING_URL
from dlviz.ui.training.hint import FIX_KEY
from dlviz.ui.training.live import RUNS_KEY
from dlviz.ui.training.presets import PICKER_KEY
from tests.conftest import LANGUAGES, open_page

PAGE = "pages/training_lab.py"


def texts(elements):
    return [e.value for e in elements]


def hint_shown(at, lang: str) -> bool:
    return any(
        t("presets.hint.diverging", lang) in w or t("presets.hint.stuck", lang) in w
        for w in texts(at.warning)
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_diverging_run_shows_its_cause_and_the_fix_makes_the_next_run_fine(lang):
    at = open_page(PAGE, lang)
    assert not hint_shown(at, lang)  # the default spiral run is fine
    at.select_slider(key="training_lr").set_value(1.0).run()  # auto-run trains the new settings
    run = at.session_state[RUNS_KEY][-1]
    assert run.config.optimizer.lr == 1.0 and diagnose_run(run, 2).state == "diverging"
    warning = next(w for w in texts(at.warning) if t("presets.hint.diverging", lang) in w)
    assert t("presets.hint.lr.lower", lang, lr="1") in warning
    button = at.button(key=FIX_KEY)
    assert button.label == t("presets.fix.lower_lr", lang, lr="0.1")
    button.click().run()
    assert at.select_slider(key="training_lr").value == 0.1
    assert at.query_params["lr"] == "0.1"
    run = at.session_state[RUNS_KEY][-1]
    assert run.config.optimizer.lr == 0.1 and run.status == "finished"
    assert diagnose_run(run, 2).fine and not hint_shown(at, lang)
    assert not at.exception


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_auto_run_the_fix_says_to_press_train_and_offers_nothing_more_until_then(lang):
    at = open_page(PAGE, lang)
    at.toggle(key="training_auto").set_value(False).run()
    at.select_slider(key="training_lr").set_value(1.0).run()
    at.button(key="training_train").click().run()
    at.button(key=FIX_KEY).click().run()
    assert at.select_slider(key="training_lr").value == 0.1
    assert at.session_state[RUNS_KEY][-1].config.optimizer.lr == 1.0  # not retrained: auto-run is off
    assert hint_shown(at, lang) and t("presets.fix.applied", lang) in texts(at.caption)
    assert FIX_KEY not in [button.key for button in at.button]
    at.button(key="training_train").click().run()
    assert at.session_state[RUNS_KEY][-1].config.optimizer.lr == 0.1 and not hint_shown(at, lang)
    assert not at.exception


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_picker_sets_every_widget_and_the_url_to_a_tutorials_setup(lang):
    at = open_page(PAGE, lang)
    at.selectbox(key=PICKER_KEY).set_value("digit_recognizer").run()
    preset = PRESETS["digit_recognizer"].values
    shown = {key: at.session_state[key] for key in preset if key in at.session_state}
    assert shown == {key: preset[key] for key in shown}
    assert {"training_model", "training_lr", "training_batch_size", "training_auto"} <= set(shown)
    for name in ("dataset", "model", "optimizer", "lr", "batch", "epochs", "images"):
        assert at.query_params[name] == TRAINING_URL[name].text(preset[TRAINING_URL[name].key]), name
    assert at.selectbox(key=PICKER_KEY).value is None  # emptied, so the same preset can be picked again
    name = t("presets.name.digit_recognizer", lang)
    assert t("presets.matches", lang, name=name) in texts(at.caption)
    at.select_slider(key="training_lr").set_value(0.003).run()
    assert t("presets.matches", lang, name=name) not in texts(at.caption)
    at.selectbox(key=PICKER_KEY).set_value("spiral").run()
    assert at.session_state["training_dataset"] == "spiral" and at.session_state["training_lr"] == 0.03
    assert at.session_state[RUNS_KEY][-1].config.data.name == "spiral"  # auto-run is back on for the toy
    assert not at.exception


@pytest.mark.parametrize("lang", LANGUAGES)
def test_choosing_a_network_the_optimizer_is_known_to_spoil_warns_and_offers_its_tutorials_recipe(lang):
    at = open_page(PAGE, lang)
    at.selectbox(key="training_dataset").set_value("digits").run()
    at.select_slider(key="training_lr").set_value(0.03).run()
    assert "training_use_recipe" not in [button.key for button in at.button]  # the MLP is not known to fail
    at.selectbox(key="training_model").set_value("digit_recognizer").run()
    assert t("presets.known_bad", lang, **_known_bad(lang)) in texts(at.warning)
    recipe = at.button(key="training_use_recipe")
    assert recipe.label == t("presets.fix.use_recipe", lang, preset=t("presets.name.digit_recognizer", lang))
    recipe.click().run()
    assert at.select_slider(key="training_lr").value == 0.001
    assert at.select_slider(key="training_batch_size").value == 64
    assert at.selectbox(key="training_dataset").value == "digits"  # the data stay as they were
    assert "training_use_recipe" not in [button.key for button in at.button]
    assert not at.exception


def _known_bad(lang: str) -> dict:
    return {
        "model": t("training.opt.model.digit_recognizer", lang),
        "optimizer": t("training.opt.optimizer.adam", lang),
        "lr": "0.03",
        "limit": "0.003",
        "recipe_lr": "0.001",
    }
