"""Plain Python events raised by the core; the UI re-emits them as Qt signals.

Listeners that are bound methods are held weakly, so a closed window does not
leak or receive events after it is gone (as Electrum's CallbackManager does).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

E = TypeVar("E")


@dataclass(frozen=True)
class ComplaintSaved:
    complaint_id: int
    status: str
    created: bool


@dataclass(frozen=True)
class ComplaintsImported:
    added: int


class _Strong:
    """A reference that never dies, with the same call shape as a weak one."""

    def __init__(self, callback: Callable[[Any], None]) -> None:
        self.callback = callback

    def __call__(self) -> Callable[[Any], None]:
        return self.callback


class EventBus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[type, list[Callable[[], Callable[[Any], None] | None]]] = {}

    def subscribe(self, event_type: type[E], callback: Callable[[E], None]) -> None:
        ref: Callable[[], Callable[[Any], None] | None]
        if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
            ref = weakref.WeakMethod(callback)
        else:
            ref = _Strong(callback)  # plain functions are held strongly
        with self._lock:
            self._listeners.setdefault(event_type, []).append(ref)

    def publish(self, event: object) -> None:
        with self._lock:
            refs = list(self._listeners.get(type(event), ()))
        alive = []
        for ref in refs:
            callback = ref()
            if callback is not None:
                alive.append(ref)
                callback(event)
        if len(alive) != len(refs):
            with self._lock:
                self._listeners[type(event)] = [r for r in self._listeners.get(type(event), []) if r() is not None]
