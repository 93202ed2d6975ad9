"""Feature commands of `lapor-desk`, each in its own module.

A command module has NAME, HELP, `configure(parser)` and `run(args, desk) -> int`;
list it in MODULES and the CLI picks it up.
"""

from __future__ import annotations

MODULES: tuple[str, ...] = (
    "lapor_desk.commands.register",
    "lapor_desk.commands.sync",
    "lapor_desk.commands.audit",
    "lapor_desk.commands.accounts",
    "lapor_desk.commands.calendar",
    "lapor_desk.commands.report",
    "lapor_desk.commands.setup",
    "lapor_desk.commands.backup",
    "lapor_desk.commands.restore",
    "lapor_desk.commands.doctor",
    "lapor_desk.commands.purge",
    "lapor_desk.commands.importing",
    "lapor_desk.commands.exporting",
    "lapor_desk.commands.office_init",
    "lapor_desk.commands.paper_receipts",
)
