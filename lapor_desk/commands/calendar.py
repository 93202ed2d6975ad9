"""`lapor-desk calendar import FILE` (and `list`): joint leave days and regional closures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lapor_desk.accounts import SupervisionError
from lapor_desk.commands.signin import add_user_option, sign_in
from lapor_desk.deadlines import CalendarImportFailed
from lapor_desk.i18n import translate

NAME = "calendar"
HELP = "joint leave days and regional closures: import FILE, list"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="calendar_command", required=True)
    imp = sub.add_parser("import", help="import lines 'YYYY-MM-DD,cuti_bersama|tutup_daerah,note'")
    imp.add_argument("file", type=Path)
    add_user_option(imp)
    sub.add_parser("list", help="list the added closures")


def run(args: argparse.Namespace, desk: Any) -> int:
    calendar = desk.supervision.calendar
    lang = desk.language
    if args.calendar_command == "list":
        for c in calendar.closures():
            print(f"{c.day.isoformat()}  {c.kind:<17} {c.note}")
        return 0
    session = sign_in(args, desk)  # closures move every deadline: an admin's change, in their name
    if isinstance(session, int):
        return session
    from lapor_desk.accounts.guard import refusals_audited

    try:
        with refusals_audited(session.audit, session.actor, "command:calendar import"):
            added, present = session.calendar.import_file(session.actor, args.file)
    except CalendarImportFailed as exc:
        for p in exc.problems:
            print(translate(p.code, lang, {"line": p.line, "value": p.value}), file=sys.stderr)
        print(exc.text(lang), file=sys.stderr)
        return 1
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    print(translate("calendar_imported", lang, {"added": added, "present": present}))
    return 0
