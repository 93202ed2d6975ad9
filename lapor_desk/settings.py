"""Desk settings: each declared once with key, type, default, range or choices; described in
the message catalogue (`setting.<key>`), so the dialog, `config`, `setup` and the environment
all apply the same rules.

Where a value comes from, strongest first: the command line (`--set key=value`), the
environment (`LAPOR_DESK_<KEY>`, e.g. `LAPOR_DESK_QUEUE_PAGE_SIZE`), the settings file in the
config dir, the declared default. A value a layer holds that its setting refuses is skipped
(and logged), so a typo in the environment never stops the desk.

The file is JSON, written atomically; older files are upgraded by numbered steps (`_UPGRADES`).
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from lapor_desk.i18n import LANGUAGES, CodedError, translate

T = TypeVar("T")
log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
DESK_CODE_RE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
ENV_PREFIX = "LAPOR_DESK_"
_TRUE = ("on", "1", "true", "yes", "ya")
_FALSE = ("off", "0", "false", "no", "tidak")


class SettingError(CodedError, ValueError):
    """A value (or key) a setting does not accept; `code` is a catalogue code naming the rule."""

    def __init__(self, key: str, code: str, **params: Any) -> None:
        params.setdefault("key", key)
        params.setdefault("value", "")
        super().__init__(code, **params)
        self.key = key


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting. `type` is bool, int or str; ints may carry a range, strs a set of choices
    (each labelled in the catalogue as `setting.<key>.<choice>`) or a format `check` returning
    a catalogue code."""

    key: str
    type: type[T]
    default: T
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    check: Callable[[T], str | None] | None = None
    max_length: int = 200

    @property
    def env_name(self) -> str:
        return ENV_PREFIX + re.sub(r"[^A-Z0-9]", "_", self.key.upper())

    def description(self, language: str) -> str:
        return translate("setting." + self.key, language)

    def choice_label(self, choice: str, language: str) -> str:
        code = f"setting.{self.key}.{choice}"
        text = translate(code, language)
        return choice if text == code else text

    def text(self, value: Any) -> str:
        """A value as typed on the command line (and shown by `config list`)."""
        if self.type is bool:
            return "on" if value else "off"
        return str(value)

    def parse(self, raw: Any) -> T:
        """The value of `raw` (text or a JSON value), or SettingError naming the broken rule."""
        shown = raw if isinstance(raw, str) else json.dumps(raw)
        if self.type is bool:
            value: Any = raw if isinstance(raw, bool) else str(raw).strip().lower()
            if value in _TRUE or value is True:
                return True  # type: ignore[return-value]
            if value in _FALSE or value is False:
                return False  # type: ignore[return-value]
            raise SettingError(self.key, "setting_not_bool", value=shown)
        if self.type is int:
            if isinstance(raw, bool) or not isinstance(raw, int | str):
                raise SettingError(self.key, "setting_not_integer", value=shown)
            if isinstance(raw, str):
                text = raw.strip()
                if not re.fullmatch(r"[+-]?[0-9]+", text) or len(text) > 12:
                    raise SettingError(self.key, "setting_not_integer", value=shown)
                raw = int(text)
            self._check_range(int(raw))
            return int(raw)  # type: ignore[return-value]
        if not isinstance(raw, str):
            raise SettingError(self.key, "setting_not_text", value=shown)
        text = raw.strip()
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
            raise SettingError(self.key, "setting_control_chars", value=shown)
        if len(text) > self.max_length:
            raise SettingError(self.key, "too_long", value=shown, max=self.max_length, length=len(text))
        if self.choices and text not in self.choices:
            raise SettingError(self.key, "setting_choice", value=shown, choices=", ".join(self.choices))
        if self.check is not None:
            problem = self.check(text)  # type: ignore[arg-type]
            if problem:
                raise SettingError(self.key, problem, value=shown)
        return text  # type: ignore[return-value]

    def _check_range(self, value: int) -> None:
        low, high = self.minimum, self.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            if high is None:
                raise SettingError(self.key, "setting_minimum", value=str(value), min=low)
            raise SettingError(self.key, "setting_range", value=str(value), min=low, max=high)


def _desk_code(value: str) -> str | None:
    return None if DESK_CODE_RE.match(value) and len(value) <= 20 else "desk_code_format"


def _counter_code(value: str) -> str | None:
    return None if value == "" or re.fullmatch(r"[A-Z0-9]{1,4}", value) else "counter_code_format"


def _phone(value: str) -> str | None:
    return None if value == "" or re.fullmatch(r"\+?\(?[0-9][0-9 ()\-]{4,24}", value) else "setting_phone_format"


def _central_url(value: str) -> str | None:
    return None if value == "" or value.startswith(("http://", "https://")) else "sync_url_format"


