"""`lapor-desk paper-receipts reserve|list|sheet|void`: blocks of paper receipt numbers for outages.

A supervisor or admin reserves a block while the database is up and prints its sheet for the
desk drawer, and voids a block whose sheet was lost; a clerk enters a complaint later with one
of its numbers (the intake form's "Nomor tanda terima kertas"). The core checks the role; a
refusal is audited, and so is each sheet shown.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lapor_desk.accounts import SupervisionError
from lapor_desk.commands.signin import add_user_option, sign_in
from lapor_desk.i18n import translate
from lapor_desk.paper.book import DEFAULT_DAYS, MAX_BLOCK
from lapor_desk.paper.numbers import shown_time
from lapor_desk.paper.sheet import block_line

NAME = "paper-receipts"
HELP = "paper receipt numbers for when the office server is down: reserve, list, sheet, void"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="paper_command", required=True)
    reserve = sub.add_parser("reserve", help="reserve a block of COUNT numbers (supervisor or admin)")
    reserve.add_argument("--count", type=int, required=True, help=f"how many numbers (1-{MAX_BLOCK})")
    reserve.add_argument("--days", type=int, default=DEFAULT_DAYS, help="how many days they may be handed out")
    add_user_option(reserve)
    listing = sub.add_parser("list", help="the office's blocks and how many numbers each has used")
    add_user_option(listing)
    sheet = sub.add_parser("sheet", help="a block's sheet for the desk drawer, as text")
    sheet.add_argument("block", type=int, help="the block's number (#N in list)")
    add_user_option(sheet)
    void = sub.add_parser("void", help="void a block (its sheet was lost): its unused numbers are refused from now on")
    void.add_argument("block", type=int, help="the block's number (#N in list)")
    void.add_argument("--reason", required=True, help="why, e.g. 'lembar hilang' (kept with the block, audited)")
    add_user_option(void)


def run(args: argparse.Namespace, desk: Any) -> int:
    lang = desk.language
    session = sign_in(args, desk)
    if isinstance(session, int):
        return session
    from lapor_desk.accounts.guard import refusals_audited

    book = session.paper
    try:
        with refusals_audited(session.audit, session.actor, f"command:paper-receipts {args.paper_command}"):
            if args.paper_command == "reserve":
                block = book.reserve(session.actor, args.count, args.days)
                print(
                    translate(
                        "paper_block_reserved",
                        lang,
                        {
                            "id": block.id,
                            "count": block.size,
                            "first": block.first_number,
                            "last": block.last_number,
                            "until": shown_time(block.valid_until),
                        },
                    )
                )
            elif args.paper_command == "list":
                blocks = book.blocks(session.actor)
                if not blocks:
                    print(translate("paper_blocks_none", lang))
                for b in blocks:
                    print(block_line(b, lang))
            elif args.paper_command == "void":
                block = book.void(session.actor, args.block, args.reason)
                print(translate("paper_block_voided", lang, {"id": block.id, "unused": block.size - block.used}))
            else:
                text = book.sheet(session.actor, args.block, lang).plain_text()
                book.sheet_printed(session.actor, args.block, "text")  # audited before anyone has a copy
                print(text)
    except SupervisionError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    return 0
