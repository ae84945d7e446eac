"""AppTest of every Data lab section: change the widgets, check what is shown."""

import pytest

from dlviz.data.batching import batch_indices
from dlviz.i18n import t
from tests.conftest import OTHER_LANGUAGES, open_page
from tests.test_data_support import run_code

PAGE = "pages/data_lab.py"


def open_section(section: str, lang: str = "en"):
    at = open_page(PAGE, lang)
    at.radio(key="data_section").set_value(section).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown_text(at) -> str:
    return " ".join(m.value for m in at.markdown)


def test_dataset_section_indexes_the_dataset():
    at = open_section("dataset")
    assert at.selectbox(key="data_source").value == "digits"
    assert at.metric[0].value == "1797"
    at.number_input(key="data_index").set_value(5).run()
    text = markdown_text(at)
    assert "`dataset[5][1]` — label: `5`" in text
    assert "(1, 8, 8)" in text
    assert "class ImageLabelDataset(Dataset)" in at.code[0].value


def test_dataset_section_one_hot_and_pil_options():
    at = open_section("dataset")
    at.checkbox(key="data_ds_one_hot").check().run()
    at.checkbox(key="data_ds_to_tensor").uncheck().run()
    text = markdown_text(at)
    assert "[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]" in text
    assert "a PIL image, mode `L`, 8×8 pixels" in text
    assert "target_transform=transforms.Lambda" in at.code[-1].value


def test_dataset_section_with_mnist_from_the_folder(mnist_root, monkeypatch):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(mnist_root))
    at = open_section("dataset")
    assert at.selectbox(key="data_source").value == "mnist"
    assert at.metric[0].value == "10000"
    assert "(1, 28, 28)" in markdown_text(at)


def test_missing_mnist_folder_is_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path))
    at = open_section("dataset")
    at.selectbox(key="data_source").set_value("fashion_mnist").run()
    assert not at.exception
    assert str(tmp_path / "FashionMNIST" / "raw") in at.error[0].value


def test_loader_section_table_follows_the_seeded_loader():
    at = open_section("loader")
    at.slider(key="data_ld_size").set_value(10).run()
    at.slider(key="data_ld_batch_size").set_value(4).run()
    at.slider(key="data_ld_epochs").set_value(2).run()
    table = at.dataframe[0].value
    expected = batch_indices(10, 4, True, False, 0, 2)
    assert table.shape == (3, 2)
    assert table.iloc[0, 0] == ", ".join(map(str, expected[0][0]))
    assert table.iloc[0, 1] == ", ".join(map(str, expected[1][0]))
    assert [m.value for m in at.metric] == ["10", "3", "0"]


def test_loader_section_drop_last_and_seed():
    at = open_section("loader")
    at.slider(key="data_ld_size").set_value(10).run()
    at.slider(key="data_ld_batch_size").set_value(4).run()
    at.checkbox(key="data_ld_drop_last").check().run()
    assert [m.value for m in at.metric] == ["10", "2", "2"]
    at.session_state["shared_seed"] = 7
    at.run()
    expected = batch_indices(10, 4, True, True, 7, 3)
    assert at.dataframe[0].value.iloc[1, 2] == ", ".join(map(str, expected[2][1]))


def test_loader_section_shows_the_chosen_batch():
    at = open_section("loader")
    at.checkbox(key="data_ld_shuffle").uncheck().run()
    at.selectbox(key="data_ld_batch_no").set_value(1).run()
    assert "images `(6, 1, 8, 8)`, labels `[6, 7, 8, 9, 0, 1]`" in markdown_text(at)
    assert "shuffle=False" in at.code[-1].value


def test_transforms_section_normalize_statistics():
    at = open_section("transforms")
    at.slider(key="data_tf_mean").set_value(0.5).run()
    at.slider(key="data_tf_std").set_value(0.25).run()
    stats = at.dataframe[0].value
    before_mean = stats.iloc[0, 0]
    assert stats.iloc[0, 1] == pytest.approx((before_mean - 0.5) / 0.25, abs=2e-4)
    assert "Normalize((0.5,), (0.25,))" in at.code[-1].value
    assert "black 0 → -2.0000, white 1 → 2.0000" in " ".join(c.value for c in at.caption)


def test_transforms_section_one_hot_label():
    at = open_section("transforms")
    at.number_input(key="data_index").set_value(3).run()
    assert "maps label `3` (3) to `[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]`" in markdown_text(at)


