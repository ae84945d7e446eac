"""The Training Lab page trains end to end, shows curves and metrics, explains bad choices, keeps runs."""

import json
import os
import subprocess
import sys
import threading

import pytest

from dlviz.i18n import catalog, t
from dlviz.jobs.admission import server_queue
from dlviz.models.log_softmax_check import CHECK_BATCH, digit_recognizer_check, log_softmax_params
from dlviz.training.experiment import ExperimentConfig
from dlviz.training.history import KEPT_STEP_POINTS
from dlviz.ui import jobs as jobs_ui
from dlviz.ui.training import live as training_live
from dlviz.ui.training import live_chart
from dlviz.ui.training.live import LIVE_KEY, MODEL_KEY, RUNS_KEY, LiveRun
from tests.conftest import LANGUAGES, OTHER_LANGUAGES, open_page, text_pattern

PAGE = "pages/training_lab.py"


@pytest.fixture
def page():
    at = open_page(PAGE, "en")
    at.slider(key="training_points").set_value(200).run()
    return at


def texts(elements):
    return [e.value for e in elements]


def curve_traces(at):
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return [trace.get("name") for trace in spec["data"]]


def test_opening_the_page_auto_runs_a_small_experiment_with_curves_and_metrics(page):
    assert not page.exception
    assert any(v.startswith("Finished 10 epochs") for v in texts(page.info))
    labels = [m.label for m in page.metric]
    assert {"Train loss", "Validation loss", "Accuracy"} <= set(labels)
    table = page.dataframe[-1].value
    assert list(table.iloc[:, 0]) == [
        "Accuracy",
        "Precision (weighted)",
        "Recall (weighted)",
        "F1 (weighted)",
    ]
    assert (abs(table.iloc[:, 1] - table.iloc[:, 2]) < 1e-9).all()
    assert any(name and "train" in name for name in curve_traces(page))


def test_train_runs_the_full_epochs_and_overlays_the_previous_run_labelled_by_the_change(page):
    page.slider(key="training_epochs").set_value(3).run()
    page.button(key="training_train").click().run()
    assert any(v.startswith("Finished 3 epochs") for v in texts(page.info))
    names = " ".join(n or "" for n in curve_traces(page))
    assert "#3 epochs 20→3" in names and "#4 · train" in names
    assert len(page.session_state[RUNS_KEY]) == 4


def test_stop_keeps_the_last_run_and_does_not_retrain(page):
    runs_before = len(page.session_state[RUNS_KEY])
    page.button(key="training_stop").click().run()
    assert len(page.session_state[RUNS_KEY]) == runs_before
    assert page.metric and not page.exception


def test_an_interrupted_run_is_collected_once_its_old_thread_has_settled_it(page):
    run, trained = page.session_state[RUNS_KEY][-1], page.session_state[MODEL_KEY]
    del page.session_state[MODEL_KEY]
    run.status = "running"
    live = page.session_state[LIVE_KEY] = LiveRun(run)

    def old_thread_settles():  # Streamlit starts the next run before the interrupted one's finally ends
        run.status, live.trained = "stopped", trained
        live.done.set()

    threading.Timer(0.5, old_thread_settles).start()
    page.run()
    assert any(v.startswith("Stopped after 10 epochs") for v in texts(page.info))
    assert page.metric and page.session_state[MODEL_KEY] is trained


def test_mse_on_class_labels_is_explained(page):
    page.selectbox(key="training_loss").set_value("mse").run()
    assert any("class labels" in e for e in texts(page.error))
    assert not page.exception


def test_image_networks_on_toy_data_are_explained(page):
    page.selectbox(key="training_model").set_value("digit_recognizer").run()
    assert any("1×28×28" in e for e in texts(page.error))


def test_regression_curve_trains_with_mse(page):
    page.selectbox(key="training_dataset").set_value("curve").run()
    assert any("real-valued targets" in e for e in texts(page.error))
    page.selectbox(key="training_loss").set_value("mse").run()
    assert not page.error
    assert t("training.classification_only", "en") in texts(page.info)


