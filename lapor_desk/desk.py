"""The composition root: paths, settings, the migrated database and the services of one desk."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from lapor_desk.accounts.roles import Actor
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.audit import AuditTrail
from lapor_desk.audit_anchor import AnchorStore
from lapor_desk.backups.service import BackupService
from lapor_desk.clock import Clock, system_clock
from lapor_desk.deadlines import DeskCalendar
from lapor_desk.events import EventBus
from lapor_desk.paths import Paths, default_database_url, sqlite_files, tighten_files
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.services.hooks import WriteHook
from lapor_desk.session import DeskSession
from lapor_desk.settings import DESK_CODE, UI_LANGUAGE, Settings
from lapor_desk.storage.database import Database, open_database, sqlite_file
from lapor_desk.storage.errors import StorageError
from lapor_desk.storage.instance import DatabaseLock
from lapor_desk.sync.attachments import StoredAttachments
from lapor_desk.sync.service import SyncService

log = logging.getLogger(__name__)


@dataclass
class Desk:
    paths: Paths
    settings: Settings
    db: Database
    bus: EventBus
    complaints: ComplaintService
    hooks: tuple[WriteHook, ...] = ()
    sync: SyncService | None = None
    lock: DatabaseLock | None = None
    audit: AuditTrail | None = None
    calendar: DeskCalendar | None = None  # the one desk calendar: queue, receipt, review, dashboard

    @classmethod
    def open(
        cls,
        db_url: str | None = None,
        *,
        paths: Paths | None = None,
        clock: Clock = system_clock,
        overrides: Mapping[str, Any] | None = None,
        app: bool = False,
    ) -> Desk:
        """Open the desk; raises StorageError with a clear message if the database cannot be used.

        `app=True` is the desk window: a second window on the same database is refused."""
        paths = paths or Paths.from_environment()
        try:
            paths.ensure()
        except OSError as exc:
            raise StorageError("data_folder_readonly", path=str(exc.filename or paths.data_dir)) from exc
        settings = Settings(paths.settings_file, overrides=overrides)
        url = db_url or default_database_url(paths)
        file = sqlite_file(url)
        lock = None
        if file is not None:
            lock = DatabaseLock.for_app(file) if app else DatabaseLock.for_command(file)
        try:
            db = open_database(url, paths.backup_dir)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if db.path is not None:  # a database named with --db, outside the data folder
            tighten_files(sqlite_files(db.path))
        bus = EventBus()
        # In-transaction followers of every complaint change (sync outbox, audit trail).
        sync = SyncService(
            db,
            settings,
            bus,
            paths.config_dir,
            clock=clock,
            attachments=StoredAttachments(paths.data_dir / "attachments"),
            anchors=AnchorStore(db, paths.data_dir),
        )
        # One audit trail and one calendar for the desk: the queue's deadlines, the review
        # queue, the reports and the write hooks all use these (see `supervision`).
        audit = AuditTrail(db, clock)
        calendar = DeskCalendar(db, audit, settings, clock)
        hooks: tuple[WriteHook, ...] = (sync.outbox,)
        hooks = (*hooks, *supervision_hooks(db, settings, clock, audit))  # four-eyes, audit trail (last)
        complaints = ComplaintService(
            db, settings, bus, clock, hooks, deadlines=calendar.deadlines, deadline_clock=sync.corrected_clock
        )
        log.info("desk ready: database %s, desk %s", db.location, settings.get(DESK_CODE))
        return cls(paths, settings, db, bus, complaints, hooks, sync, lock, audit, calendar)

    @cached_property
    def supervision(self) -> SupervisionServices:
        """Accounts, audit trail, calendar, review queue and reports (issue 6), built on first use
        around the desk's one audit trail and calendar."""
        return SupervisionServices.build(
            self.db, self.settings, self.complaints, audit=self.audit, calendar=self.calendar
        )

    def session(self, actor: Actor) -> DeskSession:
        """The desk as `actor` (signed in by `supervision.accounts`), for the window and the
        command line alike: made at sign-in, dropped at sign-out."""
        return self.supervision.session(actor, self.sync)

    @cached_property
    def backups(self) -> BackupService:
        """Backups of this desk's SQLite file (StorageError for other databases)."""
        if self.db.path is None:
            server = self.db.server_info().get("server")
            raise StorageError("backup_by_server", server=server) if server else StorageError("backup_only_sqlite")
        return BackupService(self.db.path, self.paths.backup_dir, self.settings)

    @property
    def language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    def close(self) -> None:
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()
