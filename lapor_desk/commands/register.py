"""`lapor-desk register --url URL [--token-file FILE]`: check the central, then connect this desk to it.

Nothing is stored until the central is found by its /health document, its certificate is
trusted, the proxy lets the desk through, the token is accepted and the clock agrees. The token
comes from a prompt, a file or stdin, never the command line (the process list and the shell
history would keep it); plain http:// only to this PC unless an admin allowed it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from lapor_desk.accounts import IT_CONSOLE
from lapor_desk.audit import AuditAction, AuditTrail, Who
from lapor_desk.desk import Desk
from lapor_desk.i18n import translate
from lapor_desk.settings import (
    SYNC_ALLOW_PLAIN_HTTP,
    SYNC_CA_BUNDLE,
    SYNC_CENTRAL_URL,
    SYNC_PROXY,
    SettingError,
    split_userinfo,
)
from lapor_desk.sync.installation import desk_installation_id
from lapor_desk.sync.registration import CentralCheck, Connection, RegistrationProblem, check_central

NAME = "register"
HELP = "check the central (address, certificate, proxy, token, clock) and store it with this desk's token"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url",
        required=True,
        help="the central's address, e.g. https://central.example or https://central.example/api/v1",
    )
    parser.add_argument(
        "--token-file",
        type=Path,
        metavar="FILE",
        help="a file holding the desk token the central operator issued ('-': stdin); "
        "without it the token is asked, or read from stdin when it is not a terminal",
    )
    parser.add_argument("--token", help=argparse.SUPPRESS)  # refused with a message saying how instead
    parser.add_argument(
        "--ca-bundle",
        default=None,
        metavar="FILE",
        help="the central's CA certificate (PEM), when it is not in the system store",
    )
    parser.add_argument("--proxy", default=None, metavar="URL", help="HTTP(S) proxy, e.g. http://proxy:3128")


def register(
    desk: Desk,
    url: str,
    token: str,
    *,
    ca_bundle: str | None = None,
    proxy: str | None = None,
    who: Who = IT_CONSOLE.who,
) -> tuple[CentralCheck, str]:
    """Check, then store URL, CA bundle, proxy (settings) and token (keyring or 0600 file); audited.
    Raises RegistrationProblem or SettingError; stores nothing then."""
    assert desk.sync is not None
    settings = desk.settings
    bundle = settings.get(SYNC_CA_BUNDLE) if ca_bundle is None else SYNC_CA_BUNDLE.parse(ca_bundle)
    # The kept credentials of the same proxy come along when the address is given without them.
    via = settings.with_secret(SYNC_PROXY, None if proxy is None else SYNC_PROXY.parse(proxy))
    check = check_central(
        url,
        token,
        Connection(
            bundle,
            via,
            bool(settings.stored(SYNC_ALLOW_PLAIN_HTTP)),
            installation_id=desk_installation_id(desk.db, desk.paths.config_dir),
        ),
    )
    return check, store(desk, check, token, bundle, via, who)


def store(desk: Desk, check: CentralCheck, token: str, bundle: str, proxy: str, who: Who = IT_CONSOLE.who) -> str:
    """Keep a checked registration: URL, CA bundle and proxy in the settings, the token in the keyring
    (or a 0600 file); audited as a settings change, the token itself never in the trail."""
    assert desk.sync is not None
    old = desk.settings.get(SYNC_CENTRAL_URL)
    desk.settings.update({SYNC_CA_BUNDLE: bundle, SYNC_PROXY: proxy})
    where = desk.sync.register(check.api_url, token.strip())
    AuditTrail(desk.db).record(
        who,
        AuditAction.SETTINGS_CHANGE,
        f"setting:{SYNC_CENTRAL_URL.key}",
        {
            "old": old,
            "new": check.api_url,
            "ca_bundle": bundle,
            "proxy": split_userinfo(proxy)[0],  # its credentials are kept like the token, never audited
            "token": "keyring" if where == "keyring" else "file",
        },
    )
    return where


def read_token(args: argparse.Namespace, language: str) -> str | None:
    """The token from --token-file (or '-' for stdin), stdin when it is not a terminal, or a
    prompt without echo; None after saying why there is none."""
    try:
        if args.token_file is not None and str(args.token_file) != "-":
            text = args.token_file.read_text(encoding="utf-8")
        elif args.token_file is not None or not sys.stdin.isatty():
            text = sys.stdin.readline()
        else:
            text = getpass.getpass(translate("reg_token_prompt", language))
    except (OSError, UnicodeDecodeError) as exc:
        print(
            translate("reg_token_file_unreadable", language, {"path": str(args.token_file), "reason": str(exc)}),
            file=sys.stderr,
        )
        return None
    except (EOFError, KeyboardInterrupt):
        text = ""
    token: str = text.strip()
    if not token:
        print(translate("reg_token_missing", language), file=sys.stderr)
        return None
    return token


def run(args: argparse.Namespace, desk: Desk) -> int:
    language = desk.language
    if args.token is not None:
        print(translate("reg_token_on_command_line", language), file=sys.stderr)
        return 2
    token = read_token(args, language)
    if token is None:
        return 2
    try:
        check, where = register(desk, args.url, token, ca_bundle=args.ca_bundle, proxy=args.proxy)
    except SettingError as exc:
        print(f"{exc.key}: {exc.text(language)}", file=sys.stderr)
        return 1
    except RegistrationProblem as exc:
        print(exc.text(language), file=sys.stderr)
        return 1
    print(
        translate(
            "reg_found",
            language,
            {
                "url": check.api_url,
                "version": check.version,
                "api_version": check.api_version,
                "offset": f"{check.clock_offset_s:+.0f}",
            },
        )
    )
    if where == "keyring":
        print(translate("sync_token_keyring", language))
    else:
        print(translate("sync_token_file", language, {"path": where}))
    return 0
