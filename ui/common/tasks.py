"""Background work in two lanes (as Anki's taskman): one serial lane for database
writes, a small pool for reads and network calls. Results come back on the GUI thread.

A failure is shown unless the caller says otherwise (Anki's QueryOp): a task given no
`on_error` puts up a message in the current language, and the log has the traceback. A
caller that means to stay quiet passes a handler that says so (`logged_only`).

A result is delivered only while its receiver lives: the QObject a bound method belongs to,
or the `context` the caller names (a lambda, or a signal's `emit`, has no owner to see).
A window closed while its read runs drops the answer quietly instead of calling into a
destroyed object ("Signal source has been deleted"); the work itself always runs to its end,
so a write closed over is still written."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from lapor_desk.i18n import CodedError, describe

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001  every failure goes back to the GUI thread
            self._send(False, exc)
        else:
            self._send(True, result)

    def _send(self, ok: bool, value: object) -> None:
        """Hand the answer to the GUI thread, unless the relay is gone: at the program's end the
        interpreter deletes it while work still runs ("Signal source has been deleted")."""
        relay = self.relay
        try:
            if isValid(relay):
                (relay.done if ok else relay.failed).emit(value)
                return
        except RuntimeError:  # deleted between the check and the emit
            pass
        log.debug("a task finished after the desk shut down; its answer is not delivered: %r", value)


def current_language() -> str:
    """The language the desk shows now (ui.common.i18n.LanguageSwitch sets the default locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def _receiver(callback: Callable[..., Any] | None, context: QObject | None) -> QObject | None:
    """The object whose lifetime a callback's delivery is tied to."""
    if context is not None:
        return context
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


def logged_only(what: str) -> Callable[[BaseException], None]:
    """An `on_error` for work whose failure the clerk need not see (it is retried, or shown
    elsewhere): the log has it."""

    def log_it(exc: BaseException) -> None:
        log.warning("%s failed: %s", what, exc, exc_info=exc)

    return log_it


class TaskRunner(QObject):
    """`write(fn, on_done, on_error)` and `read(...)`: run fn off the GUI thread."""

    failure_shown = Signal(str)  # the message a task without its own handler put up

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failure_box: QMessageBox | None = None
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        self._start(self._writes, fn, on_done, on_error, context)

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        self._start(self._reads, fn, on_done, on_error, context)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        context: QObject | None,
    ) -> None:
        relay = _Relay()  # created here, so it lives in the GUI thread
        self._relays.add(relay)
        done_to = _receiver(on_done, context)
        error_to = _receiver(on_error, context)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            if on_done is None:
                return
            if done_to is not None and not isValid(done_to):
                log.debug("a task's result dropped: its receiver %r was closed", on_done)
                return
            on_done(result)

        def fail(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_error is not None and (error_to is None or isValid(error_to)):
                on_error(exc)
            elif on_error is None and isValid(self):
                self.show_failure(exc)
            elif isinstance(exc, CodedError):  # a refusal nobody is left to hear (e.g. signed out meanwhile)
                log.info("a task refused after its window closed: %s", describe(exc, "en"))
            else:  # nobody left to tell: the log keeps it
                log.error("background task failed after its window closed", exc_info=exc)

        relay.done.connect(finish)
        relay.failed.connect(fail)
        pool.start(_Job(fn, relay))

    def show_failure(self, exc: BaseException) -> None:
        """The default for a task that failed with no handler: say so, in the current language.
        One box: a second failure while it is open replaces its text."""
        log.error("background task failed", exc_info=exc)
        language = current_language()
        if isinstance(exc, CodedError):
            reason = describe(exc, language)
        else:
            reason = self.tr("kesalahan tak terduga ({kind}); rinciannya ada di log.").format(kind=type(exc).__name__)
        text = self.tr("Pekerjaan di latar belakang gagal: {reason}").format(reason=reason)
        box = self.failure_box
        if box is None:
            owner = self.parent()
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "lapor-desk",
                "",
                QMessageBox.StandardButton.Ok,
                owner if isinstance(owner, QWidget) else None,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowModality(Qt.WindowModality.NonModal)  # the desk goes on; nothing typed is in the way
            box.finished.connect(self._failure_closed)
            self.failure_box = box
        box.setText(text)
        box.setDetailedText("" if isinstance(exc, CodedError) else f"{type(exc).__name__}: {exc}")
        box.show()
        self.failure_shown.emit(text)

    def _failure_closed(self, _result: int) -> None:
        if self.failure_box is not None:
            self.failure_box.deleteLater()
            self.failure_box = None

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until both lanes are idle (closing the window, tests)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
