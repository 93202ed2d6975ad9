"""`lapor-desk restore FILE`: put a checked backup in place of the desk database.

The order matters: nothing touches the current file until the backup has been copied
beside it and passed every check (SQLite, integrity, a lapor-desk database, a schema this
build knows, this desk's code unless `--other-desk`). Nobody may have the database open
(OS lock: refused while the window or a command runs). The replaced file is kept in
`backups/replaced/`; complaints it holds that the backup lacks are counted and named in
the report so nothing disappears silently. The restored database is migrated to head,
its outbox re-checked (a copy taken mid-send has items marked sending: they go back to
pending; the central answers a re-sent revision as a duplicate with the same tracking ID,
and re-read updates are skipped by their cursor, so nothing confirmed is applied twice),
and the restore is written to its audit trail.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lapor_desk.backups import crypto
from lapor_desk.backups.copy import (
    copy_to,
    fsync_dir,
    fsync_file,
    integrity_problems,
    private_folder,
    private_temp,
)
from lapor_desk.storage.checks import DESK_TABLES, SQLITE_HEADER
from lapor_desk.storage.errors import StorageError
from lapor_desk.storage.instance import DatabaseLock


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    replaced_kept_at: Path | None
    revision_before_migration: str
    complaints: int
    pending: int
    needs_fix: int
    synced: int
    reset_sending: int
    only_in_replaced: int  # complaints the replaced file had and the backup lacks


def known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from lapor_desk.storage.database import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()}


def inspect_backup(path: Path, desk_code: str, *, other_desk: bool) -> str:
    """Check a plain SQLite backup file; returns its schema revision or raises StorageError."""
    where = str(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError("os_error", detail=exc.strerror or str(exc), path=where) from exc
    if header != SQLITE_HEADER:
        raise StorageError("restore_not_sqlite", path=where)
    problems = integrity_problems(path)
    if problems:
        raise StorageError("backup_damaged", path=where, detail="; ".join(problems))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not names >= DESK_TABLES:
            raise StorageError("restore_not_desk", path=where)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        codes = [
            r[0]
            for r in conn.execute("SELECT desk_code FROM complaints GROUP BY desk_code ORDER BY count(*) DESC LIMIT 3")
        ]
    finally:
        conn.close()
    revision = row[0] if row else ""
    if revision not in known_revisions():
        raise StorageError("restore_newer_schema", path=where, revision=revision)
    if codes and codes[0] != desk_code and not other_desk:
        raise StorageError("restore_other_desk", path=where, theirs=codes[0], ours=desk_code)
    return revision


def restore(
    source: Path,
    db_path: Path,
    backup_dir: Path,
    desk_code: str,
    *,
    passphrase: str | None = None,
    other_desk: bool = False,
) -> tuple[RestoreReport, DatabaseLock]:
    """Replace the database at `db_path` with the backup `source`. Returns the report and the
    restore lock, still held: the caller opens, migrates and audits the restored desk, then
    releases it."""
    if not source.is_file():
        raise StorageError("restore_missing", path=str(source))
    lock = DatabaseLock.for_restore(db_path)
    try:
        report = _restore_locked(source, db_path, backup_dir, desk_code, passphrase, other_desk)
    except BaseException:
        lock.release()
        raise
    return report, lock


def restore_desk(
    source: Path,
    db_path: Path,
    backup_dir: Path,
    desk_code: str,
    *,
    passphrase: str | None = None,
    other_desk: bool = False,
    data_dir: Path | None = None,
) -> RestoreReport:
    """The whole restore, as the CLI and the window both do it: replace the database, open it
    (which migrates an older backup, after its own copy), audit the restore in it, and let go.

    `data_dir` holds the audit anchor's file copy (audit_anchor.py), which the restore leaves in
    place: when the restored trail no longer reaches it, the restore's audit entry names it as
    superseded, so `audit verify` says what happened and the next sync resets the central's."""
    from lapor_desk.storage.database import open_database

    report, lock = restore(source, db_path, backup_dir, desk_code, passphrase=passphrase, other_desk=other_desk)
    try:
        db = open_database(f"sqlite:///{db_path}", backup_dir)
        try:
            gone = _anchor_left_behind(db, data_dir) if data_dir is not None else None
            audit_restore(db, report, other_desk=other_desk, superseded=gone)
        finally:
            db.dispose()
    finally:
        lock.release()
    return report


def _restore_locked(
    source: Path, db_path: Path, backup_dir: Path, desk_code: str, passphrase: str | None, other_desk: bool
) -> RestoreReport:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staged = private_temp(db_path.parent, "restore")
    try:
        _stage(source, staged, passphrase)
        revision = inspect_backup(staged, desk_code, other_desk=other_desk)
        reset = _recheck_outbox(staged)
        kept = _keep_replaced(db_path, backup_dir)
        only_there = _only_in(kept, staged) if kept is not None else 0
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        with suppress(OSError):
            staged.unlink()
        raise
    counts = _outbox_counts(db_path)
    return RestoreReport(
        source,
        kept,
        revision,
        counts["complaints"],
        counts["pending"],
        counts["needs_fix"],
        counts["synced"],
        reset,
        only_there,
    )


