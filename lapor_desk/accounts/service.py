"""Staff accounts and roles, permissions, sign-in with lock-out, and NIK masking.

Passwords are hashed with scrypt from the standard library (memory-hard; 32 MiB and
about 0.1 s a hash at the default cost). argon2id would be the first choice on a
server, but scrypt needs no compiled wheel in the PyInstaller build for the desk PCs,
and the cost parameters live in each stored hash, so they can be raised later.

Five failed sign-ins within 15 minutes lock an account for 15 minutes; failures older than
that no longer count. The lock is stored with the wall time it began and with the system's
monotonic reading and boot identity (the monotonic clock counts from boot for every process,
so the window, a command and a restarted app all read it alike). It ends only when both the
wall clock and, on the same boot, the monotonic clock say 15 minutes have passed: setting the
clock forward does not end it; setting it back restarts the wall-clock part from the new
reading rather than trusting or dropping it; back and then forward again leaves the monotonic
part standing. After a reboot only the wall clock is left to go by.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from lapor_desk.accounts.passwords import check_password, hash_password
from lapor_desk.accounts.roles import (
    IT_CONSOLE,
    AccountError,
    Actor,
    Permission,
    PermissionDenied,
    Role,
    SignInRefused,
    require,
    seal,
)
from lapor_desk.audit import AuditAction, AuditTrail, Who
from lapor_desk.clock import Clock, system_clock
from lapor_desk.storage.database import Database
from lapor_desk.storage.supervision_tables import ACCOUNTS

BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")


def current_boot() -> str:
    """This boot of the machine (Linux); "" where the OS does not say (then a monotonic reading
    below the stored one is the only sign of a reboot)."""
    try:
        return BOOT_ID_FILE.read_text(encoding="ascii").strip()[:64]
    except OSError:
        return ""


LOCKOUT_ATTEMPTS = 5
LOCKOUT_DURATION = timedelta(minutes=15)
PASSWORD_MIN = 8
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


_DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="


@dataclass(frozen=True)
class AccountInfo:
    """An account as the admin's list shows it (never the hash)."""

    id: int
    username: str
    display_name: str
    role: Role
    nip: str
    is_trainee: bool
    is_active: bool
    must_change_password: bool
    locked_until: datetime | None


