"""`lapor-desk report monthly --month 2026-10 --format xlsx|csv|pdf --out FILE`: the monthly recap."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lapor_desk.accounts import SupervisionError
from lapor_desk.commands.signin import add_user_option, sign_in
from lapor_desk.i18n import translate
from lapor_desk.reports.figures import Period

NAME = "report"
HELP = "reports: the monthly recap (rekap bulanan)"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="report_command", required=True)
    monthly = sub.add_parser("monthly", help="write the monthly recap")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--format", choices=("xlsx", "csv", "pdf"), default="xlsx")
    monthly.add_argument("--out", type=Path, required=True)
    monthly.add_argument(
        "--include-personal",
        action="store_true",
        help="add reporters' names, NIK and contacts to the listing (an admin; audited)",
    )
    add_user_option(monthly)


def run(args: argparse.Namespace, desk: Any) -> int:
    lang = desk.language
    try:
        period = Period.parse_month(args.month)
    except ValueError:
        print(translate("report_month_format", lang), file=sys.stderr)
        return 1
    session = sign_in(args, desk)
    if isinstance(session, int):
        return session
    try:
        written = session.reports.export_monthly(
            session.actor, period, args.format, args.out, include_personal=args.include_personal
        )
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    print(translate("export_done", lang, {"path": str(written)}))
    return 0
