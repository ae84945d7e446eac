"""Caps: one place, a translated message, and environment overrides."""

import pytest

from dlviz import limits
from dlviz.i18n import LANGUAGES, catalog, t
from dlviz.limits import Limit, LimitExceeded


def all_limits():
    return [value for value in vars(limits).values() if isinstance(value, Limit)]


def test_every_limit_has_a_translated_name():
    for limit in all_limits():
        assert f"limits.{limit.name.lower()}" in catalog(), limit.name


def test_within_cap_passes_and_above_cap_raises():
    limits.MAX_EPOCHS.check(limits.MAX_EPOCHS.value)
    with pytest.raises(LimitExceeded) as info:
        limits.MAX_EPOCHS.check(limits.MAX_EPOCHS.value + 1)
    assert info.value.key == "limits.exceeded"
    assert info.value.params["cap"] == limits.MAX_EPOCHS.value


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_message_names_the_cap_in_every_language(lang):
    error = LimitExceeded(limits.MAX_EPOCHS, 99)
    assert error.params["what_key"] == "limits.max_epochs"
    what = t(error.params["what_key"], lang)
    message = t(error.key, lang, what=what, requested=99, cap=error.params["cap"])
    assert what in message and "99" in message


def test_environment_variable_overrides_a_cap(monkeypatch):
    monkeypatch.setenv("DLVIZ_MAX_EPOCHS", "7")
    assert limits._cap("MAX_EPOCHS", 30).value == 7
    monkeypatch.setenv("DLVIZ_MAX_TRAIN_SECONDS", "2.5")
    assert limits._cap("MAX_TRAIN_SECONDS", 120.0).value == 2.5


def test_streamlit_upload_limit_matches_the_checkpoint_cap():
    from pathlib import Path

    import tomllib

    config = tomllib.loads((Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == limits.MAX_CHECKPOINT_BYTES.value
