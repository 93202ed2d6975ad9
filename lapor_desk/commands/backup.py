"""`lapor-desk backup [FILE] [--encrypt]`: a checked copy of the desk database, safe while the app runs."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from lapor_desk.commands.signin import _ask, add_user_option, sign_in
from lapor_desk.i18n import translate
from lapor_desk.storage.errors import StorageError

NAME = "backup"
HELP = "copy the desk database (checked; --encrypt for a copy that leaves the PC)"
PASSPHRASE_ENV = "LAPOR_DESK_BACKUP_PASSPHRASE"


def configure(parser: argparse.ArgumentParser) -> None:
    add_user_option(parser)
    parser.add_argument(
        "file", type=Path, nargs="?", help="where to write it (default: the backup folder, with rotation)"
    )
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt with a passphrase (asked twice, or from {PASSPHRASE_ENV} / --passphrase-file)",
    )
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file's first line")


def read_passphrase(args: argparse.Namespace, language: str, *, confirm: bool) -> str:
    """From --passphrase-file, the environment, or asked at the terminal (twice when making one)."""
    if getattr(args, "passphrase_file", None) is not None:
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise StorageError("backup_passphrase_file_unreadable", path=str(args.passphrase_file)) from exc
        text = lines[0] if lines else ""
    elif os.environ.get(PASSPHRASE_ENV) is not None:
        text = os.environ[PASSPHRASE_ENV]
    else:
        asked = _ask(translate("backup_passphrase_prompt", language))
        if asked is None:  # no terminal to type it at: say how instead of an EOFError
            raise StorageError("backup_passphrase_no_terminal", env=PASSPHRASE_ENV)
        text = asked
        if confirm and _ask(translate("backup_passphrase_again", language)) != text:
            raise StorageError("backup_passphrase_mismatch")
    if not text:
        raise StorageError("backup_passphrase_empty")
    return text


def run(args: argparse.Namespace, desk: Any) -> int:
    from lapor_desk.accounts.exports import copy_database
    from lapor_desk.accounts.roles import SupervisionError

    lang = desk.language
    service = desk.backups
    target = args.file
    if target is not None and target.is_dir():
        target = target / service.default_name(encrypted=args.encrypt)
    # A copy outside the desk's own backup folder carries personal data off the PC: an admin's
    # (on a desk set up with no account yet there is no one to ask, as for create-admin).
    leaves = target is not None and target.resolve().parent != service.folder.resolve()
    leaves = leaves and not desk.supervision.accounts.needs_first_admin()
    session = sign_in(args, desk) if leaves else None
    if isinstance(session, int):
        return session
    passphrase = read_passphrase(args, lang, confirm=True) if args.encrypt else None
    if session is None:
        written = service.create(target, passphrase=passphrase)
    else:
        try:
            written = copy_database(session.actor, session.audit, service, target, passphrase=passphrase)
        except SupervisionError as exc:
            print(exc.text(lang), file=sys.stderr)
            return 1
    size = f"{written.stat().st_size / 1_000_000:.1f}"
    print(translate("backup_done", lang, {"path": str(written), "size": size}))
    return 0
