"""`lapor-desk audit verify`: re-walk the audit chain and name every row that broke."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lapor_desk.i18n import translate

NAME = "audit"
HELP = "check the audit trail's hash chain"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", required=True)
    sub.add_parser("verify", help="detect edited or deleted audit rows")


def run(args: argparse.Namespace, desk: Any) -> int:
    report = desk.supervision.audit.verify()
    lang = desk.language
    if report.ok:
        print(translate("audit_ok", lang, {"count": report.entries}))
        return 0
    print(translate("audit_broken", lang, {"problems": len(report.problems), "count": report.entries}))
    for problem in report.problems:
        print("  " + translate(problem.message_code, lang, {"seq": problem.seq}), file=sys.stderr)
    return 1