# Settings whose value may carry credentials (`http://user:password@proxy:3128`): the settings
# file keeps the address only; the credentials are kept like the desk token (the OS keyring,
# else a 0600 file in the config folder), under this account name.
SECRET_USERINFO = {"sync.proxy": "proxy"}


def split_userinfo(url: str) -> tuple[str, str]:
    """(the URL without `user:password@`, that user:password or "")."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    if not sep or "@" not in host:
        return url, ""
    userinfo, _, host = host.rpartition("@")
    return f"{scheme}://{host}{slash}{path}", userinfo


def join_userinfo(url: str, userinfo: str) -> str:
    scheme, sep, rest = url.partition("://")
    return f"{scheme}://{userinfo}@{rest}" if sep and userinfo else url


def _proxy_url(value: str) -> str | None:
    ok = value == "" or re.fullmatch(r"https?://[^\s/]+(:[0-9]+)?/?", value)
    return None if ok else "setting_proxy_format"


def _file_or_empty(value: str) -> str | None:
    return None if value == "" or Path(value).is_file() else "setting_file_missing"


def _deadline_profile(value: str) -> str | None:
    parts = value.split("/")
    ok = len(parts) == 4 and all(p.isdigit() and 0 < int(p) <= 365 for p in parts)
    return None if ok else "deadline_profile_format"


# --- the desk and its office
DESK_CODE: Setting[str] = Setting("desk.code", str, "MEJA-01", check=_desk_code, max_length=20)
# An office with several counters on one PostgreSQL: this PC's counter, under the desk code.
DESK_COUNTER: Setting[str] = Setting("desk.counter", str, "", check=_counter_code, max_length=4)
DESK_NAME: Setting[str] = Setting("desk.name", str, "Meja Pengaduan", max_length=120)
DESK_PHONE: Setting[str] = Setting("desk.phone", str, "", check=_phone, max_length=25)
OFFICE_NAME: Setting[str] = Setting("office.name", str, "", max_length=120)
OFFICE_ADDRESS: Setting[str] = Setting("office.address", str, "", max_length=200)
OFFICE_PHONE: Setting[str] = Setting("office.phone", str, "", check=_phone, max_length=25)
OFFICER_NAME: Setting[str] = Setting("officer.name", str, "", max_length=120)
OFFICER_NIP: Setting[str] = Setting("officer.nip", str, "", max_length=30)
UI_LANGUAGE: Setting[str] = Setting("ui.language", str, "id", choices=LANGUAGES)
# Text size of the whole window, in percent of the system's (Tampilan > Ukuran huruf).
UI_FONT_PERCENT: Setting[int] = Setting("ui.font_percent", int, 100, minimum=100, maximum=200)
# Where the window was when it was last closed (Qt's saveGeometry, base64); empty: fit the screen.
UI_WINDOW_GEOMETRY: Setting[str] = Setting("ui.window_geometry", str, "", max_length=2000)
# The size the clerk last left a complaint's view at ("1100x700"); empty: sized to its text.
UI_COMPLAINT_VIEW_SIZE: Setting[str] = Setting("ui.complaint_view_size", str, "", max_length=20)
# The queue tables' column widths each account dragged, in "n" widths, as JSON:
# {"username": {"queue": {"title": 31.5}}}; empty: fitted to their text (ui/queue/column_widths.py).
UI_COLUMN_WIDTHS: Setting[str] = Setting("ui.column_widths", str, "", max_length=20000)
QUEUE_PAGE_SIZE: Setting[int] = Setting("queue.page_size", int, 200, minimum=20, maximum=2000)
RECEIPT_LAYOUT: Setting[str] = Setting("receipt.layout", str, "a4", choices=("a4", "roll80"))
# Which sheets a receipt prints: the citizen's, the office's (kept on file), or both, one after the other.
RECEIPT_COPIES: Setting[str] = Setting("receipt.copies", str, "citizen", choices=("citizen", "office", "both"))
ATTACH_MAX_FILE_MB: Setting[int] = Setting("attachments.max_file_mb", int, 10, minimum=1, maximum=200)
ATTACH_MAX_TOTAL_MB: Setting[int] = Setting("attachments.max_total_mb", int, 25, minimum=1, maximum=1000)
# --- sync with the central (issue 4)
SYNC_CENTRAL_URL: Setting[str] = Setting("sync.central_url", str, "", check=_central_url, max_length=300)
SYNC_INTERVAL_S: Setting[int] = Setting("sync.interval_s", int, 300, minimum=1, maximum=86400)
SYNC_BATCH_SIZE: Setting[int] = Setting("sync.batch_size", int, 200, minimum=1, maximum=500)
SYNC_UPLOAD_DEMO: Setting[bool] = Setting("sync.upload_demo", bool, False)
# Files larger than this go in resumable parts of this size (issue 10: poor links).
SYNC_CHUNK_KB: Setting[int] = Setting("sync.chunk_kb", int, 1024, minimum=64, maximum=32768)
SYNC_CA_BUNDLE: Setting[str] = Setting("sync.ca_bundle", str, "", check=_file_or_empty, max_length=500)
SYNC_PROXY: Setting[str] = Setting("sync.proxy", str, "", check=_proxy_url, max_length=300)
# Plain http:// to a central on another machine: refused unless an admin sets this (audited; read
# from the settings file only, never from an environment or command-line override).
SYNC_ALLOW_PLAIN_HTTP: Setting[bool] = Setting("sync.allow_plain_http", bool, False)
# --- supervision (issue 6)
IDLE_LOCK_MINUTES: Setting[int] = Setting("security.idle_lock_minutes", int, 10, minimum=0, maximum=480)
FOUR_EYES: Setting[str] = Setting("review.four_eyes", str, "off", choices=("off", "on"))
DEADLINE_PROFILE: Setting[str] = Setting("deadlines.profile", str, "3/5/10/60", check=_deadline_profile)
# --- backups and retention (issue 14)
BACKUP_KEEP_DAILY: Setting[int] = Setting("backup.keep_daily", int, 7, minimum=1, maximum=366)
BACKUP_KEEP_WEEKLY: Setting[int] = Setting("backup.keep_weekly", int, 4, minimum=0, maximum=520)
RETENTION_DAYS: Setting[int] = Setting("privacy.retention_days", int, 365, minimum=0, maximum=36500)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    DESK_CODE,
    DESK_COUNTER,
    DESK_NAME,
    DESK_PHONE,
    OFFICE_NAME,
    OFFICE_ADDRESS,
    OFFICE_PHONE,
    OFFICER_NAME,
    OFFICER_NIP,
    UI_LANGUAGE,
    QUEUE_PAGE_SIZE,
    RECEIPT_LAYOUT,
    RECEIPT_COPIES,
    ATTACH_MAX_FILE_MB,
    ATTACH_MAX_TOTAL_MB,
    SYNC_CENTRAL_URL,
    SYNC_INTERVAL_S,
    SYNC_BATCH_SIZE,
    SYNC_UPLOAD_DEMO,
    SYNC_CHUNK_KB,
    SYNC_CA_BUNDLE,
    SYNC_PROXY,
    SYNC_ALLOW_PLAIN_HTTP,
    IDLE_LOCK_MINUTES,
    FOUR_EYES,
    DEADLINE_PROFILE,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_WEEKLY,
    RETENTION_DAYS,
)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in ALL_SETTINGS}


def lookup(key: str) -> Setting[Any]:
    """The setting declared as `key`, or SettingError suggesting the closest declared key."""
    setting = BY_KEY.get(key)
    if setting is not None:
        return setting
    close = difflib.get_close_matches(key, list(BY_KEY), n=1, cutoff=0.5)
    if close:
        raise SettingError(key, "setting_unknown_suggest", suggestion=close[0])
    raise SettingError(key, "setting_unknown")


def parse_assignments(items: Iterable[str]) -> dict[str, Any]:
    """`key=value` texts (the command line's `--set`) as checked values by key."""
    values: dict[str, Any] = {}
    for item in items:
        key, sep, text = item.partition("=")
        if not sep:
            raise SettingError(item, "setting_assignment_format")
        setting = lookup(key.strip())
        values[setting.key] = setting.parse(text)
    return values


# Numbered upgrade steps: step N turns a version N-1 document into version N.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


# Settings that weaken or redirect the desk's protections: changed only by an admin (audited),
# and read from the settings file only, never from an environment or command-line override.
PROTECTED_PREFIXES = ("sync.", "security.", "review.", "deadlines.")


def is_protected(key: str) -> bool:
    return key.startswith(PROTECTED_PREFIXES)


class Settings:
    """The desk's settings. Pass it where needed; there is no global instance.

    `overrides` are the command line's checked values (`parse_assignments`); `environ`
    defaults to the process environment, read once here.
    """

    def __init__(
        self, path: Path, *, environ: Mapping[str, str] | None = None, overrides: Mapping[str, Any] | None = None
    ) -> None:
        self.path = path
        self._values: dict[str, Any] = {}  # what the file holds, as read (unchecked)
        self._overrides = dict(overrides or {})
        self._warned: set[str] = set()
        env = os.environ if environ is None else environ
        self._environment = {s.key: env[s.env_name] for s in ALL_SETTINGS if s.env_name in env}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not an object")
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
        values = raw.get("values", {})
        self._values = dict(values) if isinstance(values, dict) else {}
        self._move_secrets_out_of_the_file()

    def _layers(self, setting: Setting[Any]) -> Iterable[tuple[str, Any]]:
        if is_protected(setting.key):
            # An admin's, from the file only: a variable or --set must not switch off the
            # four-eyes review or the idle lock, or redirect the sync, for one process
            # without anyone signing in.
            ignored = [
                s
                for s, on in (
                    ("--set", setting.key in self._overrides),
                    (setting.env_name, setting.key in self._environment),
                )
                if on
            ]
            if ignored and setting.key not in self._warned:
                self._warned.add(setting.key)
                log.warning(
                    "setting %s is an admin's (the settings file only); ignored: %s", setting.key, ", ".join(ignored)
                )
        else:
            if setting.key in self._overrides:
                yield "cli", self._overrides[setting.key]
            if setting.key in self._environment:
                yield "env", self._environment[setting.key]
        if setting.key in self._values:
            yield "file", self._values[setting.key]

    def resolve(self, setting: Setting[T]) -> tuple[T, str]:
        """The value in force and where it came from: cli, env, file or default."""
        for source, raw in self._layers(setting):
            try:
                return setting.parse(raw), source
            except SettingError as exc:
                log.warning("setting %s from %s ignored: %s", setting.key, source, exc)
        return setting.default, "default"

    def get(self, setting: Setting[T]) -> T:
        return self.resolve(setting)[0]

    def source(self, setting: Setting[Any]) -> str:
        return self.resolve(setting)[1]

    def stored(self, setting: Setting[T]) -> T:
        """What the file says (or the default): what a change in the file changes."""
        if setting.key in self._values:
            try:
                return setting.parse(self._values[setting.key])
            except SettingError:
                pass
        return setting.default

    # --- values that may carry credentials (a proxy's user:password@)

    def _secret_store(self, key: str) -> Any:
        from lapor_desk.sync.credentials import TokenStore

        account = SECRET_USERINFO[key]
        return TokenStore(self.path.parent, account=account, file_name=f"{account}-credentials")

    def with_secret(self, setting: Setting[str], value: str | None = None) -> str:
        """The value to connect with: `value` (default: the one in force) with the kept
        credentials put back, when it names the same address and carries none of its own."""
        value = self.get(setting) if value is None else value
        address, userinfo = split_userinfo(value)
        if userinfo or not address or setting.key not in SECRET_USERINFO:
            return value
        if address != split_userinfo(self.stored(setting))[0]:
            return value
        kept = self._secret_store(setting.key).load()
        return join_userinfo(address, kept) if kept else value

    def _keep_secrets(self, checked: dict[str, Any]) -> None:
        """Credentials in a value go to the secret store (keyring or a 0600 file); the file
        keeps the address. A new address without credentials, or none, forgets the old ones."""
        for key in SECRET_USERINFO.keys() & checked.keys():
            address, userinfo = split_userinfo(str(checked[key]))
            store = self._secret_store(key)
            if userinfo:
                store.save(userinfo)
            elif address != split_userinfo(str(self._values.get(key, "")))[0]:
                store.clear()
            checked[key] = address

    def _move_secrets_out_of_the_file(self) -> None:
        """A settings file written before credentials were kept apart: move them now."""
        found = {k: v for k, v in self._values.items() if k in SECRET_USERINFO and split_userinfo(str(v))[1]}
        if not found:
            return
        try:
            self._keep_secrets(found)
            self._save({**self._values, **found})
        except OSError as exc:  # read-only media: keep working; the move waits for a writable file
            log.warning("proxy credentials not yet moved out of %s: %s", self.path, exc)
            return
        self._values.update(found)

    def set(self, setting: Setting[T], value: Any) -> T:
        """Check and store one value in the file; returns it as stored."""
        stored: T = self.update({setting: value})[setting.key]
        return stored

    def update(self, values: Mapping[Setting[Any], Any]) -> dict[str, Any]:
        """Check every value first, then write them all in one atomic save (nothing half-set)."""
        checked = {setting.key: setting.parse(value) for setting, value in values.items()}
        self._keep_secrets(checked)
        self._save({**self._values, **checked})
        self._values.update(checked)
        return checked

    def set_text(self, key: str, text: str) -> Any:
        """Set a setting from its key and a text value (the CLI's `config set`)."""
        return self.set(lookup(key), text)

    def _save(self, values: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = {"version": SETTINGS_VERSION, "values": values}
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(doc, handle, ensure_ascii=False, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)  # a full disk leaves the old file whole
            raise


def counter_desk_code(settings: Settings) -> str:
    """The code this PC's complaints and receipt numbers carry: the desk code, followed by the
    counter's code in an office with several counters (KAB-BDG-01-L2). Each counter has its
    own receipt serials, so counters never wait on each other for a number."""
    desk, counter = settings.get(DESK_CODE), settings.get(DESK_COUNTER)
    return f"{desk}-{counter}" if counter else desk