def test_augment_section_code_follows_the_sliders():
    at = open_section("augment")
    at.slider(key="data_au_rotation").set_value(90).run()
    at.slider(key="data_au_flip").set_value(0.0).run()
    at.slider(key="data_au_count").set_value(8).run()
    code = at.code[-1].value
    assert "RandomRotation(90.0)" in code and "RandomHorizontalFlip" not in code
    assert "range(8)" in code
    assert len(at.get("plotly_chart")) == 2


def test_compose_section_order_changes_the_result():
    at = open_section("compose")
    assert t("data.cp.different", "en", difference=0.4242)[:20] in at.info[0].value
    at.multiselect(key="data_cp_second").set_value(["to_tensor", "normalize", "rotate"]).run()
    assert at.success[0].value == t("data.cp.same", "en")


def test_compose_section_wrong_order_is_explained():
    at = open_section("compose")
    at.selectbox(key="data_cp_preset").set_value("normalize_first").run()
    assert not at.exception
    assert "put ToTensor() before it" in at.error[0].value


def test_compose_section_shapes_can_differ():
    at = open_section("compose")
    at.selectbox(key="data_cp_preset").set_value("crop_resize").run()
    at.slider(key="data_cp_crop").set_value(6).run()
    at.slider(key="data_cp_resize").set_value(4).run()
    assert "(1, 4, 4) vs (1, 6, 6)" in at.warning[0].value


def test_gallery_section_digits_and_toys():
    at = open_section("gallery")
    assert [m.value for m in at.metric] == ["1,797", "(1, 8, 8)", "10"]
    at.selectbox(key="data_gl_name").set_value("toys").run()
    at.selectbox(key="data_gl_toy").set_value("gaussian").run()
    at.slider(key="data_gl_points").set_value(300).run()
    assert [m.value for m in at.metric] == ["300", "(2,)", "2"]


def test_gallery_section_fake_data():
    at = open_section("gallery")
    at.selectbox(key="data_gl_name").set_value("fake_data").run()
    at.slider(key="data_gl_fake_size").set_value(40).run()
    assert [m.value for m in at.metric] == ["40", "(1, 28, 28)", "10"]
    assert "FakeData(size=40" in at.code[-1].value


def test_gallery_offline_download_failure_is_a_message(tmp_path, monkeypatch):
    from torchvision import datasets

    def offline(self):
        raise RuntimeError("Error downloading:\n<urlopen error [Errno -2] Name or service not known>")

    monkeypatch.setattr(datasets.FashionMNIST, "download", offline)
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path))
    at = open_section("gallery")
    at.selectbox(key="data_gl_name").set_value("fashion_mnist").run()
    assert "are not in the data folder" in at.error[0].value
    at.button(key="data_gl_download").click().run()
    assert not at.exception
    assert any("Name or service not known" in e.value for e in at.error)


def test_gallery_mnist_from_the_folder(mnist_root, monkeypatch):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(mnist_root))
    at = open_section("gallery")
    at.selectbox(key="data_gl_name").set_value("mnist").run()
    assert at.metric[0].value == "10,000"
    at.radio(key="data_gl_train").set_value(True).run()
    assert at.metric[0].value == "60,000"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_page_is_translated(lang):
    at = open_section("loader", lang)
    assert at.title[0].value == t("lab.data.title", lang)
    assert at.metric[1].label == t("data.ld.len_loader", lang)


def test_loader_code_panel_reproduces_the_table_on_the_page():
    at = open_section("loader")
    at.slider(key="data_ld_size").set_value(12).run()
    at.slider(key="data_ld_batch_size").set_value(5).run()
    namespace = run_code(at.code[-1].value)
    shown = at.dataframe[0].value
    for epoch, batches in enumerate(namespace["table"]):
        for number, indices in enumerate(batches):
            assert shown.iloc[number, epoch] == ", ".join(map(str, indices))
    assert tuple(namespace["shown_images"].shape) == (5, 1, 8, 8)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_gallery_says_what_was_corrected_in_the_seed(tmp_path, monkeypatch, lang):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path))
    at = open_section("gallery", lang)
    at.selectbox(key="data_gl_name").set_value("mnist").run()
    assert t("data.gl.seed_note", lang) in [c.value for c in at.caption]
    assert at.button(key="data_gl_download").label == t(
        "data.gl.download", lang, name=t("data.gallery.mnist", lang)
    )
