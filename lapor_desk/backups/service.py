"""Backups of one desk: `backup [FILE]`, the daily automatic copy, the rotation."""

from __future__ import annotations

import logging
import os
import threading
import time
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

from lapor_desk.backups import crypto
from lapor_desk.backups.copy import Progress, as_storage_error, fsync_dir, online_copy, private_folder, private_temp
from lapor_desk.backups.priority import at_background_priority
from lapor_desk.backups.rotation import BackupFile, backup_name, list_backups, rotate
from lapor_desk.clock import Clock, system_clock
from lapor_desk.settings import BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, Settings
from lapor_desk.storage.errors import StorageError

log = logging.getLogger(__name__)
# A backup of 1,000,000 complaints takes minutes; a partial file an hour old is no one's.
LEFTOVER_AGE = timedelta(hours=1)
DAILY_EVERY = timedelta(hours=24)
STEPS = 1000  # an encrypted backup reports (step, STEPS): the copy is the first half, sealing the second


def share(progress: Progress | None, start: int, end: int) -> Progress | None:
    """`progress` told about one phase's (done, total) as its share [start, end] of STEPS."""
    if progress is None:
        return None
    report = progress

    def phase(done: int, total: int) -> None:
        report(start + (end - start) * done // total if total else end, STEPS)

    return phase


class BackupService:
    def __init__(self, db_path: Path, folder: Path, settings: Settings, clock: Clock = system_clock) -> None:
        self.db_path = db_path
        self.folder = folder
        self.settings = settings
        self.clock = clock

    def listing(self) -> list[BackupFile]:
        return list_backups(self.folder)

    def create(
        self,
        target: Path | None = None,
        *,
        passphrase: str | None = None,
        kind: str = "manual",
        progress: Progress | None = None,
    ) -> Path:
        """A checked copy at `target` (default: the backup folder, then rotated); encrypted
        when a passphrase is given. Raises StorageError; no partial file is ever left."""
        encrypted = passphrase is not None
        if not self.db_path.is_file():
            raise StorageError("backup_no_database", path=str(self.db_path))
        self.sweep_leftovers()
        if target is None:
            target = self.folder / self.default_name(kind, encrypted=encrypted)
        written = target
        stop = threading.Event()

        def step(done: int, total: int) -> None:
            if stop.is_set():  # the caller was interrupted: the copy's own clean-up removes its file
                raise KeyboardInterrupt
            if progress is not None:
                progress(done, total)

        def work() -> None:
            if not encrypted:
                online_copy(self.db_path, written, progress=step)
            else:
                self._create_sealed(written, passphrase or "", step)

        at_background_priority(work, stop=stop)
        log.info("backup of %s written to %s", self.db_path, target)
        if target.parent.resolve() == self.folder.resolve():
            self.rotate()
        return target

    def default_name(self, kind: str = "manual", *, encrypted: bool = False) -> str:
        """A new file name in the folder (a second copy in the same second gets `-2`, ...)."""
        taken_at, label, n = self.clock(), kind, 1
        while (self.folder / backup_name(self.db_path.stem, taken_at, label, encrypted=encrypted)).exists():
            n += 1
            label = f"{kind}-{n}"
        return backup_name(self.db_path.stem, taken_at, label, encrypted=encrypted)

    def _create_sealed(self, target: Path, passphrase: str, progress: Progress | None) -> None:
        if not passphrase:
            raise StorageError("backup_passphrase_empty")
        private_folder(target.parent)
        # The clear copy stays on this PC, in the desk's own 0700 backup folder: never on the
        # target (a USB stick keeps a deleted file's blocks), and read once, so not fsynced.
        plain = private_temp(private_folder(self.folder), "plain")
        sealed = private_temp(target.parent, "sealed")
        try:
            online_copy(self.db_path, plain, progress=share(progress, 0, STEPS // 2), durable=False)
            crypto.encrypt_file(plain, sealed, passphrase, progress=share(progress, STEPS // 2, STEPS))
            os.replace(sealed, target)
            fsync_dir(target.parent)
        except BaseException as exc:
            with suppress(OSError):
                sealed.unlink()
            raise as_storage_error(exc, target) from exc
        finally:
            with suppress(OSError):
                plain.unlink()

    def sweep_leftovers(self, older_than: timedelta = LEFTOVER_AGE) -> list[Path]:
        """Remove partial files a killed backup left in the backup folder (a power cut skips
        every clean-up): among them an encrypted backup's clear copy of the whole database,
        which must not outlive the retention purge. Files younger than `older_than` may belong
        to a backup another process is making right now."""
        removed = []
        cutoff = time.time() - older_than.total_seconds()
        with suppress(OSError):
            for path in self.folder.glob(".*.partial"):
                with suppress(OSError):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()
                        removed.append(path)
                        log.info("removed %s, left by a backup that did not finish", path)
        return removed

    def rotate(self) -> list[Path]:
        gone = rotate(self.folder, self.settings.get(BACKUP_KEEP_DAILY), self.settings.get(BACKUP_KEEP_WEEKLY))
        for path in gone:
            log.info("rotation removed backup %s", path)
        return gone

    def daily_due(self) -> bool:
        """No backup at all in the folder in the last 24 hours."""
        newest = next(iter(self.listing()), None)
        return newest is None or self.clock() - newest.taken_at >= DAILY_EVERY

    def run_daily(self, progress: Progress | None = None) -> Path | None:
        """The automatic copy, when one is due (the window calls this on its background lane)."""
        if not self.daily_due():
            return None
        return self.create(kind="daily", progress=progress)
