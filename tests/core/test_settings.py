"""Desk settings: declared defaults, checked values, atomic saves, a damaged file set aside."""

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lapor_desk.settings import (
    DESK_CODE,
    OFFICE_NAME,
    QUEUE_PAGE_SIZE,
    SYNC_UPLOAD_DEMO,
    UI_LANGUAGE,
    SettingError,
    Settings,
    parse_assignments,
)


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


def test_precedence_command_line_then_environment_then_file_then_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert Settings(path, environ={}).resolve(QUEUE_PAGE_SIZE) == (200, "default")
    Settings(path, environ={}).set(QUEUE_PAGE_SIZE, "100")
    assert Settings(path, environ={}).resolve(QUEUE_PAGE_SIZE) == (100, "file")
    env = {"LAPOR_DESK_QUEUE_PAGE_SIZE": "300"}
    assert Settings(path, environ=env).resolve(QUEUE_PAGE_SIZE) == (300, "env")
    both = Settings(path, environ=env, overrides=parse_assignments(["queue.page_size=400"]))
    assert both.resolve(QUEUE_PAGE_SIZE) == (400, "cli")
    assert both.stored(QUEUE_PAGE_SIZE) == 100  # what a change in the file would change
    # A value a layer holds that breaks the rule is passed over, never fatal.
    assert Settings(path, environ={"LAPOR_DESK_QUEUE_PAGE_SIZE": "0"}).resolve(QUEUE_PAGE_SIZE) == (100, "file")


@pytest.mark.parametrize(
    ("key", "text", "code", "says"),
    [
        ("security.idle_lock_minutes", "-5", "setting_range", "Harus antara 0 dan 480; diberi -5."),
        ("queue.page_size", "0", "setting_range", "Harus antara 20 dan 2000; diberi 0."),
        ("queue.page_size", "banyak", "setting_not_integer", "Harus bilangan bulat; diberi banyak."),
        ("queue.page_size", "1.5", "setting_not_integer", "Harus bilangan bulat; diberi 1.5."),
        ("sync.upload_demo", "mungkin", "setting_not_bool", "Harus on atau off"),
        ("receipt.layout", "a5", "setting_choice", "Harus salah satu dari: a4, roll80; diberi a5."),
        ("office.phone", "telp kantor", "setting_phone_format", "Nomor telepon hanya angka"),
        ("office.name", "Kantor\nBaris dua", "setting_control_chars", "baris baru"),
        ("queu.page_size", "10", "setting_unknown_suggest", "Maksudnya queue.page_size?"),
        ("tidak.ada.sama.sekali", "1", "setting_unknown", "Pengaturan tidak dikenal: tidak.ada.sama.sekali."),
    ],
)
def test_each_refusal_names_its_rule(tmp_path: Path, key: str, text: str, code: str, says: str) -> None:
    settings = Settings(tmp_path / "s.json", environ={})
    with pytest.raises(SettingError) as info:
        settings.set_text(key, text)
    assert info.value.code == code
    assert says in info.value.text("id")
    assert info.value.text("en") != info.value.text("id")
    assert not (tmp_path / "s.json").exists()  # nothing written


