"""Backup file names and the rotation: the newest backup of each of the last N days and of
each of the last M weeks are kept (settings `backup.keep_daily`, `backup.keep_weekly`);
automatic, manual and pre-migration copies in the backup folder all take part."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

PLAIN_SUFFIX = ".sqlite3"
SEALED_SUFFIX = ".lapor-backup"
NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<kind>[a-z0-9-]+)(?:\.sqlite3|\.lapor-backup)$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    kind: str  # daily, manual, premigration-0004, ...

    @property
    def encrypted(self) -> bool:
        return self.path.name.endswith(SEALED_SUFFIX)


def backup_name(stem: str, taken_at: datetime, kind: str, *, encrypted: bool = False) -> str:
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stem}-{stamp}-{kind}{SEALED_SUFFIX if encrypted else PLAIN_SUFFIX}"


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (temporary and foreign files are ignored)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME_RE.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append(BackupFile(path, taken, match["kind"]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def to_keep(backups: list[BackupFile], keep_daily: int, keep_weekly: int) -> set[Path]:
    """Which of `backups` (newest first) the rotation keeps; the newest always stays."""
    keep: set[Path] = {backups[0].path} if backups else set()
    for size, bucket in ((keep_daily, _day), (keep_weekly, _week)):
        seen: set[tuple[int, int]] = set()
        for backup in backups:
            key = bucket(backup.taken_at)
            if key in seen:
                continue
            if len(seen) >= size:
                break
            seen.add(key)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete the backups the rotation does not keep; returns what was deleted."""
    backups = list_backups(folder)
    keep = to_keep(backups, keep_daily, keep_weekly)
    gone = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            gone.append(backup.path)
    return gone


def _day(at: datetime) -> tuple[int, int]:
    return at.year, at.timetuple().tm_yday


def _week(at: datetime) -> tuple[int, int]:
    iso = at.isocalendar()
    return iso.year, iso.week
