"""`lapor-desk export FILE --user NAME [--include-personal] [--header id]`: every complaint to CSV or
JSONL, written atomically, by a supervisor or admin signed in; personal data only for an admin who
asks for it; every attempt audited (accounts/exports.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lapor_desk.commands.signin import add_user_option, sign_in
from lapor_desk.i18n import translate

NAME = "export"
HELP = "export all complaints to CSV or JSONL (a supervisor or admin)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--header", choices=("en", "id"), default="en", help="column names: English (default) or the Indonesian labels"
    )
    parser.add_argument(
        "--include-personal", action="store_true", help="add the reporters' personal data (an admin; audited)"
    )
    add_user_option(parser)


def run(args: argparse.Namespace, desk: Any) -> int:
    from lapor_desk.accounts import SupervisionError
    from lapor_desk.accounts.exports import export_complaints
    from lapor_desk.transfer import ExportRefused, os_reason

    lang = desk.language
    session = sign_in(args, desk)
    if isinstance(session, int):
        return session
    try:
        count = export_complaints(
            session.actor,
            session.audit,
            desk.db,
            args.file,
            include_personal=args.include_personal,
            header=args.header,
        )
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    except ExportRefused as exc:
        print(translate(exc.code, lang, exc.params), file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            translate("export_failed", lang, {"path": str(args.file), "detail": os_reason(exc, lang)}), file=sys.stderr
        )
        return 1
    print(translate("export_written", lang, {"count": count, "path": str(args.file)}))
    return 0