def preflight(
    source: Path, work_dir: Path, desk_code: str, *, passphrase: str | None = None, other_desk: bool = False
) -> str:
    """Every check `restore` makes, on a copy, without touching or locking the database: the
    window runs it before it lets go of its desk. Returns the backup's schema revision."""
    if not source.is_file():
        raise StorageError("restore_missing", path=str(source))
    staged = private_temp(private_folder(work_dir), "preflight")
    try:
        _stage(source, staged, passphrase)
        return inspect_backup(staged, desk_code, other_desk=other_desk)
    finally:
        with suppress(OSError):
            staged.unlink()


def _stage(source: Path, staged: Path, passphrase: str | None) -> None:
    if crypto.is_encrypted(source):
        if passphrase is None:
            raise StorageError("restore_needs_passphrase", path=str(source))
        crypto.decrypt_file(source, staged, passphrase)
    else:
        _stage_plain(source, staged)


def _stage_plain(source: Path, staged: Path) -> None:
    with source.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StorageError("restore_not_sqlite", path=str(source))
    try:
        copy_to(source, staged)
    except sqlite3.DatabaseError as exc:
        raise StorageError("backup_damaged", path=str(source), detail=str(exc)) from exc


def _recheck_outbox(path: Path) -> int:
    """Items a copy caught mid-send go back to pending (sending them again is idempotent)."""
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sync_items" not in names:
            return 0
        with conn:
            return conn.execute("UPDATE sync_items SET state = 'pending' WHERE state = 'sending'").rowcount
    finally:
        conn.close()


def _outbox_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        out = {
            "complaints": conn.execute("SELECT count(*) FROM complaints").fetchone()[0],
            "pending": 0,
            "needs_fix": 0,
            "synced": 0,
        }
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sync_items" in names:
            for state, n in conn.execute("SELECT state, count(*) FROM sync_items GROUP BY state"):
                out[state] = out.get(state, 0) + n
        return out
    finally:
        conn.close()


def _keep_replaced(db_path: Path, backup_dir: Path) -> Path | None:
    """Keep the current database in backups/replaced/ without ever leaving its path empty: the
    WAL is folded into the file first, the file is hard-linked (or copied) aside, and only then
    is the new file renamed over it. A kill at any step leaves the old or the new database at
    the path, never none (which the next start would take for a new desk)."""
    if not db_path.exists():
        return None
    with suppress(sqlite3.Error):  # a damaged file may refuse; it is the one being replaced
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    folder = private_folder(backup_dir / "replaced")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{db_path.stem}-replaced-{stamp}{db_path.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-replaced-{stamp}-{n}{db_path.suffix}"
    try:
        os.link(db_path, target)
    except OSError:  # another file system, or no hard links: a synced copy
        shutil.copyfile(db_path, target)
        fsync_file(target)
    os.chmod(target, 0o600)
    fsync_dir(folder)
    for suffix in ("-wal", "-shm"):  # what is left beside it belongs to the old file, not the new
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _only_in(replaced: Path, restored: Path) -> int:
    """Complaints (by client_id) in the replaced file that the restored one lacks; 0 if unreadable."""
    try:
        conn = sqlite3.connect(f"file:{replaced}?mode=ro", uri=True)
        try:
            conn.execute("ATTACH DATABASE ? AS restored", (f"file:{restored}?mode=ro",))
            return int(
                conn.execute(
                    "SELECT count(*) FROM main.complaints WHERE client_id NOT IN "
                    "(SELECT client_id FROM restored.complaints)"
                ).fetchone()[0]
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _anchor_left_behind(db: object, data_dir: Path) -> Any:
    """The newest kept anchor the restored trail does not hold (None when it holds them all)."""
    from lapor_desk.audit import AuditTrail
    from lapor_desk.audit_anchor import AnchorStore, newest
    from lapor_desk.storage.database import Database

    assert isinstance(db, Database)
    trail = AuditTrail(db)
    return newest([a for a in AnchorStore(db, data_dir).copies() if trail.hash_at(a.seq) != a.hash])


def audit_restore(db: object, report: RestoreReport, *, other_desk: bool, superseded: Any = None) -> None:
    """One audit entry in the restored database, by the IT console; `superseded` is the kept
    audit anchor the restored trail no longer reaches (an audit_anchor.Anchor), if any."""
    from lapor_desk.accounts import IT_CONSOLE
    from lapor_desk.audit import AuditAction, AuditTrail
    from lapor_desk.storage.database import Database

    assert isinstance(db, Database)
    with db.write() as conn:
        AuditTrail(db).append(
            conn,
            IT_CONSOLE.who,
            AuditAction.RESTORE,
            f"backup:{report.restored_from.name}"[:64],
            {
                "from": str(report.restored_from),
                "replaced_kept_at": str(report.replaced_kept_at or ""),
                "revision": report.revision_before_migration,
                "complaints": report.complaints,
                "pending": report.pending,
                "reset_sending": report.reset_sending,
                "only_in_replaced": report.only_in_replaced,
                "other_desk": other_desk,
                **(
                    {"superseded_anchor": {"seq": superseded.seq, "hash": superseded.hash}}
                    if superseded is not None
                    else {}
                ),
            },
        )
