"""`lapor-desk accounts ...`: staff accounts at the desk PC (create-admin, add, reset-password, list,
recover-admin).

`add`, `reset-password` and `list` are an admin's, signed in with `--user`. `create-admin` works
only while the desk has no account; `recover-admin` is the one way back after the last admin
password is lost, for the OS account that owns the data folder, and it is loudly audited.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from lapor_desk.accounts import Permission, Role, SupervisionError, require
from lapor_desk.commands.signin import PASSWORD_ENV, add_user_option, new_password, sign_in
from lapor_desk.i18n import translate

NAME = "accounts"
HELP = "staff accounts: create-admin, add, reset-password, list, recover-admin"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="accounts_command", required=True)
    first = sub.add_parser("create-admin", help="create the first admin (only while there is no account)")
    first.add_argument("username")
    first.add_argument("--name", default="")
    add = sub.add_parser("add", help="add an account (an admin, signed in with --user)")
    add.add_argument("username")
    add.add_argument("--name", default="")
    add.add_argument("--role", choices=[str(r) for r in Role], default=str(Role.CLERK))
    add.add_argument("--trainee", action="store_true", help="a trainee clerk (four-eyes approval)")
    add.add_argument("--nip", default="")
    add_user_option(add)
    reset = sub.add_parser("reset-password", help="set a temporary password; also lifts a lock-out")
    reset.add_argument("username")
    add_user_option(reset)
    listing = sub.add_parser("list", help="list the accounts")
    add_user_option(listing)
    recover = sub.add_parser(
        "recover-admin",
        help="lost admin password: a temporary one, for the OS account that owns the data folder (audited)",
    )
    recover.add_argument("username")


def run(args: argparse.Namespace, desk: Any) -> int:
    accounts = desk.supervision.accounts
    lang = desk.language
    try:
        if args.accounts_command == "create-admin":
            # Nobody signs in here: the first admin's own password may come as LAPOR_DESK_PASSWORD too.
            password = new_password(lang, also_env=PASSWORD_ENV)
            if isinstance(password, int):
                return password
            actor = accounts.create_first_admin(args.username, args.name, password)
            print(f"Admin dibuat: {actor.username}")
            return 0
        if args.accounts_command == "recover-admin":
            return _recover(args, desk)
        session = sign_in(args, desk)
        if isinstance(session, int):
            return session
        from lapor_desk.accounts.guard import refusals_audited

        actor, accounts = session.actor, session.accounts
        with refusals_audited(session.audit, actor, f"command:accounts {args.accounts_command}"):
            if args.accounts_command == "list":
                rows = accounts.list_accounts(actor)
                for a in rows:
                    flags = ",".join(
                        f
                        for f, on in (
                            ("magang", a.is_trainee),
                            ("nonaktif", not a.is_active),
                            ("terkunci", a.locked_until is not None),
                        )
                        if on
                    )
                    print(f"{a.username:<20} {a.role:<11} {a.display_name:<30} {flags}")
                return 0
            require(actor, Permission.MANAGE_ACCOUNTS)  # before a new password is asked for
            password = new_password(lang)
            if isinstance(password, int):
                return password
            if args.accounts_command == "add":
                info = accounts.add_account(
                    actor, args.username, args.name, Role(args.role), password, is_trainee=args.trainee, nip=args.nip
                )
                print(f"Akun dibuat: {info.username} ({info.role})")
            else:
                accounts.reset_password(actor, args.username, password)
                print(f"Kata sandi {args.username} diatur ulang; wajib diganti saat masuk.")
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    return 0


def _recover(args: argparse.Namespace, desk: Any) -> int:
    lang = desk.language
    # The folder that holds the database (a SQLite file named with --db included).
    folder = desk.db.path.parent if desk.db.path is not None else desk.paths.data_dir
    if not _owns(folder):
        print(translate("recover_not_owner", lang, {"path": str(folder)}), file=sys.stderr)
        return 1
    password = new_password(lang)
    if isinstance(password, int):
        return password
    os_user = getpass.getuser()
    desk.supervision.accounts.recover_admin(args.username, password, os_user)
    print(translate("recover_done", lang, {"user": args.username, "os_user": os_user}), file=sys.stderr)
    return 0


def _owns(folder: Path) -> bool:
    """The data folder belongs to the OS account running this (POSIX); elsewhere, it can write there."""
    try:
        if hasattr(os, "getuid"):
            return folder.stat().st_uid == os.getuid()
        return os.access(folder, os.W_OK)
    except OSError:
        return False
