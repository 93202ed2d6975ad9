"""The errors the core raises to its callers (the window, the command line), in one place, so
a caller needs no import from the storage layer to tell a storage problem from a bug."""

from __future__ import annotations

from lapor_desk.storage.errors import StorageError

__all__ = ["StorageError"]
