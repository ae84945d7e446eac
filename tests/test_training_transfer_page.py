"""The Training Lab's transfer-learning section: a run on MNIST shows both curves and the trainable counts."""

import pytest
from torchvision import datasets

from dlviz.i18n import LANGUAGES, t
from dlviz.jobs.process import WorkerJob
from dlviz.training.transfer import TransferRequest, TransferSettings, select_data, transfer_job
from tests.conftest import open_page
from tests.test_blocks_support import chart
from tests.test_jobs_worker import run_to_end

PAGE = "pages/training_lab.py"


def open_transfer(lang: str, folder) -> object:
    at = open_page(PAGE, lang)
    at.text_input(key="shared_data_dir_widget").input(str(folder)).run()
    at.radio(key="training_section").set_value("transfer").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_run_on_mnist_shows_both_curves_and_the_trainable_counts(mnist_root, lang):
    at = open_transfer(lang, mnist_root)
    assert t("transfer.press_run", lang) in [i.value for i in at.info]
    at.slider(key="transfer_base").set_value(500).run()
    at.slider(key="transfer_shots").set_value(40).run()
    at.slider(key="transfer_epochs").set_value(2).run()
    at.button(key="transfer_run_button").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("transfer.status.finished", lang) in [i.value for i in at.info]
    figure = chart(at, "transfer_chart")
    names = [trace.name for trace in figure.data]
    assert names == [t("transfer.curve.transfer", lang), t("transfer.curve.scratch", lang)]
    assert all(list(trace.x) == [0, 1, 2] for trace in figure.data)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("transfer.trainable.transfer", lang)] == f"{16 * 7 * 7 * 5 + 5:,}"
    assert metrics[t("transfer.trainable.scratch", lang)] == f"{80 + 1168 + 16 * 7 * 7 * 5 + 5:,}"
    if lang == "en":  # the numbers are the worker's for these settings and this seed
        settings = TransferSettings("mnist", 500, 2, 40, 2, 0)
        train, test = (datasets.MNIST(str(mnist_root), train=split) for split in (True, False))
        data = select_data(train.data, train.targets, test.data, test.targets, settings)
        job = WorkerJob(transfer_job, TransferRequest(settings, data, 60.0))
        run_to_end(job)
        assert [list(trace.y) for trace in figure.data] == [
            job.outcome.result.transfer_curve,
            job.outcome.result.scratch_curve,
        ]
        assert "datasets.MNIST(" in at.code[-1].value and "requires_grad_(False)" in at.code[-1].value


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_absent_fashion_mnist_offers_a_download_instead_of_a_run(mnist_root, lang):
    at = open_transfer(lang, mnist_root)
    at.selectbox(key="transfer_dataset").set_value("fashion_mnist").run()
    assert not at.exception
    name = t("images.name.fashion_mnist", lang)
    assert at.button(key="transfer_download").label == t("images.download", lang, name=name)
    assert not [b for b in at.button if b.key == "transfer_run_button"]


def test_hosted_mode_shows_no_server_path(monkeypatch, tmp_path):
    monkeypatch.setenv("DLVIZ_HOSTED", "1")
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path / "server-data"))
    at = open_page(PAGE)
    at.radio(key="training_section").set_value("transfer").run()
    assert not at.exception and not at.text_input
    shown = [
        str(e.value) for kind in ("markdown", "caption", "info", "error", "code") for e in getattr(at, kind)
    ]
    assert any("data/MNIST/raw" in text or "(data)" in text for text in shown)
    assert not [text for text in shown if str(tmp_path) in text]
