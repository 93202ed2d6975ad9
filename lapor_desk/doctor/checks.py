"""The doctor's checks. Each returns Findings; none needs the desk to open (a desk that does
not start is when an IT officer needs the doctor most): the database checks read the file,
and the checks that need the open desk say so when it could not be opened."""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from lapor_desk import __version__
from lapor_desk.backups.rotation import list_backups
from lapor_desk.i18n import translate
from lapor_desk.settings import split_userinfo

OK, WARN, FAIL = "ok", "warn", "fail"
LEVEL_TEXT = {OK: "OK  ", WARN: "WARN", FAIL: "FAIL"}
MIN_FREE_WARN = 1_000_000_000  # 1 GB: a month of attachments at a busy desk
MIN_FREE_FAIL = 100_000_000
OLDEST_UNSENT_WARN = timedelta(hours=24)
LAST_SYNC_WARN = timedelta(hours=24)
BACKUP_WARN = timedelta(hours=48)
CLOCK_WARN_S = 300.0


@dataclass(frozen=True)
class Finding:
    check: str  # doctor_check.<check> names it
    level: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, language: str) -> str:
        name = translate(f"doctor_check.{self.check}", language)
        return f"{LEVEL_TEXT[self.level]} {name}: {translate(self.code, language, self.params)}"


@dataclass
class Subject:
    """What the doctor looks at: the files, and the open desk when it opened."""

    data_dir: Path
    db_path: Path | None
    backup_dir: Path
    desk: Any = None  # lapor_desk.desk.Desk, or None when it could not be opened
    open_error: str = ""
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    min_free: tuple[int, int] = (MIN_FREE_WARN, MIN_FREE_FAIL)
    timeout_s: float = 5.0


def versions(s: Subject) -> list[Finding]:
    revision = head = "-"
    if s.desk is not None:
        revision, head = s.desk.db.current_revision() or "-", s.desk.db.head_revision()
    params = {
        "app": __version__,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "schema": revision,
        "head": head,
    }
    return [Finding("versions", OK, "doctor_versions", params)]


def data_folder(s: Subject) -> list[Finding]:
    out = []
    folder = s.data_dir
    try:
        info = folder.stat()
    except OSError as exc:
        return [Finding("data_folder", FAIL, "doctor_folder_missing", {"path": str(folder), "detail": str(exc)})]
    mode = stat.S_IMODE(info.st_mode)
    if not os.access(folder, os.W_OK):
        out.append(Finding("data_folder", FAIL, "doctor_folder_readonly", {"path": str(folder)}))
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        out.append(
            Finding(
                "data_folder", WARN, "doctor_folder_owner", {"path": str(folder), "uid": info.st_uid, "me": os.getuid()}
            )
        )
    if mode & 0o077:
        out.append(Finding("data_folder", WARN, "doctor_folder_open", {"path": str(folder), "mode": f"{mode:04o}"}))
    free = shutil.disk_usage(folder).free
    warn, fail = s.min_free
    params = {"path": str(folder), "free": f"{free / 1e9:.1f}", "mode": f"{mode:04o}"}
    if free < fail:
        out.append(Finding("data_folder", FAIL, "doctor_disk_low", params))
    elif free < warn:
        out.append(Finding("data_folder", WARN, "doctor_disk_low", params))
    return out or [Finding("data_folder", OK, "doctor_folder_ok", params)]


def database(s: Subject) -> list[Finding]:
    if s.desk is None:
        return [Finding("database", FAIL, "doctor_db_cannot_open", {"detail": s.open_error})]
    if s.db_path is None:
        if s.desk.db.url.get_backend_name() == "postgresql":
            return _office_server(s.desk.db)
        return [Finding("database", OK, "doctor_db_not_sqlite", {})]
    conn = sqlite3.connect(f"file:{s.db_path}?mode=ro", uri=True)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
    finally:
        conn.close()
    size = f"{s.db_path.stat().st_size / 1e6:.1f}"
    if rows != ["ok"]:
        return [Finding("database", FAIL, "doctor_db_damaged", {"path": str(s.db_path), "detail": "; ".join(rows)})]
    return [Finding("database", OK, "doctor_db_ok", {"path": str(s.db_path), "size": size})]