def test_digits_with_the_digit_recognizer_trains_and_shows_mistakes():
    at = open_page(PAGE, "en")
    at.selectbox(key="training_dataset").set_value("digits").run()
    at.slider(key="training_images").set_value(300).run()
    at.selectbox(key="training_model").set_value("digit_recognizer").run()
    assert any(text_pattern("training.digit_fix", "en").search(v) for v in texts(at.info))
    at.slider(key="training_epochs").set_value(1).run()
    at.button(key="training_train").click().run()
    assert any(v.startswith("Finished 1 epochs") for v in texts(at.info))
    assert any("validation images are misclassified" in c for c in texts(at.caption)) or any(
        v == t("training.no_mistakes", "en") for v in texts(at.success)
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_digit_recognizer_note_shows_the_log_softmax_check_computed_for_the_seed(lang):
    at = open_page(PAGE, lang)
    at.selectbox(key="training_dataset").set_value("digits").run()
    at.sidebar.number_input(key="shared_seed_widget").set_value(4).run()
    at.selectbox(key="training_model").set_value("digit_recognizer").run()
    assert not at.exception
    check = digit_recognizer_check(4)
    expected = t("training.digit_fix", lang, images=CHECK_BATCH, **log_softmax_params(check))
    assert expected in texts(at.info)
    assert check.loss_on_logits == pytest.approx(check.loss_on_log_softmax, rel=1e-6)


def test_exported_code_on_the_page_reproduces_the_train_loss_shown(page, tmp_path):
    shown = next(m.value for m in page.metric if m.label == "Train loss")
    code = page.code[-1].value
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert f"{float(result.stdout.split()[-1]):.4f}" == shown


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_the_page_speaks_another_language(page, lang):
    page.session_state["shared_lang"] = lang
    page.run()
    finished = text_pattern("training.status.finished", lang, device="cpu")
    assert any(finished.fullmatch(v) for v in texts(page.info))
    assert t("training.metric.train_loss", lang) in [m.label for m in page.metric]


def test_every_setting_has_a_short_name_for_run_labels():
    missing = [s for s in ExperimentConfig().flat() if f"training.short.{s}" not in catalog()]
    assert missing == []  # test_i18n checks that every key has every language


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_run_labels_name_the_change_in_another_language(page, lang):
    page.session_state["shared_lang"] = lang
    page.run()
    page.selectbox(key="training_dataset").set_value("moons").run()
    page.checkbox(key="training_shuffle").uncheck().run()
    names = " ".join(n or "" for n in curve_traces(page))
    spiral, moons = t("training.opt.dataset.spiral", lang), t("training.opt.dataset.moons", lang)
    assert f"#3 {t('training.short.data.name', lang)} {spiral}→{moons}" in names
    on, off = t("training.short.on", lang), t("training.short.off", lang)
    assert f"#4 {t('training.short.shuffle', lang)} {on}→{off}" in names


def test_run_numbers_keep_counting_past_the_kept_runs_and_labels_follow_the_language(page):
    for epochs in (3, 4, 5):
        page.slider(key="training_epochs").set_value(epochs).run()
    assert [run.number for run in page.session_state[RUNS_KEY]] == [2, 3, 4, 5]
    assert "#5 epochs 4→5 · train" in curve_traces(page)
    for lang in OTHER_LANGUAGES:
        page.session_state["shared_lang"] = lang
        page.run()
        names = curve_traces(page)
        epochs, train = t("training.short.epochs", lang), t("training.chart.train", lang)
        assert f"#5 {epochs} 4→5 · {train}" in names and f"#4 {epochs} 3→4 · {train}" in names


def test_the_live_chart_is_mounted_once_a_run_then_replaced_by_the_plotly_chart(page, monkeypatch):
    mounts, updates = [], []
    mount, update = live_chart.mount_component, live_chart.LiveChart.update
    monkeypatch.setattr(training_live, "REFRESH_SECONDS", 0.0)
    monkeypatch.setattr(
        live_chart, "mount_component", lambda **options: mounts.append(options) or mount(**options)
    )
    monkeypatch.setattr(
        live_chart.LiveChart, "update", lambda self, data: updates.append(data) or update(self, data)
    )
    page.slider(key="training_points").set_value(5000)
    page.select_slider(key="training_batch_size").set_value(8)
    page.toggle(key="training_auto").set_value(False).run()
    page.button(key="training_train").click().run()
    assert not page.exception
    assert [m["key"] for m in mounts] == ["training_live_canvas"] and len(updates) >= 20
    run = page.session_state[RUNS_KEY][-1]
    train = next(line for line in updates[-1]["panels"][0] if line["name"] == f"{run.label} · train")
    epoch_losses = [e.train_loss for e in run.epochs]
    assert run.step_count == 500 * 20 and len(run.steps) == KEPT_STEP_POINTS  # session state keeps a summary
    assert len(train["y"]) >= len(epoch_losses) - 1 and train["y"] == epoch_losses[: len(train["y"])]
    assert f"{run.label} · train" in curve_traces(page)
    assert not [e for e in page.text if e.value.startswith('{"titles"')]


def test_missing_mnist_files_give_a_message_not_a_crash(tmp_path):
    at = open_page(PAGE, "en")
    at.selectbox(key="training_dataset").set_value("mnist").run()
    at.text_input(key="shared_data_dir_widget").input(str(tmp_path / "nowhere")).run()
    at.button(key="training_train").click().run()
    assert not at.exception
    assert any("not in the data folder" in e for e in texts(at.error))


def test_mnist_from_the_data_folder_trains_the_fashion_network(mnist_root):
    at = open_page(PAGE, "en")
    at.selectbox(key="training_dataset").set_value("mnist").run()
    at.text_input(key="shared_data_dir_widget").input(str(mnist_root)).run()
    at.slider(key="training_images").set_value(400).run()
    at.selectbox(key="training_model").set_value("neural_network").run()
    at.button(key="training_train").click().run()
    assert any(v.startswith("Finished 2 epochs") for v in texts(at.info))
    assert "669,706" in [m.value for m in at.metric]


def test_a_run_waits_in_the_server_line_showing_its_place_until_a_slot_frees(page, monkeypatch):
    shown = []
    monkeypatch.setattr(jobs_ui, "tr", lambda key, **params: shown.append((key, params)) or key)
    queue = server_queue()
    holders = [queue.join("training", 30) for _ in range(queue.slots)]
    threading.Timer(1.5, lambda: [queue.leave(ticket) for ticket in holders]).start()
    page.button(key="training_train").click().run()
    assert not page.exception
    waiting = [params for key, params in shown if key == "jobs.waiting"]
    assert waiting and waiting[0]["place"] == 1 and waiting[0]["running"] == queue.slots
    assert int(waiting[0]["seconds"]) > 20  # the holders' 30 s estimate
    assert any(v.startswith("Finished 20 epochs") for v in texts(page.info))
    assert queue.running() == 0 and queue.others_waiting() == 0
