"""Background work in two lanes (as Anki's taskman): one serial lane for database
writes, a small pool for reads and network calls. Results come back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """`write(fn, on_done, on_error)` and `read(...)`: run fn off the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
    ) -> None:
        self._start(self._writes, fn, on_done, on_error)

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._start(self._reads, fn, on_done, on_error)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        relay = _Relay()  # created here, so it lives in the GUI thread
        self._relays.add(relay)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                on_done(result)

        def fail(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)

        relay.done.connect(finish)
        relay.failed.connect(fail)
        pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until both lanes are idle (closing the window, tests)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
