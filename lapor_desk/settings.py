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

RECEIPT_LAYOUT: Setting[str] = Setting(
    "receipt.layout", str, "a4", "Tata letak tanda terima: a4 atau roll80 (kertas termal 80 mm)",
    "Receipt layout: a4 or roll80 (80 mm thermal roll)",
    lambda v: None if v in ("a4", "roll80") else "invalid_choice",
)
ATTACH_MAX_FILE_MB: Setting[int] = Setting(
    "attachments.max_file_mb", int, 10, "Batas ukuran satu lampiran (MB)", "Size limit of one attachment (MB)",
    lambda v: None if 1 <= v <= 200 else "invalid_choice",
)
ATTACH_MAX_TOTAL_MB: Setting[int] = Setting(
    "attachments.max_total_mb", int, 25, "Batas ukuran semua lampiran satu pengaduan (MB)",
    "Size limit of all attachments of one complaint (MB)",
    lambda v: None if 1 <= v <= 1000 else "invalid_choice",
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    DESK_CODE, DESK_NAME, DESK_PHONE, OFFICER_NAME, OFFICER_NIP, UI_LANGUAGE, QUEUE_PAGE_SIZE,
    RECEIPT_LAYOUT, ATTACH_MAX_FILE_MB, ATTACH_MAX_TOTAL_MB,
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


# --- sync with the central (issue 4)

def _central_url(value: str) -> str | None:
    return None if value == "" or value.startswith(("http://", "https://")) else "sync_url_format"


def _zero_or_one(value: int) -> str | None:
    return None if value in (0, 1) else "invalid_choice"


def _positive(value: int) -> str | None:
    return None if value > 0 else "invalid_choice"


SYNC_CENTRAL_URL: Setting[str] = Setting(
    "sync.central_url", str, "", "Alamat API pusat, mis. https://pusat.example/api/v1",
    "Central API address, e.g. https://central.example/api/v1", _central_url,
)
SYNC_INTERVAL_S: Setting[int] = Setting(
    "sync.interval_s", int, 300, "Selang sinkronisasi otomatis (detik)", "Automatic sync interval (seconds)",
    _positive,
)
SYNC_BATCH_SIZE: Setting[int] = Setting(
    "sync.batch_size", int, 200, "Jumlah pengaduan per kiriman (1-500)", "Complaints per upload batch (1-500)",
    lambda v: None if 1 <= v <= 500 else "invalid_choice",
)
SYNC_UPLOAD_DEMO: Setting[int] = Setting(
    "sync.upload_demo", int, 0, "Kirim juga data contoh (1) atau tidak (0)",
    "Also upload demo data (1) or not (0)", _zero_or_one,
)
ALL_SETTINGS = (*ALL_SETTINGS, SYNC_CENTRAL_URL, SYNC_INTERVAL_S, SYNC_BATCH_SIZE, SYNC_UPLOAD_DEMO)
BY_KEY = {s.key: s for s in ALL_SETTINGS}


# --- supervision (issue 6)


def _on_off(value: str) -> str | None:
    return None if value in ("on", "off") else "on_off"


def _deadline_profile(value: str) -> str | None:
    parts = value.split("/")
    ok = len(parts) == 4 and all(p.isdigit() and 0 < int(p) <= 365 for p in parts)
    return None if ok else "deadline_profile_format"


IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "security.idle_lock_minutes", int, 10,
    "Kunci sesi setelah sekian menit tanpa aktivitas (0 = tidak pernah)",
    "Lock the session after this many idle minutes (0 = never)",
)
FOUR_EYES: Setting[str] = Setting(
    "review.four_eyes", str, "off",
    "Pengaduan petugas magang menunggu persetujuan supervisor (on/off)",
    "Trainee clerks' complaints wait for a supervisor's approval (on/off)",
    _on_off,
)
DEADLINE_PROFILE: Setting[str] = Setting(
    "deadlines.profile", str, "3/5/10/60",
    "Tenggat: HK verifikasi/HK tindak lanjut pertama/HK selesai otomatis/hari total",
    "Deadlines: HK to verify/HK to first follow-up/HK to auto-complete/days in all",
    _deadline_profile,
)
ALL_SETTINGS = (*ALL_SETTINGS, IDLE_LOCK_MINUTES, FOUR_EYES, DEADLINE_PROFILE)
BY_KEY.update({s.key: s for s in (IDLE_LOCK_MINUTES, FOUR_EYES, DEADLINE_PROFILE)})
