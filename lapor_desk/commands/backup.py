"""`lapor-desk backup [FILE] [--encrypt]`: a checked copy of the desk database, safe while the app runs."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from lapor_desk.i18n import translate
from lapor_desk.storage.errors import StorageError

NAME = "backup"
HELP = "copy the desk database (checked; --encrypt for a copy that leaves the PC)"
PASSPHRASE_ENV = "LAPOR_DESK_BACKUP_PASSPHRASE"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, nargs="?",
                        help="where to write it (default: the backup folder, with rotation)")
    parser.add_argument("--encrypt", action="store_true",
                        help=f"encrypt with a passphrase (asked twice, or from {PASSPHRASE_ENV} / --passphrase-file)")
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file's first line")


def read_passphrase(args: argparse.Namespace, language: str, *, confirm: bool) -> str:
    """From --passphrase-file, the environment, or asked at the terminal (twice when making one)."""
    if getattr(args, "passphrase_file", None) is not None:
        lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        text = lines[0] if lines else ""
    elif os.environ.get(PASSPHRASE_ENV) is not None:
        text = os.environ[PASSPHRASE_ENV]
    else:
        text = getpass.getpass(translate("backup_passphrase_prompt", language))
        if confirm and getpass.getpass(translate("backup_passphrase_again", language)) != text:
            raise StorageError("backup_passphrase_mismatch")
    if not text:
        raise StorageError("backup_passphrase_empty")
    return text


def run(args: argparse.Namespace, desk: Any) -> int:
    lang = desk.language
    service = desk.backups
    passphrase = read_passphrase(args, lang, confirm=True) if args.encrypt else None
    target = args.file
    if target is not None and target.is_dir():
        target = target / service.default_name(encrypted=args.encrypt)
    written = service.create(target, passphrase=passphrase)
    size = f"{written.stat().st_size / 1_000_000:.1f}"
    print(translate("backup_done", lang, {"path": str(written), "size": size}))
    return 0

