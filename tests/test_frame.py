"""Pages always run inside app.py's frame, even where Streamlit's legacy pages/ mode starts them."""

import pytest
from streamlit.testing.v1 import AppTest

from dlviz.i18n import t
from dlviz.ui.legacy_pages import in_legacy_pages_mode
from tests.conftest import APP_TIMEOUT, OTHER_LANGUAGES, ROOT, open_page


def test_sidebar_survives_reruns_of_a_page():
    at = open_page("pages/graphs_lab.py")
    at.run()
    at.run()
    assert at.sidebar.selectbox(key="shared_lang_widget").value == "en"
    assert at.title[0].value == t("lab.graphs.title", "en")


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_sidebar_widget_changes_apply_on_rerun(lang):
    at = open_page("pages/home.py")
    at.sidebar.selectbox(key="shared_lang_widget").set_value(lang).run()
    assert at.title[0].value == t("home.title", lang)
    at.sidebar.number_input(key="shared_seed_widget").set_value(5).run()
    assert at.session_state["shared_seed"] == 5
    assert at.title[0].value == t("home.title", lang)


def test_a_page_file_run_as_the_main_script_still_renders():
    at = AppTest.from_file(str(ROOT / "pages" / "graphs_lab.py"), default_timeout=APP_TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == t("lab.graphs.title", "en")


def test_the_legacy_pages_flag_is_where_the_frame_reads_it():
    """Guards dlviz/ui/legacy_pages.py: if this fails, Streamlit moved the internal the frame relies on."""
    from streamlit.runtime.pages_manager import PagesManager

    assert hasattr(PagesManager, "uses_pages_directory"), (
        "Streamlit dropped PagesManager.uses_pages_directory"
    )
    PagesManager.uses_pages_directory = None
    PagesManager(str(ROOT / "app.py"))
    assert in_legacy_pages_mode(), "a main script beside pages/ no longer starts Streamlit's legacy mode"
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT).run()
    assert not at.exception
    assert not in_legacy_pages_mode(), "st.navigation no longer ends the legacy mode"
