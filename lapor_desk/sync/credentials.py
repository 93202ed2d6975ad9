"""Where the desk token lives: the OS keyring when there is one, else a 0600 file.

The token never goes into the plain settings file; nor do a proxy's credentials (the
`user:password` of `sync.proxy`), kept the same way under their own name (lapor_desk.settings).
On a machine without a keyring backend (CI, a headless server) it is kept in `desk-token` in the config dir with
owner-only permissions, and `location()` says so, so the IT officer knows.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

SERVICE = "lapor-desk"
FILE_NAME = "desk-token"
NO_KEYRING_ENV = "LAPOR_DESK_NO_KEYRING"  # tests and portable installs: use the file


class TokenStore:
    def __init__(self, config_dir: Path, account: str = "central", file_name: str = FILE_NAME) -> None:
        self.file = config_dir / file_name
        self.account = account

    def _keyring(self) -> ModuleType | None:
        if os.environ.get(NO_KEYRING_ENV) == "1":
            return None
        try:
            import keyring
            from keyring.backends import fail
        except ImportError:
            return None
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return keyring

    def location(self) -> str:
        kr = self._keyring()
        return "keyring" if kr is not None else str(self.file)

    def save(self, token: str) -> str:
        kr = self._keyring()
        if kr is not None:
            try:
                kr.set_password(SERVICE, self.account, token)
            except Exception as exc:  # noqa: BLE001  a locked or broken keyring: fall back
                log.warning("keyring refused the token (%s); using a 0600 file", exc)
            else:
                with contextlib.suppress(FileNotFoundError):
                    self.file.unlink()
                return "keyring"
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(token)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.file)
        return str(self.file)

    def clear(self) -> None:
        """Forget the secret, in the keyring and in the file."""
        kr = self._keyring()
        if kr is not None:
            with contextlib.suppress(Exception):
                kr.delete_password(SERVICE, self.account)
        with contextlib.suppress(FileNotFoundError):
            self.file.unlink()

    def load(self) -> str:
        kr = self._keyring()
        if kr is not None:
            try:
                value = kr.get_password(SERVICE, self.account)
            except Exception:  # noqa: BLE001
                value = None
            if value:
                return str(value)
        try:
            return self.file.read_text(encoding="utf-8").strip()
        except OSError:
            return ""
