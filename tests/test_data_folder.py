"""The shared data setting: one data folder in the sidebar feeds the Data lab, Building blocks and Training Lab."""

import numpy as np
import pytest
import torch
from torchvision import datasets

from dlviz.data.images import dataset_present, sample_images
from dlviz.i18n import LANGUAGES, t
from tests.conftest import open_page, text_pattern
from tests.test_blocks_support import chart, values

FOLDER_BOX = "shared_data_dir_widget"


def set_folder(at, folder) -> None:
    at.text_input(key=FOLDER_BOX).input(str(folder)).run()
    assert not at.exception, [e.value for e in at.exception]


def test_the_four_raw_files_say_whether_a_dataset_is_here(mnist_root, tmp_path):
    assert dataset_present("mnist", mnist_root)
    assert not dataset_present("fashion_mnist", mnist_root)
    assert not dataset_present("mnist", tmp_path)


def test_sample_images_are_torchvisions_test_images(mnist_root):
    sample = sample_images(4, mnist_root, seed=3, name="mnist")
    reference = datasets.MNIST(str(mnist_root), train=False, download=False)
    index = torch.randperm(len(reference.targets), generator=torch.Generator().manual_seed(3))[:4]
    assert sample.source == "mnist"
    torch.testing.assert_close(sample.images[:, 0], reference.data[index].float() / 255)
    assert torch.equal(sample.labels, reference.targets[index])


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_data_lab_shows_real_mnist_digits_from_the_sidebar_folder(mnist_root, tmp_path, monkeypatch, lang):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path))
    at = open_page("pages/data_lab.py", lang)
    at.radio(key="data_section").set_value("dataset").run()
    assert at.selectbox(key="data_source").value == "digits"
    set_folder(at, mnist_root)
    at.selectbox(key="data_source").set_value("mnist").run()
    at.number_input(key="data_index").set_value(7).run()
    assert not at.exception
    reference = datasets.MNIST(str(mnist_root), train=False, download=False)
    shown = values(chart(at, "data_ds_image").data[0].z)
    np.testing.assert_allclose(shown, reference.data[7].numpy() / 255, atol=1e-6)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_building_blocks_shows_real_mnist_digits_from_the_sidebar_folder(
    mnist_root, tmp_path, monkeypatch, lang
):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path))
    at = open_page("pages/building_blocks.py", lang)
    at.radio(key="blocks_section").set_value("anatomy").run()
    assert text_pattern("images.fallback", lang).search(" ".join(c.value for c in at.caption))
    set_folder(at, mnist_root)
    at.selectbox(key="blocks_images").set_value("mnist").run()
    assert not at.exception
    assert t("images.source.mnist", lang) in [c.value for c in at.caption]
    reference = datasets.MNIST(str(mnist_root), train=False, download=False)
    index = torch.randperm(len(reference.targets), generator=torch.Generator().manual_seed(0))[:3]
    z = values(chart(at, "blocks_anat_input").data[0].z)
    np.testing.assert_allclose(z[:, :28], reference.data[index[0]].numpy() / 255, atol=1e-6)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_absent_fashion_mnist_falls_back_to_digits_and_offers_a_download(mnist_root, lang):
    at = open_page("pages/building_blocks.py", lang)
    at.radio(key="blocks_section").set_value("layers").run()
    set_folder(at, mnist_root)
    at.selectbox(key="blocks_images").set_value("fashion_mnist").run()
    assert not at.exception
    name = t("images.name.fashion_mnist", lang)
    assert t("images.fallback", lang, name=name) in [c.value for c in at.caption]
    assert at.button(key="blocks_images_download").label == t("images.download", lang, name=name)
    sidebar = " ".join(c.value for c in at.sidebar.caption)
    assert t("images.state", lang, name=name, state=t("images.found.False", lang)) in sidebar


def test_data_lab_offers_to_download_an_absent_fashion_mnist(mnist_root):
    at = open_page("pages/data_lab.py")
    at.radio(key="data_section").set_value("dataset").run()
    set_folder(at, mnist_root)
    at.selectbox(key="data_source").set_value("fashion_mnist").run()
    assert not at.exception
    assert at.button(key="data_source_download")
    assert "FashionMNIST" in at.error[0].value


@pytest.mark.parametrize("lang", LANGUAGES)
def test_training_lab_offers_a_download_as_soon_as_a_missing_dataset_is_picked(mnist_root, lang):
    at = open_page("pages/training_lab.py", lang)
    set_folder(at, mnist_root)
    at.selectbox(key="training_dataset").set_value("mnist").run()
    assert not [b for b in at.button if b.key == "training_download"]  # MNIST is here: nothing to offer
    at.selectbox(key="training_dataset").set_value("fashion_mnist").run()
    assert not at.exception
    assert at.button(key="training_download").label == t(
        "images.download", lang, name=t("images.name.fashion_mnist", lang)
    )


@pytest.mark.parametrize("page", ["pages/data_lab.py", "pages/building_blocks.py", "pages/training_lab.py"])
def test_hosted_mode_hides_the_folder_box(monkeypatch, tmp_path, page):
    monkeypatch.setenv("DLVIZ_HOSTED", "1")
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path / "server-data"))
    at = open_page(page)
    assert not at.exception
    assert not at.sidebar.text_input
    assert t("images.folder_hosted", "en") in [c.value for c in at.sidebar.caption]
    assert not [c.value for c in at.sidebar.caption if str(tmp_path) in c.value]


@pytest.mark.parametrize("page", ["pages/data_lab.py", "pages/training_lab.py"])
def test_any_text_in_the_folder_box_is_a_message_never_a_crash(page):
    at = open_page(page)
    if page == "pages/data_lab.py":
        at.radio(key="data_section").set_value("dataset").run()
        at.selectbox(key="data_source").set_value("mnist").run()
    else:
        at.toggle(key="training_auto").set_value(False).run()
        at.selectbox(key="training_dataset").set_value("mnist").run()
    for text in ["x" * 2000, "a\x00b", "~nobody/../..", "   ", "中文/数据", "\x1b[1m"]:
        set_folder(at, text)
        if page == "pages/training_lab.py":
            at.button(key="training_train").click().run()
        assert not at.exception, (text, at.exception[0].value if at.exception else "")
        assert at.error or text.strip() == ""


def test_training_lab_trains_on_real_mnist_digits_from_the_sidebar_folder(mnist_root, tmp_path, monkeypatch):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path))
    at = open_page("pages/training_lab.py")
    at.toggle(key="training_auto").set_value(False).run()
    at.selectbox(key="training_dataset").set_value("mnist").run()
    set_folder(at, mnist_root)
    at.slider(key="training_images").set_value(400).run()
    at.slider(key="training_epochs").set_value(1).run()
    at.button(key="training_train").click().run()
    assert not at.exception and not at.error
    data = at.session_state["training_experiment"].data  # what the analysis tabs draw, mistakes included
    reference = datasets.MNIST(str(mnist_root), train=True, download=False)
    known = {
        image.numpy().tobytes(): int(label)
        for image, label in zip(reference.data, reference.targets, strict=True)
    }
    for images, labels in ((data.train_x, data.train_y), (data.val_x, data.val_y)):
        assert images.dtype == torch.uint8 and images.shape[1:] == (1, 28, 28)
        assert [known[image[0].numpy().tobytes()] for image in images] == labels.tolist()
