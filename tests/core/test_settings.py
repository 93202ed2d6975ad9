"""Desk settings: declared defaults, checked values, atomic saves, a damaged file set aside."""

from pathlib import Path

import pytest

from lapor_desk.settings import DESK_CODE, QUEUE_PAGE_SIZE, UI_LANGUAGE, SettingError, Settings


def test_defaults_and_persistence(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get(DESK_CODE) == "MEJA-01"
    assert settings.get(QUEUE_PAGE_SIZE) == 200
    settings.set(UI_LANGUAGE, "en")
    assert Settings(path).get(UI_LANGUAGE) == "en"


def test_bad_values_are_refused(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    with pytest.raises(SettingError) as info:
        settings.set(DESK_CODE, "kab bdg 01")
    assert info.value.code == "desk_code_format"
    with pytest.raises(SettingError):
        settings.set(UI_LANGUAGE, "fr")
    with pytest.raises(SettingError):
        settings.set_text("no.such.key", "1")
    assert settings.get(DESK_CODE) == "MEJA-01"


def test_damaged_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    assert Settings(path).get(DESK_CODE) == "MEJA-01"
    assert (tmp_path / "settings.damaged.json").read_text(encoding="utf-8") == "{ not json"