class AccountService:
    def __init__(
        self,
        db: Database,
        audit: AuditTrail,
        clock: Clock = system_clock,
        monotonic: Callable[[], float] = time.monotonic,
        boot: Callable[[], str] = current_boot,
    ) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.monotonic = monotonic
        self.boot = boot

    # --- first start

    def needs_first_admin(self) -> bool:
        with self.db.read() as conn:
            return not conn.execute(select(func.count()).select_from(ACCOUNTS)).scalar_one()

    @staticmethod
    def holds_no_account(conn: Connection) -> bool:
        """Inside a write transaction: whether the desk has no account, true until that
        transaction ends. On SQLite its write transaction already shuts every other writer
        out; on PostgreSQL the accounts table is locked in SHARE mode, so an account being
        created is waited for (and then seen), and none is created until this one ends."""
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"LOCK TABLE {ACCOUNTS.name} IN SHARE MODE"))
        return not conn.execute(select(func.count()).select_from(ACCOUNTS)).scalar_one()

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """The first-run dialog (or `accounts create-admin`): only while no account exists."""
        with self.db.write() as conn:
            if conn.dialect.name == "postgresql":
                # Two counters of an office at their first-start page at once: the second waits
                # here until the first has committed, then counts its admin (SHARE ROW EXCLUSIVE
                # conflicts with itself and with holds_no_account's SHARE lock; readers pass).
                conn.execute(text(f"LOCK TABLE {ACCOUNTS.name} IN SHARE ROW EXCLUSIVE MODE"))
            if conn.execute(select(func.count()).select_from(ACCOUNTS)).scalar_one():
                raise AccountError("first_admin_exists")
            info = self._insert(
                conn, IT_CONSOLE, username, display_name, Role.ADMIN, password, False, "", must_change=False
            )
        return seal(Actor(info.id, info.username, info.display_name, Role.ADMIN))

    # --- signing in

    def check_name(self, username: str) -> None:
        """Before a password is asked (the command line): refuse an unknown or disabled name at
        once, audited like a failed sign-in, instead of after the password was typed."""
        username = username.strip().lower()
        with self.db.write() as conn:
            row = conn.execute(select(ACCOUNTS.c.is_active).where(ACCOUNTS.c.username == username)).first()
            if row is not None and row.is_active:
                return
            self.audit.append(
                conn,
                Who(username),
                AuditAction.SIGN_IN_FAILED,
                f"account:{username}",
                {"reason": "unknown" if row is None else "inactive"},
            )
        raise SignInRefused("account_not_found" if row is None else "account_inactive", username=username)

    def sign_in(self, username: str, password: str) -> Actor:
        username = username.strip().lower()
        # Nothing was tried (Enter pressed on an empty box, an empty line at the CLI's prompt):
        # said at the field, neither audited nor counted towards the lockout.
        if not username:
            raise SignInRefused("sign_in_username_missing")
        if not password:
            raise SignInRefused("sign_in_password_missing")
        now = self.clock()
        with self.db.write() as conn:
            row = conn.execute(select(ACCOUNTS).where(ACCOUNTS.c.username == username)).first()
            if row is None or not row.is_active:
                check_password(password, _DUMMY_HASH)  # same time as a real check
                self.audit.append(
                    conn,
                    Who(username),
                    AuditAction.SIGN_IN_FAILED,
                    f"account:{username}",
                    {"reason": "unknown" if row is None else "inactive"},
                )
                code = "sign_in_wrong" if row is None else "account_inactive"
                failure: SignInRefused | None = SignInRefused(code)
            else:
                failure = self._try_sign_in(conn, row, password, now)
        if failure is not None:
            raise failure
        assert row is not None
        return seal(
            Actor(
                row.id,
                row.username,
                row.display_name,
                Role(row.role),
                bool(row.is_trainee),
                bool(row.must_change_password),
                row.nip or "",
            )
        )

    def _try_sign_in(self, conn: Connection, row: Any, password: str, now: datetime) -> SignInRefused | None:
        """None on success; else the refusal, after writing what must survive it."""
        target = f"account:{row.username}"
        who = Who(row.username, row.role)
        if row.locked_until is not None:
            remaining = self._lock_remaining(conn, row, now)
            if remaining > 0:
                self.audit.append(conn, who, AuditAction.SIGN_IN_FAILED, target, {"reason": "locked"})
                return SignInRefused("account_locked", minutes=max(1, math.ceil(remaining / 60)))
            conn.execute(
                update(ACCOUNTS)
                .where(ACCOUNTS.c.id == row.id)
                .values(
                    failed_count=0, failed_at=None, locked_at=None, locked_until=None, locked_mono=None, locked_boot=""
                )
            )
            row = conn.execute(select(ACCOUNTS).where(ACCOUNTS.c.id == row.id)).one()
        if not check_password(password, row.password_hash):
            failed = self._recent_failures(row, now) + 1
            values: dict[str, Any] = {"failed_count": failed, "failed_at": now}
            self.audit.append(conn, who, AuditAction.SIGN_IN_FAILED, target, {"reason": "password", "attempt": failed})
            if failed >= LOCKOUT_ATTEMPTS:
                values.update(
                    locked_at=now,
                    locked_until=now + LOCKOUT_DURATION,
                    locked_mono=self.monotonic(),
                    locked_boot=self.boot(),
                )
                self.audit.append(
                    conn,
                    who,
                    AuditAction.ACCOUNT_LOCKED,
                    target,
                    {"minutes": int(LOCKOUT_DURATION.total_seconds() // 60)},
                )
            conn.execute(update(ACCOUNTS).where(ACCOUNTS.c.id == row.id).values(**values))
            if failed >= LOCKOUT_ATTEMPTS:
                return SignInRefused("account_locked", minutes=int(LOCKOUT_DURATION.total_seconds() // 60))
            return SignInRefused("sign_in_wrong_left", left=LOCKOUT_ATTEMPTS - failed)
        conn.execute(update(ACCOUNTS).where(ACCOUNTS.c.id == row.id).values(failed_count=0, failed_at=None))
        self.audit.append(conn, who, AuditAction.SIGN_IN, target, {})
        return None

    @staticmethod
    def _recent_failures(row: Any, now: datetime) -> int:
        """Failures still counting: none once the last one is older than the lock window (a
        clock set back makes it look recent, which only ever keeps the count)."""
        last = row.failed_at
        if last is None or now - last >= LOCKOUT_DURATION:
            return 0
        return int(row.failed_count)

    def _lock_remaining(self, conn: Connection, row: Any, now: datetime) -> float:
        """Seconds the lock still holds: never shortened by the clock going back (or forward)."""
        locked_at, locked_until = row.locked_at, row.locked_until
        if locked_at is None or now < locked_at:
            # The clock reads earlier than when the lock began: restart it from this reading.
            locked_at, locked_until = now, now + LOCKOUT_DURATION
            conn.execute(
                update(ACCOUNTS).where(ACCOUNTS.c.id == row.id).values(locked_at=locked_at, locked_until=locked_until)
            )
        wall = (locked_until - now).total_seconds()
        mono = 0.0
        started, boot, reading = row.locked_mono, row.locked_boot or "", self.monotonic()
        same_boot = boot == self.boot() and started is not None and reading >= started
        if same_boot:
            mono = LOCKOUT_DURATION.total_seconds() - (reading - started)
        return float(max(wall, mono))

    def confirm_password(self, actor: Actor, password: str) -> None:
        """Unlocking an idle-locked session: the same lock-out rules as signing in."""
        self.sign_in(actor.username, password)

    def sign_out(self, actor: Actor) -> None:
        self.audit.record(actor.who, AuditAction.SIGN_OUT, f"account:{actor.username}")

    # --- administration

    def add_account(
        self,
        actor: Actor,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        is_trainee: bool = False,
        nip: str = "",
    ) -> AccountInfo:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self.db.write() as conn:
            # The admin knows this first password: the new account replaces it at its first sign-in.
            return self._insert(
                conn, actor, username, display_name, Role(role), password, is_trainee, nip, must_change=True
            )

    def _insert(
        self,
        conn: Connection,
        actor: Actor,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        is_trainee: bool,
        nip: str,
        *,
        must_change: bool,
    ) -> AccountInfo:
        username = username.strip().lower()
        if not USERNAME_RE.match(username):
            raise AccountError("username_format")
        _check_password_rules(password)
        if conn.execute(select(ACCOUNTS.c.id).where(ACCOUNTS.c.username == username)).first():
            raise AccountError("username_taken", username=username)
        now = self.clock()
        new_id = conn.execute(
            insert(ACCOUNTS)
            .values(
                username=username,
                display_name=display_name.strip() or username,
                nip=nip,
                role=str(role),
                password_hash=hash_password(password),
                is_trainee=is_trainee,
                is_active=True,
                must_change_password=must_change,
                failed_count=0,
                created_at=now,
                updated_at=now,
            )
            .returning(ACCOUNTS.c.id)
        ).scalar_one()
        self.audit.append(
            conn,
            actor.who,
            AuditAction.ACCOUNT_CHANGE,
            f"account:{username}",
            {"change": "created", "role": str(role), "trainee": is_trainee},
        )
        return self._info(conn, new_id)

    def reset_password(self, actor: Actor, username: str, new_password: str) -> None:
        """An admin sets a temporary password; it also lifts a lock-out."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        _check_password_rules(new_password)
        row = self._row(username)
        with self.db.write() as conn:
            conn.execute(
                update(ACCOUNTS)
                .where(ACCOUNTS.c.id == row.id)
                .values(
                    password_hash=hash_password(new_password),
                    must_change_password=True,
                    failed_count=0,
                    locked_at=None,
                    locked_until=None,
                    locked_mono=None,
                    locked_boot="",
                    failed_at=None,
                    updated_at=self.clock(),
                )
            )
            self.audit.append(
                conn, actor.who, AuditAction.ACCOUNT_CHANGE, f"account:{row.username}", {"change": "password_reset"}
            )

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> Actor:
        """The one thing an account that owes a new password may do; returns the renewed Actor
        (the old one, still marked, stays refused everywhere)."""
        if not actor.sealed:
            raise PermissionDenied("not_signed_in")
        row = self._row(actor.username)
        if not check_password(old_password, row.password_hash):
            raise SignInRefused("sign_in_wrong")
        _check_password_rules(new_password)
        with self.db.write() as conn:
            conn.execute(
                update(ACCOUNTS)
                .where(ACCOUNTS.c.id == row.id)
                .values(password_hash=hash_password(new_password), must_change_password=False, updated_at=self.clock())
            )
            self.audit.append(
                conn, actor.who, AuditAction.ACCOUNT_CHANGE, f"account:{row.username}", {"change": "own_password"}
            )
        return seal(replace(actor, must_change_password=False, seal=""))

    def recover_admin(self, username: str, new_password: str, os_user: str) -> None:
        """The lost-admin-password path (`accounts recover-admin`, run by the OS account that owns
        the data folder, which the command checks): a temporary password for an admin account,
        re-activated and unlocked, to be replaced at the next sign-in. Loudly audited."""
        _check_password_rules(new_password)
        row = self._row(username)
        if row.role != Role.ADMIN:
            raise AccountError("recover_not_admin", username=row.username)
        with self.db.write() as conn:
            conn.execute(
                update(ACCOUNTS)
                .where(ACCOUNTS.c.id == row.id)
                .values(
                    password_hash=hash_password(new_password),
                    must_change_password=True,
                    is_active=True,
                    failed_count=0,
                    failed_at=None,
                    locked_at=None,
                    locked_until=None,
                    locked_mono=None,
                    locked_boot="",
                    updated_at=self.clock(),
                )
            )
            self.audit.append(
                conn,
                Who(f"(pemilik-folder:{os_user})", "os"),
                AuditAction.ACCOUNT_CHANGE,
                f"account:{row.username}",
                {"change": "admin_recovered", "os_user": os_user},
            )

    def update_account(
        self,
        actor: Actor,
        username: str,
        *,
        role: Role | None = None,
        is_trainee: bool | None = None,
        is_active: bool | None = None,
    ) -> AccountInfo:
        require(actor, Permission.MANAGE_ACCOUNTS)
        row = self._row(username)
        values: dict[str, Any] = {}
        if role is not None:
            values["role"] = str(Role(role))
        if is_trainee is not None:
            values["is_trainee"] = is_trainee
        if is_active is not None:
            values["is_active"] = is_active
        with self.db.write() as conn:
            demoting = row.role == Role.ADMIN and (
                values.get("role", Role.ADMIN) != Role.ADMIN or values.get("is_active") is False
            )
            if demoting and self._active_admins(conn) <= 1:
                raise AccountError("last_admin")
            values["updated_at"] = self.clock()
            conn.execute(update(ACCOUNTS).where(ACCOUNTS.c.id == row.id).values(**values))
            self.audit.append(
                conn,
                actor.who,
                AuditAction.ACCOUNT_CHANGE,
                f"account:{row.username}",
                {"change": "updated", **{k: v for k, v in values.items() if k != "updated_at"}},
            )
            return self._info(conn, row.id)

    def list_accounts(self, actor: Actor) -> list[AccountInfo]:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self.db.read() as conn:
            ids = conn.execute(select(ACCOUNTS.c.id).order_by(ACCOUNTS.c.username)).scalars().all()
            return [self._info(conn, i) for i in ids]

    # --- helpers

    def _row(self, username: str) -> Any:
        with self.db.read() as conn:
            row = conn.execute(select(ACCOUNTS).where(ACCOUNTS.c.username == username.strip().lower())).first()
        if row is None:
            raise AccountError("account_not_found", username=username)
        return row

    @staticmethod
    def _active_admins(conn: Connection) -> int:
        return int(
            conn.execute(
                select(func.count())
                .select_from(ACCOUNTS)
                .where(ACCOUNTS.c.role == str(Role.ADMIN), ACCOUNTS.c.is_active.is_(True))
            ).scalar_one()
        )

    @staticmethod
    def _info(conn: Connection, account_id: int) -> AccountInfo:
        r = conn.execute(select(ACCOUNTS).where(ACCOUNTS.c.id == account_id)).one()
        return AccountInfo(
            r.id,
            r.username,
            r.display_name,
            Role(r.role),
            r.nip,
            bool(r.is_trainee),
            bool(r.is_active),
            bool(r.must_change_password),
            r.locked_until,
        )


def _check_password_rules(password: str) -> None:
    if len(password) < PASSWORD_MIN:
        raise AccountError("password_too_short", min=PASSWORD_MIN)