def test_update_checks_every_value_before_writing_any(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json", environ={})
    with pytest.raises(SettingError):
        settings.update({OFFICE_NAME: "Kantor Kab. Bandung", QUEUE_PAGE_SIZE: 0})
    assert settings.get(OFFICE_NAME) == "" and not (tmp_path / "s.json").exists()
    settings.update({OFFICE_NAME: "Kantor Kab. Bandung", SYNC_UPLOAD_DEMO: "ya"})
    again = Settings(tmp_path / "s.json", environ={})
    assert again.get(OFFICE_NAME) == "Kantor Kab. Bandung" and again.get(SYNC_UPLOAD_DEMO) is True


def test_every_setting_is_described_in_both_languages_and_its_default_obeys_its_rule() -> None:
    from lapor_desk.settings import ALL_SETTINGS

    for setting in ALL_SETTINGS:
        assert setting.parse(setting.default) == setting.default, setting.key
        described = {setting.description(lang) for lang in ("id", "en")}
        assert "setting." + setting.key not in described and len(described) == 2, setting.key
        for choice in setting.choices:
            assert setting.choice_label(choice, "id") != choice, choice


def test_proxy_credentials_are_kept_like_the_token_never_in_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lapor_desk.settings import SYNC_PROXY

    monkeypatch.setenv("LAPOR_DESK_NO_KEYRING", "1")  # the 0600 file, as on a PC without a keyring
    path = tmp_path / "config" / "settings.json"
    secret_file = tmp_path / "config" / "proxy-credentials"
    s = Settings(path)
    s.set(SYNC_PROXY, "http://it:ra%40hasia@127.0.0.1:3128")
    text = path.read_text(encoding="utf-8")
    assert "ra%40hasia" not in text and "it:" not in text
    assert json.loads(text)["values"]["sync.proxy"] == "http://127.0.0.1:3128"
    assert secret_file.read_text(encoding="utf-8") == "it:ra%40hasia"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert s.get(SYNC_PROXY) == "http://127.0.0.1:3128"  # what screens and `config list` show
    again = Settings(path)
    assert again.with_secret(SYNC_PROXY) == "http://it:ra%40hasia@127.0.0.1:3128"  # what the sync connects with
    # The same address typed again without credentials keeps them; another address does not get them.
    again.set(SYNC_PROXY, "http://127.0.0.1:3128")
    assert again.with_secret(SYNC_PROXY, "http://127.0.0.1:3128") == "http://it:ra%40hasia@127.0.0.1:3128"
    assert again.with_secret(SYNC_PROXY, "http://10.0.0.9:8080") == "http://10.0.0.9:8080"
    # A new address without credentials, or no proxy, forgets them.
    again.set(SYNC_PROXY, "http://127.0.0.1:8080")
    assert not secret_file.exists() and again.with_secret(SYNC_PROXY) == "http://127.0.0.1:8080"
    again.set(SYNC_PROXY, "http://u:p@127.0.0.1:8080")
    again.set(SYNC_PROXY, "")
    assert not secret_file.exists() and again.with_secret(SYNC_PROXY) == ""


def test_an_older_settings_file_with_proxy_credentials_is_cleaned_when_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lapor_desk.settings import SETTINGS_VERSION, SYNC_PROXY

    monkeypatch.setenv("LAPOR_DESK_NO_KEYRING", "1")
    path = tmp_path / "settings.json"
    doc = {
        "version": SETTINGS_VERSION,
        "values": {"sync.proxy": "http://it:rahasia@127.0.0.1:3128", "office.name": "X"},
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    s = Settings(path)
    assert "rahasia" not in path.read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["values"]["office.name"] == "X"
    assert s.with_secret(SYNC_PROXY) == "http://it:rahasia@127.0.0.1:3128"
    assert (tmp_path / "proxy-credentials").read_text(encoding="utf-8") == "it:rahasia"


_SAVE_UNDER_LIMIT = """
import errno, resource, sys
from pathlib import Path
from lapor_desk.settings import OFFICE_ADDRESS, Settings
s = Settings(Path(sys.argv[1]))
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
try:
    s.set(OFFICE_ADDRESS, "Jalan Raya Denpasar-Gilimanuk Km 12, " * 5)
except OSError as exc:
    print("refused", errno.errorcode[exc.errno])
else:
    print("saved")
"""


def test_a_full_disk_never_leaves_the_settings_file_empty_or_half_written(tmp_path: Path) -> None:
    """A real limit on the size a file may grow to (RLIMIT_FSIZE: how a full disk looks to the
    process): the new settings cannot be written, and the old file is still whole."""
    path = tmp_path / "settings.json"
    Settings(path).update({OFFICE_NAME: "Kantor Kecamatan Ubud", DESK_CODE: "UBUD-01"})
    before = path.read_bytes()
    out = subprocess.run(
        [sys.executable, "-c", _SAVE_UNDER_LIMIT, str(path), str(len(before))],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.split() == ["refused", "EFBIG"], out.stderr
    assert path.read_bytes() == before  # the old file, whole
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no half-written temporary left
    s = Settings(path)
    assert s.get(OFFICE_NAME) == "Kantor Kecamatan Ubud" and s.get(DESK_CODE) == "UBUD-01"
