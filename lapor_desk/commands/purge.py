"""`lapor-desk purge`: remove local personal data of complaints past the retention period."""

from __future__ import annotations

import argparse
from typing import Any

from lapor_desk.i18n import translate

NAME = "purge"
HELP = "remove reporters' personal data of complaints the central confirmed over privacy.retention_days ago"


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, desk: Any) -> int:
    from lapor_desk.accounts import IT_CONSOLE
    from lapor_desk.privacy import RetentionPurge

    report = RetentionPurge(desk.db, desk.settings).run(IT_CONSOLE.who)
    if report is None:
        print(translate("purge_off", desk.language))
        return 0
    print(
        translate(
            "purge_done",
            desk.language,
            {"count": report.purged, "days": report.retention_days, "skipped": report.skipped_unsent},
        )
    )
    return 0
