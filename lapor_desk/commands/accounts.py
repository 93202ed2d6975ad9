"""`lapor-desk accounts ...`: IT's account tasks at the desk PC (create-admin, add, reset-password, list)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from lapor_desk.accounts import IT_CONSOLE, Role, SupervisionError
from lapor_desk.i18n import translate

NAME = "accounts"
HELP = "staff accounts: create-admin, add, reset-password, list"
PASSWORD_ENV = "LAPOR_DESK_PASSWORD"  # for scripted installs; otherwise asked without echo


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="accounts_command", required=True)
    first = sub.add_parser("create-admin", help="create the first admin (only while there is no account)")
    first.add_argument("username")
    first.add_argument("--name", default="")
    add = sub.add_parser("add", help="add an account")
    add.add_argument("username")
    add.add_argument("--name", default="")
    add.add_argument("--role", choices=[str(r) for r in Role], default=str(Role.CLERK))
    add.add_argument("--trainee", action="store_true", help="a trainee clerk (four-eyes approval)")
    add.add_argument("--nip", default="")
    reset = sub.add_parser("reset-password", help="set a temporary password; also lifts a lock-out")
    reset.add_argument("username")
    sub.add_parser("list", help="list the accounts")


def _password(language: str) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise SystemExit(translate("password_mismatch", language))
    return first


def run(args: argparse.Namespace, desk: Any) -> int:
    accounts = desk.supervision.accounts
    try:
        if args.accounts_command == "create-admin":
            actor = accounts.create_first_admin(args.username, args.name, _password(desk.language))
            print(f"Admin dibuat: {actor.username}")
        elif args.accounts_command == "add":
            info = accounts.add_account(IT_CONSOLE, args.username, args.name, Role(args.role), _password(desk.language),
                                        is_trainee=args.trainee, nip=args.nip)
            print(f"Akun dibuat: {info.username} ({info.role})")
        elif args.accounts_command == "reset-password":
            accounts.reset_password(IT_CONSOLE, args.username, _password(desk.language))
            print(f"Kata sandi {args.username} diatur ulang; wajib diganti saat masuk.")
        else:
            for a in accounts.list_accounts(IT_CONSOLE):
                flags = ",".join(f for f, on in (("magang", a.is_trainee), ("nonaktif", not a.is_active),
                                                 ("terkunci", a.locked_until is not None)) if on)
                print(f"{a.username:<20} {a.role:<11} {a.display_name:<30} {flags}")
    except SupervisionError as exc:
        print(exc.text(desk.language), file=sys.stderr)
        return 1
    return 0
