"""A task's answer outlives the window that asked for it: it is dropped quietly when its
receiver was closed, and still delivered to a receiver that lives (ui/common/tasks.py)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from lapor_desk.i18n import CodedError
from ui.common.tasks import TaskRunner


class _Receiver(QObject):
    answered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.got: list[object] = []

    def take(self, value: object) -> None:
        self.got.append(value)


def _gated(gate: threading.Event, value: object, done: list[object] | None = None):
    def work() -> object:
        assert gate.wait(30), "the test never opened the gate"
        if done is not None:
            done.append(value)  # the work's own effect (a write), whoever hears the answer
        return value

    return work


def _delete(obj: QObject, qtbot) -> None:
    obj.deleteLater()
    qtbot.waitUntil(lambda: not isValid(obj), timeout=10_000)


def test_a_closed_receivers_answer_is_dropped_without_a_warning(qapp: QApplication, qtbot, qtlog) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    closing = QWidget()  # a view the clerk closes while its reads run
    by_signal = _Receiver(closing)
    by_method = _Receiver(closing)
    staying = _Receiver(window)
    gate = threading.Event()
    runner.read(_gated(gate, "status"), by_signal.answered.emit, context=by_signal)  # as the sync controller
    runner.read(_gated(gate, "page"), by_method.take)  # a bound method: its object is the receiver
    runner.write(_gated(gate, "saved"), staying.take)
    _delete(closing, qtbot)
    gate.set()
    qtbot.waitUntil(lambda: staying.got == ["saved"], timeout=30_000)  # the living receiver is not lost
    assert runner.wait()
    qapp.processEvents()  # the two dropped answers have been through the event loop too
    assert [r.message for r in qtlog.records] == []
    # pytest-qt fails this test by itself on "Signal source has been deleted" or
    # "Internal C++ object already deleted" raised in the delivery


def test_a_write_outlives_its_window_and_still_answers_a_living_receiver(qapp: QApplication, qtbot, qtlog) -> None:
    window = QWidget()
    runner = TaskRunner(window)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    listener = _Receiver(elsewhere)
    gate = threading.Event()
    written: list[object] = []
    runner.write(_gated(gate, "complaint 7", written), listener.take)
    runner.read(_gated(gate, "unused"), _Receiver(window).take)
    gate.set()  # the pools wait for their work when the window (and its runner) is destroyed
    _delete(window, qtbot)
    assert not isValid(runner)
    assert written == ["complaint 7"]
    qtbot.waitUntil(lambda: listener.got == ["complaint 7"], timeout=30_000)
    assert [r.message for r in qtlog.records] == []


def test_a_failure_after_the_window_closed_goes_to_the_log_only(qapp: QApplication, qtbot, caplog) -> None:
    window = QWidget()
    runner = TaskRunner(window)
    gate = threading.Event()

    def broken() -> None:
        assert gate.wait(30)
        raise ValueError("disk gone")

    runner.read(broken)  # no handler of its own: normally a box on the window
    # The work fails only once the window is being destroyed: set earlier, its failure could
    # reach the still-living window first (a box, not the log) depending on the thread timing.
    window.destroyed.connect(gate.set)
    _delete(window, qtbot)
    qtbot.waitUntil(lambda: "after its window closed" in caplog.text, timeout=30_000)
    assert "disk gone" in caplog.text


def test_work_that_outlives_its_relay_ends_quietly(qapp: QApplication, qtbot, capfd) -> None:
    """At the program's end the interpreter deletes the relay while a read still runs (seen
    in the screenshot script's last second): the work ends without an error on stderr."""
    import shiboken6

    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    gate = threading.Event()
    runner.read(_gated(gate, "late"), _Receiver(window).take)
    (relay,) = runner._relays
    shiboken6.delete(relay)
    gate.set()
    assert runner.wait()
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_a_refusal_after_the_window_closed_is_one_line_without_a_traceback(qapp: QApplication, qtbot, caplog) -> None:
    """Signing out right after signing in ends the session while the new queue's count is still
    being read: the core refuses it, and the queue it was for is gone. That is no fault to trace."""
    window = QWidget()
    runner = TaskRunner(window)
    receiver = _Receiver(window)
    gate = threading.Event()

    def refused() -> None:
        assert gate.wait(30)
        raise CodedError("not_signed_in")

    runner.read(refused, receiver.take, lambda _exc: receiver.take("told"), context=receiver)
    window.destroyed.connect(gate.set)
    with caplog.at_level(logging.INFO, logger="ui.common.tasks"):
        _delete(window, qtbot)
        qtbot.waitUntil(lambda: "refused after its window closed" in caplog.text, timeout=30_000)
    records = [r for r in caplog.records if r.name == "ui.common.tasks"]
    assert [r.levelno for r in records] == [logging.INFO]
    assert records[0].exc_info is None
