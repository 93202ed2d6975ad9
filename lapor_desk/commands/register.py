"""`lapor-desk register --url URL --token TOKEN`: connect this desk to the central."""

from __future__ import annotations

import argparse
import sys

from lapor_desk.accounts import IT_CONSOLE
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.desk import Desk
from lapor_desk.i18n import translate
from lapor_desk.settings import SYNC_CENTRAL_URL, SettingError

NAME = "register"
HELP = "store the central API address and this desk's token"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", required=True, help="central API base, e.g. https://central/api/v1")
    parser.add_argument("--token", required=True, help="the desk token the central operator issued")


def run(args: argparse.Namespace, desk: Desk) -> int:
    assert desk.sync is not None
    old = desk.settings.get(SYNC_CENTRAL_URL)
    try:
        where = desk.sync.register(args.url, args.token)
    except SettingError as exc:
        print(f"{exc.key}: {translate(exc.code, desk.language, {'value': args.url})}", file=sys.stderr)
        return 1
    # Audited as a settings change by the IT console; the token itself never enters the trail.
    AuditTrail(desk.db).record(IT_CONSOLE.who, AuditAction.SETTINGS_CHANGE, f"setting:{SYNC_CENTRAL_URL.key}", {
        "old": old, "new": desk.settings.get(SYNC_CENTRAL_URL), "token": "keyring" if where == "keyring" else "file"})
    if where == "keyring":
        print(translate("sync_token_keyring", desk.language))
    else:
        print(translate("sync_token_file", desk.language, {"path": where}))
    return 0
