"""Who is at the command line: `--user NAME` and a password, signed in by the core as in the window.

A signed-in command works with a `DeskSession` (`Desk.session`), as the window does.

The password comes from `LAPOR_DESK_PASSWORD` (scripted use) or a prompt without echo on a
terminal; with neither, the command ends with a message and exit code 2. The name is checked
before the password is asked. A new account's password (add, reset, create-admin, recover-admin)
comes from `LAPOR_DESK_NEW_PASSWORD` or a prompt typed twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from lapor_desk.accounts.roles import SupervisionError
from lapor_desk.i18n import translate

if TYPE_CHECKING:
    from lapor_desk.session import DeskSession

PASSWORD_ENV = "LAPOR_DESK_PASSWORD"  # the signed-in account's password, for scripts
NEW_PASSWORD_ENV = "LAPOR_DESK_NEW_PASSWORD"  # a password being set, for scripts
USAGE_EXIT = 2  # nothing was asked of the core: the command line or the terminal is missing something


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", metavar="NAME", help=f"sign in as this account (password asked, or from {PASSWORD_ENV})"
    )


def _ask(prompt: str) -> str | None:
    """A password typed at a terminal, or None when there is no terminal to type it at."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        return None


def sign_in(args: argparse.Namespace, desk: Any) -> DeskSession | int:
    """The session of the signed-in account, or the exit code after saying why not (the core
    audits failures)."""
    lang = desk.language
    username = getattr(args, "user", None)
    if not username:
        print(translate("cli_user_required", lang), file=sys.stderr)
        return USAGE_EXIT
    accounts = desk.supervision.accounts
    try:
        accounts.check_name(username)
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    password = os.environ.get(PASSWORD_ENV) or _ask(translate("cli_password_prompt", lang, {"user": username}))
    if password is None:
        print(translate("cli_no_terminal", lang, {"env": PASSWORD_ENV}), file=sys.stderr)
        return USAGE_EXIT
    try:
        actor = accounts.sign_in(username, password)
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    return desk.session(actor)  # type: ignore[no-any-return]


def new_password(language: str, *, also_env: str | None = None) -> str | int:
    """A password being set: from the environment, or typed twice; else the exit code."""
    from_env = os.environ.get(NEW_PASSWORD_ENV) or (os.environ.get(also_env) if also_env else None)
    if from_env:
        return from_env
    first = _ask(translate("cli_new_password_prompt", language))
    if first is None:
        print(translate("cli_no_terminal", language, {"env": NEW_PASSWORD_ENV}), file=sys.stderr)
        return USAGE_EXIT
    if _ask(translate("cli_new_password_again", language)) != first:
        print(translate("password_mismatch", language), file=sys.stderr)
        return USAGE_EXIT
    return first
