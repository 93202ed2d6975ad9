"""A screen closed while its background read still waits drops the answer quietly: every callback
the screens hand the task runner that has no owner of its own (a lambda, a nested function) names
the screen as its `context=` (ui/common/tasks.py)."""

from __future__ import annotations

import ast
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from lapor_desk.desk import Desk
from ui.common.tasks import TaskRunner

from factories import PASSWORD

UI = Path(__file__).resolve().parents[2] / "ui"


def _open(screen: str, desk: Desk, runner: TaskRunner) -> QWidget:
    """The screen, built as the window builds it, with its first read started."""
    session = desk.session(desk.supervision.accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD))
    if screen == "audit":
        from ui.supervision.audit_view import AuditView

        view: QWidget = AuditView(session, runner)
        view.reload()
    elif screen == "review":
        from ui.supervision.review_view import ReviewView

        view = ReviewView(session, runner)
        view.reload()
    elif screen == "queue":
        from ui.queue.queue_model import QueueModel
        from ui.queue.queue_view import QueueView

        model = QueueModel(session.complaints, runner)
        view = QueueView(model)
        model.setParent(view)  # the model goes with its view, as in the window (ui/shell/desk_screens.py)
        model.reload()  # the page and the count
    else:
        from ui.intake.lookup_view import LookupView

        lookup = LookupView(runner, session.complaints)
        lookup.box.setText("3273012345670001")
        lookup.search_citizen()
        view = lookup
    return view


@pytest.mark.parametrize("screen", ["audit", "review", "queue", "lookup"])
def test_a_screen_closed_before_its_read_ends_drops_the_answer_without_error(
    qapp: QApplication, qtbot, qtlog, caplog, desk: Desk, screen: str
) -> None:
    caplog.set_level(logging.DEBUG, logger="ui.common.tasks")
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    gate = threading.Event()
    ran: list[int] = []

    def busy() -> None:
        assert gate.wait(30), "the test never opened the gate"
        ran.append(1)

    lanes = runner._reads.maxThreadCount()
    for _ in range(lanes):  # every read thread busy: the screen's own read waits behind them
        runner.read(busy, None, None)
    view = _open(screen, desk, runner)
    view.deleteLater()  # the clerk closes it (a role tab gone at sign-out) while the read waits
    qtbot.waitUntil(lambda: not isValid(view), timeout=10_000)
    gate.set()
    assert runner.wait(30_000)
    assert ran == [1] * lanes
    qtbot.waitUntil(lambda: "result dropped" in caplog.text, timeout=30_000)
    qapp.processEvents()
    assert [r.message for r in qtlog.records] == []
    # pytest-qt fails the test by itself on an exception raised in the delivery
    # ("Internal C++ object already deleted"), which is what an unowned lambda got


def _runner_calls_without_owner() -> list[str]:
    """`tasks.read/write(...)` calls in ui/ with a callback that is not a bound method and no context=."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("read", "write") or not ast.unparse(node.func.value).endswith(
                ("tasks", "runner")
            ):
                continue
            if any(keyword.arg == "context" for keyword in node.keywords):
                continue
            callbacks = node.args[1:] + [k.value for k in node.keywords if k.arg in ("on_done", "on_error")]
            if any(
                not isinstance(c, ast.Attribute) and not (isinstance(c, ast.Constant) and c.value is None)
                for c in callbacks
            ):
                found.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    return found


def test_every_unowned_callback_names_its_context() -> None:
    assert _runner_calls_without_owner() == []
