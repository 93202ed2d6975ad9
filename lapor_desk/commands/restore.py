"""`lapor-desk restore FILE [--other-desk]`: replace the desk database with a checked backup."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from lapor_desk.backups import crypto
from lapor_desk.backups.restore import restore_desk
from lapor_desk.commands.backup import read_passphrase
from lapor_desk.i18n import translate
from lapor_desk.paths import Paths, default_database_url
from lapor_desk.settings import DESK_CODE, UI_LANGUAGE, Settings
from lapor_desk.storage.database import sqlite_file
from lapor_desk.storage.errors import StorageError

NAME = "restore"
HELP = "replace the desk database with a backup (checked first; the replaced file is kept)"
WITHOUT_DESK = True
log = logging.getLogger(__name__)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the backup (.sqlite3, or .lapor-backup when encrypted)")
    parser.add_argument(
        "--other-desk", action="store_true", help="accept a backup made by another desk (a different desk code)"
    )
    parser.add_argument("--passphrase-file", type=Path, help="the passphrase of an encrypted backup")


def run(args: argparse.Namespace, desk: object) -> int:  # pragma: no cover - the CLI calls run_without_desk
    raise RuntimeError("restore runs without an open desk")


def run_without_desk(args: argparse.Namespace, paths: Paths) -> int:
    settings = Settings(paths.settings_file, overrides=getattr(args, "setting_overrides", None))
    lang = settings.get(UI_LANGUAGE)
    url = args.db or default_database_url(paths)
    db_path = sqlite_file(url)
    if db_path is None:
        raise StorageError("backup_only_sqlite")
    passphrase = read_passphrase(args, lang, confirm=False) if crypto.is_encrypted(args.file) else None
    report = restore_desk(
        args.file,
        db_path,
        paths.backup_dir,
        settings.get(DESK_CODE),
        passphrase=passphrase,
        other_desk=args.other_desk,
        data_dir=paths.data_dir,
    )
    log.info("restored %s from %s", db_path, args.file)
    print(
        translate(
            "restore_done",
            lang,
            {
                "path": str(db_path),
                "source": str(args.file),
                "complaints": report.complaints,
                "pending": report.pending,
                "needs_fix": report.needs_fix,
                "synced": report.synced,
                "kept": str(report.replaced_kept_at) if report.replaced_kept_at else "-",
            },
        )
    )
    if report.only_in_replaced:
        print(
            translate(
                "restore_only_in_replaced",
                lang,
                {"count": report.only_in_replaced, "kept": str(report.replaced_kept_at)},
            )
        )
    return 0
