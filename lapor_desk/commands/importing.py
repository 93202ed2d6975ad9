"""`lapor-desk import FILE`: legacy complaints from CSV, JSONL or XLSX, checked before written.

Exit 0: every row imported (or already there); 2: some rows have problems (the good ones are
imported unless --all-or-nothing); 1: the file could not be read or written, nothing saved, or
the core refused who asked (lapor_desk/accounts/imports.py: an admin with `--user NAME`; without
it only while the desk has no account yet, as the IT console).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal

from lapor_desk.commands.signin import add_user_option, sign_in
from lapor_desk.i18n import translate
from lapor_desk.settings import DESK_CODE, OFFICER_NAME

NAME = "import"
HELP = "import legacy complaints from CSV, JSONL or XLSX"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--encoding", help="utf-8, utf-16 or cp1252 (default: detected)")
    parser.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    parser.add_argument("--all-or-nothing", action="store_true", help="write nothing unless every row is good")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    add_user_option(parser)  # an admin; without it, only while the desk has no account yet


def run(args: argparse.Namespace, desk: Any) -> int:
    from lapor_desk.accounts import SupervisionError
    from lapor_desk.accounts.imports import import_complaints
    from lapor_desk.transfer import report_text, summary_text

    lang = desk.language
    session = sign_in(args, desk) if args.user else None
    if isinstance(session, int):
        return session
    progress = None if args.quiet else _progress_printer(lang)
    try:
        report = import_complaints(
            session.actor if session is not None else None,  # None: the IT console (the core's rule)
            desk.supervision.accounts,
            desk.supervision.audit,
            args.file,
            desk.db,
            desk.bus,
            desk_code=desk.settings.get(DESK_CODE),
            desk_officer=desk.settings.get(OFFICER_NAME),  # the console's default officer (the core's rule)
            language=lang,
            hooks=desk.hooks,
            encoding=args.encoding,
            sheet=args.sheet,
            all_or_nothing=args.all_or_nothing,
            progress=progress,
        )
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    sys.stderr.write(report_text(report, lang))
    print(summary_text(report, lang))
    return 1 if report.fatal else (2 if report.problems else 0)


def _progress_printer(lang: str) -> Any:
    last = [0.0]

    def show(phase: str, rows: int, rate: float, share: float) -> None:
        now = time.monotonic()
        if share < 1.0 and now - last[0] < 1.0:
            return  # one line a second is enough on a console
        last[0] = now
        code = "import_progress" if phase == "check" else "import_progress_writing"
        figures = {"count": format_decimal(rows, locale=lang), "rate": format_decimal(round(rate), locale=lang)}
        print(translate(code, lang, figures), file=sys.stderr, flush=True)

    return show