def _office_server(db: Any) -> list[Finding]:
    """An office's PostgreSQL: reachable (the desk opened), new enough, and the role's rights."""
    number = db.check_server()
    server = db.server_info()
    params = {**server, "version": f"{number // 10000}.{number % 10000}"}
    # The rights a counter needs on the office's tables, as office-init grants them (migrations
    # need CREATE on the schema too, but only when the application is upgraded).
    from lapor_desk.storage.office import missing_rights  # noqa: PLC0415 (only for an office's server)

    with db.read() as conn:
        missing = missing_rights(conn)
    if missing:
        return [Finding("database", FAIL, "doctor_pg_rights_missing", {**params, "missing": ", ".join(missing[:8])})]
    return [Finding("database", OK, "doctor_pg_ok", params)]


def search_index(s: Subject) -> list[Finding]:
    if s.desk is not None and s.db_path is None and s.desk.db.url.get_backend_name() == "postgresql":
        return [Finding("search_index", OK, "doctor_search_by_server", {})]
    if s.desk is None or s.db_path is None:
        return [Finding("search_index", WARN, "doctor_not_checked", {})]
    conn = sqlite3.connect(s.db_path)
    try:
        conn.execute("INSERT INTO complaints_fts(complaints_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return [Finding("search_index", FAIL, "doctor_fts_broken", {"detail": str(exc)})]
    finally:
        conn.close()
    return [Finding("search_index", OK, "doctor_fts_ok", {})]


def queue(s: Subject) -> list[Finding]:
    if s.desk is None or s.desk.sync is None:
        return [Finding("queue", WARN, "doctor_not_checked", {})]
    st = s.desk.sync.status()
    params = {"waiting": st.waiting, "needs_fix": st.needs_fix, "oldest": _when(st.oldest_queued_at)}
    out = []
    if st.needs_fix:
        out.append(Finding("queue", WARN, "doctor_queue_needs_fix", params))
    if st.oldest_queued_at is not None and s.now() - st.oldest_queued_at > OLDEST_UNSENT_WARN:
        out.append(Finding("queue", WARN, "doctor_queue_old", params))
    return out or [Finding("queue", OK, "doctor_queue_ok", params)]


def last_sync(s: Subject) -> list[Finding]:
    if s.desk is None or s.desk.sync is None:
        return [Finding("last_sync", WARN, "doctor_not_checked", {})]
    st = s.desk.sync.status()
    if not st.configured:
        return [Finding("last_sync", WARN, "doctor_not_registered", {})]
    if st.last_sync_at is None:
        return [Finding("last_sync", WARN, "doctor_never_synced", {})]
    params = {"at": _when(st.last_sync_at)}
    if s.now() - st.last_sync_at > LAST_SYNC_WARN:
        return [Finding("last_sync", WARN, "doctor_sync_old", params)]
    return [Finding("last_sync", OK, "doctor_sync_ok", params)]


def backups(s: Subject) -> list[Finding]:
    if s.desk is not None and s.db_path is None and s.desk.db.url.get_backend_name() == "postgresql":
        return [Finding("backups", OK, "doctor_backup_by_server", {"server": s.desk.db.server_info()["server"]})]
    found = list_backups(s.backup_dir)
    if not found:
        return [Finding("backups", FAIL, "doctor_no_backup", {"path": str(s.backup_dir)})]
    newest = found[0]
    params = {"count": len(found), "at": _when(newest.taken_at), "path": str(newest.path)}
    if s.now() - newest.taken_at > BACKUP_WARN:
        return [Finding("backups", WARN, "doctor_backup_old", params)]
    return [Finding("backups", OK, "doctor_backup_ok", params)]


def central(s: Subject) -> list[Finding]:
    if s.desk is None or s.desk.sync is None:
        return [Finding("central", WARN, "doctor_not_checked", {})]
    from lapor_desk.settings import SYNC_CENTRAL_URL
    from lapor_desk.sync.transport import CentralClient

    url = s.desk.settings.get(SYNC_CENTRAL_URL)
    if not url:
        return [Finding("central", WARN, "doctor_not_registered", {})]
    client = CentralClient(
        url, "", connect_timeout_s=s.timeout_s, read_timeout_s=s.timeout_s, **s.desk.sync.connection()
    )
    try:
        ex, _before, _after = client.health()
    finally:
        client.close()
    proxy = split_userinfo(s.desk.sync.connection().get("proxy") or "")[0] or "-"  # never its password
    params = {"url": url, "detail": ex.message or str(ex.status or ""), "proxy": proxy}
    if not ex.ok or not isinstance(ex.body, dict):
        tls = "ssl" in (ex.message or "").lower() or "certificate" in (ex.message or "").lower()
        return [Finding("central", FAIL, "doctor_central_tls" if tls else "doctor_central_down", params)]
    return [Finding("central", OK, "doctor_central_ok", params)]


def clock(s: Subject) -> list[Finding]:
    if s.desk is None or s.desk.sync is None:
        return [Finding("clock", WARN, "doctor_not_checked", {})]
    offset = s.desk.sync.status().clock_offset_s
    if offset is None:
        return [Finding("clock", WARN, "doctor_clock_unknown", {})]
    params = {"offset": f"{offset:+.0f}"}
    if abs(offset) > CLOCK_WARN_S:
        return [Finding("clock", WARN, "doctor_clock_skew", params)]
    return [Finding("clock", OK, "doctor_clock_ok", params)]


def keyring(s: Subject) -> list[Finding]:
    if s.desk is None or s.desk.sync is None:
        return [Finding("keyring", WARN, "doctor_not_checked", {})]
    tokens = s.desk.sync.tokens
    where = tokens.location()
    has_token = bool(tokens.load())
    from lapor_desk.settings import SYNC_CENTRAL_URL

    registered = bool(s.desk.settings.get(SYNC_CENTRAL_URL))
    if registered and not has_token:
        return [Finding("keyring", FAIL, "doctor_token_missing", {"where": where})]
    if where != "keyring" and tokens.file.exists() and stat.S_IMODE(tokens.file.stat().st_mode) & 0o077:
        mode = f"{stat.S_IMODE(tokens.file.stat().st_mode):04o}"
        return [Finding("keyring", WARN, "doctor_token_file_open", {"where": where, "mode": mode})]
    return [Finding("keyring", OK, "doctor_token_ok", {"where": where})]


def audit(s: Subject) -> list[Finding]:
    if s.desk is None:
        return [Finding("audit", WARN, "doctor_not_checked", {})]
    report = s.desk.supervision.audit.verify()
    if not report.ok:
        return [
            Finding("audit", FAIL, "doctor_audit_broken", {"problems": len(report.problems), "count": report.entries})
        ]
    return [Finding("audit", OK, "doctor_audit_ok", {"count": report.entries})]


def _when(at: datetime | None) -> str:
    return "-" if at is None else at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


CHECKS: tuple[Callable[[Subject], list[Finding]], ...] = (
    versions,
    data_folder,
    database,
    search_index,
    queue,
    last_sync,
    backups,
    central,
    clock,
    keyring,
    audit,
)


def examine(s: Subject) -> list[Finding]:
    findings: list[Finding] = []
    for check in CHECKS:
        try:
            findings.extend(check(s))
        except Exception as exc:  # noqa: BLE001  one broken check must not hide the others
            findings.append(Finding(check.__name__, FAIL, "doctor_check_crashed", {"detail": repr(exc)[:300]}))
    return findings


def exit_code(findings: list[Finding]) -> int:
    levels = {f.level for f in findings}
    return 2 if FAIL in levels else 1 if WARN in levels else 0
