"""Desk settings: each declared once with key, type, default and description.

Stored as JSON in the user config dir and written atomically. Older files are
upgraded by numbered steps (see `_UPGRADES`).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from lapor_desk.i18n import LANGUAGES

T = TypeVar("T")

SETTINGS_VERSION = 1
DESK_CODE_RE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")


class SettingError(ValueError):
    """A value that a setting does not accept; `code` is a core message code."""

    def __init__(self, key: str, code: str) -> None:
        super().__init__(f"{key}: {code}")
        self.key = key
        self.code = code


def _desk_code(value: str) -> str | None:
    return None if DESK_CODE_RE.match(value) and len(value) <= 20 else "desk_code_format"


def _language(value: str) -> str | None:
    return None if value in LANGUAGES else "invalid_choice"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    description_id: str
    description_en: str
    check: Callable[[T], str | None] | None = None

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_id


DESK_CODE: Setting[str] = Setting(
    "desk.code", str, "MEJA-01",
    "Kode meja, dipakai di nomor tanda terima", "Desk code, used in receipt numbers",
    _desk_code,
)
DESK_NAME: Setting[str] = Setting(
    "desk.name", str, "Meja Pengaduan", "Nama meja pengaduan", "Complaint desk name"
)
DESK_PHONE: Setting[str] = Setting(
    "desk.phone", str, "", "Nomor telepon meja untuk cek status", "Desk phone for status checks"
)
OFFICER_NAME: Setting[str] = Setting(
    "officer.name", str, "", "Nama petugas yang bertugas", "Name of the officer on duty"
)
OFFICER_NIP: Setting[str] = Setting(
    "officer.nip", str, "", "NIP petugas yang bertugas", "NIP of the officer on duty"
)
UI_LANGUAGE: Setting[str] = Setting(
    "ui.language", str, "id", "Bahasa tampilan (id atau en)", "Display language (id or en)",
    _language,
)
QUEUE_PAGE_SIZE: Setting[int] = Setting(
    "queue.page_size", int, 200, "Jumlah baris per halaman antrean", "Rows per queue page"
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    DESK_CODE, DESK_NAME, DESK_PHONE, OFFICER_NAME, OFFICER_NIP, UI_LANGUAGE, QUEUE_PAGE_SIZE,
)
BY_KEY = {s.key: s for s in ALL_SETTINGS}

# Numbered upgrade steps: step N turns a version N-1 document into version N.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Settings:
    """The desk's settings file. Pass it where needed; there is no global instance."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            # A damaged settings file must not keep the desk from starting: keep it aside.
            self.path.replace(self.path.with_suffix(".damaged.json"))
            return
        version = int(raw.get("version", 0))
        for step in range(version + 1, SETTINGS_VERSION + 1):
            if step in _UPGRADES:
                raw = _UPGRADES[step](raw)
        self._values = dict(raw.get("values", {}))

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        try:
            return setting.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        try:
            value = setting.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError) as exc:
            raise SettingError(setting.key, "invalid_choice") from exc
        if setting.check is not None:
            problem = setting.check(value)
            if problem:
                raise SettingError(setting.key, problem)
        self._values[setting.key] = value
        self._save()

    def set_text(self, key: str, text: str) -> None:
        """Set a setting from its key and a text value (the CLI's `config set`)."""
        setting = BY_KEY.get(key)
        if setting is None:
            raise SettingError(key, "invalid_choice")
        self.set(setting, text)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = {"version": SETTINGS_VERSION, "values": self._values}
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(doc, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
