"""`lapor-desk doctor [--bundle FILE]`: a verdict an IT officer can act on; exit 0 OK, 1 WARN, 2 FAIL."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from lapor_desk.doctor.bundle import write_bundle
from lapor_desk.doctor.checks import Subject, examine, exit_code
from lapor_desk.i18n import translate
from lapor_desk.paths import Paths, default_database_url
from lapor_desk.settings import UI_LANGUAGE, Settings
from lapor_desk.storage.database import sqlite_file
from lapor_desk.storage.errors import StorageError

NAME = "doctor"
HELP = "check this desk and say what to do (exit 0 OK, 1 warnings, 2 failures)"
WITHOUT_DESK = True  # it must speak when the desk cannot open
log = logging.getLogger(__name__)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="FILE",
        help="also write a zip for support (logs, settings, report, schema; personal data removed)",
    )


def run(args: argparse.Namespace, desk: object) -> int:  # pragma: no cover - the CLI calls run_without_desk
    raise RuntimeError("doctor runs without an open desk")


def run_without_desk(args: argparse.Namespace, paths: Paths) -> int:
    from lapor_desk.desk import Desk

    settings = Settings(paths.settings_file, overrides=getattr(args, "setting_overrides", None))
    lang = settings.get(UI_LANGUAGE)
    url = args.db or default_database_url(paths)
    db_path = sqlite_file(url)
    subject = Subject(paths.data_dir, db_path, paths.backup_dir)
    try:
        subject.desk = Desk.open(args.db, paths=paths, overrides=getattr(args, "setting_overrides", None))
    except StorageError as exc:
        subject.open_error = exc.text(lang)
    try:
        findings = examine(subject)
    finally:
        if subject.desk is not None:
            subject.desk.close()
    report = "\n".join(f.text(lang) for f in findings)
    print(report)
    if args.bundle is not None:
        written = write_bundle(
            args.bundle, report=report, log_dir=paths.log_dir, settings_file=paths.settings_file, db_path=db_path
        )
        print(translate("doctor_bundle_written", lang, {"path": str(written)}))
    return exit_code(findings)
