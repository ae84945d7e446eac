"""A page started without app.py (Streamlit's legacy pages/ mode) reruns once inside the frame."""

from streamlit.testing.v1 import AppTest

from dlviz.i18n import t
from tests.conftest import APP_TIMEOUT, ROOT, open_page


def test_page_run_on_its_own_reruns_once_and_still_renders():
    at = AppTest.from_file(str(ROOT / "pages" / "graphs_lab.py"), default_timeout=APP_TIMEOUT).run()
    assert not at.exception
    assert at.session_state["shared_frame_retried"] is True
    assert at.title[0].value == t("lab.graphs.title", "en")


def test_page_inside_the_frame_does_not_rerun():
    at = open_page("pages/home.py")
    assert "shared_frame_retried" not in at.session_state
