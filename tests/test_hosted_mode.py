"""Hosted mode: visitors never type a server path, never see one, and downloads go only to the data folder."""

import pytest

from dlviz.data import images
from dlviz.errors import UserFacingError
from dlviz.hosting import hosted_mode
from tests.conftest import ROOT, open_page

ELEMENT_KINDS = ("markdown", "caption", "info", "warning", "error", "success", "code", "text", "text_input")


def shown_texts(at) -> list[str]:
    """Return every text an AppTest page shows (values of text inputs included)."""
    texts = []
    for kind in ELEMENT_KINDS:
        texts += [str(element.value) for element in getattr(at, kind)]
    return texts


@pytest.fixture
def hosted(monkeypatch, tmp_path):
    monkeypatch.setenv("DLVIZ_HOSTED", "1")
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path / "server-data"))
    return tmp_path / "server-data"


@pytest.mark.parametrize("value, on", [("1", True), ("true", True), ("On", True), ("0", False), ("", False)])
def test_the_switch_reads_the_environment(monkeypatch, value, on):
    monkeypatch.setenv("DLVIZ_HOSTED", value)
    assert hosted_mode() is on


def test_training_lab_has_no_folder_box_and_shows_no_server_path(hosted):
    at = open_page("pages/training_lab.py")
    at.selectbox(key="training_dataset").set_value("mnist").run()
    assert not at.text_input and not at.exception
    at.button(key="training_train").click().run()
    texts = shown_texts(at)
    assert any("data/MNIST/raw" in text for text in at.error.values)
    assert not [text for text in texts if str(hosted) in text or str(ROOT) in text]


def test_data_lab_gallery_and_code_show_no_server_path(hosted):
    at = open_page("pages/data_lab.py")
    at.query_params["section"] = "gallery"
    at.run()
    texts = shown_texts(at)
    assert texts and not [text for text in texts if str(hosted) in text or str(ROOT) in text]


def test_missing_files_name_the_folder_inside_the_data_folder_only(hosted):
    with pytest.raises(UserFacingError) as info:
        images.load_vision_dataset("mnist")
    assert info.value.params["folder"] == "data/MNIST/raw"


def test_a_download_in_hosted_mode_writes_only_into_the_data_folder(hosted, monkeypatch):
    folders = []
    monkeypatch.setattr(images.datasets.MNIST, "__init__", lambda self, root, **kw: folders.append(root))

    def no_files(name, root, train):
        folders.append(root)
        raise RuntimeError("Dataset not found")

    monkeypatch.setattr(images, "_loaded", no_files)
    at = open_page("pages/training_lab.py")
    at.selectbox(key="training_dataset").set_value("mnist").run()
    at.button(key="training_download").click().run()
    assert folders and set(folders) == {str(hosted)}
    assert not at.exception and at.error


def test_outside_hosted_mode_the_folder_is_shown_as_it_is(monkeypatch, tmp_path):
    monkeypatch.delenv("DLVIZ_HOSTED", raising=False)
    assert images.shown_folder(tmp_path) == str(tmp_path)
