"""Caps: one place, a translated message, and environment overrides."""

import pytest

from dlviz import limits
from dlviz.i18n import catalog, t
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


def test_message_names_the_cap_in_both_languages():
    error = LimitExceeded(limits.MAX_EPOCHS, 99)
    what = error.params["what_key"]
    en = t(error.key, "en", what=t(what, "en"), requested=99, cap=error.params["cap"])
    zh = t(error.key, "zh", what=t(what, "zh"), requested=99, cap=error.params["cap"])
    assert "epochs" in en and "99" in en
    assert "训练轮数" in zh and "99" in zh


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
