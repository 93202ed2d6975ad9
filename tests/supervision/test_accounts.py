"""Accounts: first admin, roles through the core services, lock-out (also with the clock set back)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from lapor_desk.accounts import (
    IT_CONSOLE,
    AccountError,
    Actor,
    IdleTimer,
    Permission,
    PermissionDenied,
    Role,
    SignInRefused,
    check_password,
    hash_password,
    mask_nik,
)
from lapor_desk.accounts.guard import change_setting
from lapor_desk.audit import AuditFilter
from lapor_desk.domain.queue import QueueFilter
from lapor_desk.review import Section
from lapor_desk.settings import FOUR_EYES

from factories import PASSWORD, raw_sql, walk_in


def test_password_hash_is_scrypt_salted_and_checked() -> None:
    a, b = hash_password("kata-sandi-1"), hash_password("kata-sandi-1")
    assert a.startswith("scrypt$32768$8$1$") and a != b
    assert check_password("kata-sandi-1", a)
    assert not check_password("kata-sandi-2", a)
    assert not check_password("x", "garbage")


def test_first_start_creates_the_admin_once(sup) -> None:  # type: ignore[no-untyped-def]
    assert sup.accounts.needs_first_admin()
    admin = sup.accounts.create_first_admin("Admin", "Admin", PASSWORD)
    assert admin.role is Role.ADMIN and admin.username == "admin"
    assert not sup.accounts.needs_first_admin()
    with pytest.raises(AccountError) as err:
        sup.accounts.create_first_admin("admin2", "Admin 2", PASSWORD)
    assert err.value.code == "first_admin_exists"
    with pytest.raises(AccountError, match="8"):
        sup.accounts.add_account(admin, "pendek", "P", Role.CLERK, "short")


def test_stored_hash_is_not_the_password(sup, sup_db) -> None:  # type: ignore[no-untyped-def]
    sup.accounts.create_first_admin("admin", "Admin", PASSWORD)
    with raw_sql(sup_db) as raw:
        stored = raw.execute("SELECT password_hash FROM accounts").fetchone()[0]
    assert PASSWORD not in stored and stored.startswith("scrypt$")


def test_clerk_is_refused_by_the_services_themselves(sup, staff) -> None:  # type: ignore[no-untyped-def]
    clerk = staff["clerk"]
    with pytest.raises(PermissionDenied) as err:
        sup.review.counts(clerk)
    assert err.value.code == "permission_denied" and "clerk" in err.value.text("en")
    with pytest.raises(PermissionDenied):
        sup.review.page(clerk, Section.DEADLINE)
    with pytest.raises(PermissionDenied):
        sup.accounts.add_account(clerk, "baru", "Baru", Role.ADMIN, PASSWORD)
    with pytest.raises(PermissionDenied):
        sup.accounts.reset_password(clerk, "admin", "passwordbaru")
    with pytest.raises(PermissionDenied):
        sup.accounts.list_accounts(clerk)
    with pytest.raises(PermissionDenied):
        sup.calendar.remove(clerk, __import__("datetime").date(2026, 12, 1))
    # ...but records complaints, and sees the NIK masked.
    saved = sup.session(clerk).complaints.record(walk_in())
    seen = sup.session(clerk).complaints.get(saved.complaint.id)
    assert seen.reporter_nik == "320405******0002"


def test_each_role_has_its_permissions(sup, staff, settings) -> None:  # type: ignore[no-untyped-def]
    supervisor, admin = staff["supervisor"], staff["admin"]
    assert sup.review.counts(supervisor)[Section.DEADLINE] == 0
    with pytest.raises(PermissionDenied):
        sup.accounts.list_accounts(supervisor)
    with pytest.raises(PermissionDenied):
        change_setting(supervisor, settings, sup.audit, FOUR_EYES, "on")
    assert not supervisor.can(Permission.EXPORT_PERSONAL) and admin.can(Permission.EXPORT_PERSONAL)
    change_setting(admin, settings, sup.audit, FOUR_EYES, "on")
    assert settings.get(FOUR_EYES) == "on"
    entry = sup.audit.page(AuditFilter(actions=("settings_change",)))[0]
    assert entry.actor == "admin" and entry.detail == {"old": "off", "new": "on"}
    names = [a.username for a in sup.accounts.list_accounts(admin)]
    assert names == ["admin", "ayu", "budi", "sri"]
    # The supervisor sees the full NIK, and that view is audited.
    saved = sup.session(staff["clerk"]).complaints.record(walk_in())
    assert sup.session(supervisor).complaints.get(saved.complaint.id).reporter_nik == "3204051203850002"
    viewed = sup.audit.page(AuditFilter(actions=("view_personal",)))
    assert viewed[0].actor == "sri" and viewed[0].target == f"complaint:{saved.complaint.id}"


def test_writes_through_the_guard_are_audited_under_the_account(sup, staff) -> None:  # type: ignore[no-untyped-def]
    clerk = staff["clerk"]
    draft = sup.session(clerk).complaints.save_draft(walk_in())
    sup.session(clerk).complaints.record(walk_in(title="Jalan desa rusak berlubang parah"), draft.complaint.id)
    entries = sup.audit.page(AuditFilter(target=f"complaint:{draft.complaint.id}"))
    assert [(e.action, e.actor) for e in reversed(entries)] == [
        ("create", "budi"),
        ("edit", "budi"),
        ("status_change", "budi"),
    ]
    assert entries[1].detail["fields"] == ["title"]
    # Saving again without a change adds nothing.
    sup.session(clerk).complaints.record(walk_in(title="Jalan desa rusak berlubang parah"), draft.complaint.id)
    assert len(sup.audit.page(AuditFilter(target=f"complaint:{draft.complaint.id}"))) == 3


def test_mask_nik() -> None:
    assert mask_nik("3204051203850002") == "320405******0002"
    assert mask_nik("") == "" and mask_nik("12345") == "*****"


def test_admin_cannot_remove_the_last_admin(sup, staff) -> None:  # type: ignore[no-untyped-def]
    admin = staff["admin"]
    with pytest.raises(AccountError) as err:
        sup.accounts.update_account(admin, "admin", role=Role.CLERK)
    assert err.value.code == "last_admin"
    info = sup.accounts.update_account(admin, "budi", is_active=False)
    assert not info.is_active
    with pytest.raises(SignInRefused) as refused:
        sup.accounts.sign_in("budi", PASSWORD)
    assert refused.value.code == "account_inactive"


def _fail(sup, username: str, times: int) -> list[str]:  # type: ignore[no-untyped-def]
    codes = []
    for _ in range(times):
        with pytest.raises(SignInRefused) as err:
            sup.accounts.sign_in(username, "salah-salah")
        codes.append(err.value.code)
    return codes


def test_five_failures_lock_for_fifteen_minutes(sup, staff, sup_clock, mono) -> None:  # type: ignore[no-untyped-def]
    assert _fail(sup, "budi", 5) == ["sign_in_wrong_left"] * 4 + ["account_locked"]
    with pytest.raises(SignInRefused) as err:  # the right password does not help while locked
        sup.accounts.sign_in("budi", PASSWORD)
    assert err.value.code == "account_locked" and err.value.params["minutes"] == 15
    sup_clock.now += timedelta(minutes=14, seconds=59)
    mono.value += 14 * 60 + 59
    with pytest.raises(SignInRefused):
        sup.accounts.sign_in("budi", PASSWORD)
    sup_clock.now += timedelta(seconds=1)
    mono.value += 1
    assert sup.accounts.sign_in("budi", PASSWORD).username == "budi"
    # the count starts again after a success
    assert _fail(sup, "budi", 1) == ["sign_in_wrong_left"]
    actions = [e.action for e in sup.audit.page(AuditFilter(actor="budi"))]
    assert actions.count("account_locked") == 1 and "sign_in" in actions


def test_clock_set_back_during_a_lock_never_shortens_it(sup, staff, sup_clock, mono) -> None:  # type: ignore[no-untyped-def]
    _fail(sup, "budi", 5)
    sup_clock.now -= timedelta(days=1)  # someone sets the PC clock back a day
    mono.value += 60
    with pytest.raises(SignInRefused) as err:
        sup.accounts.sign_in("budi", PASSWORD)
    assert err.value.code == "account_locked"
    # Another process (the app restarted, a command): the lock was restarted from the earlier reading.
    fresh = type(sup.accounts)(sup.accounts.db, sup.audit, sup_clock, mono)
    sup_clock.now += timedelta(minutes=14)
    mono.value += 14 * 60
    with pytest.raises(SignInRefused):
        fresh.sign_in("budi", PASSWORD)
    sup_clock.now += timedelta(minutes=1)
    mono.value += 60
    assert fresh.sign_in("budi", PASSWORD).username == "budi"


def test_clock_set_back_and_then_forward_again_does_not_end_a_lock_early(sup, staff, sup_clock, mono) -> None:  # type: ignore[no-untyped-def]
    _fail(sup, "budi", 5)
    real = sup_clock.now
    sup_clock.now, mono.value = real + timedelta(minutes=5), mono.value + 5 * 60
    sup_clock.now -= timedelta(hours=1)  # set back an hour ...
    with pytest.raises(SignInRefused):
        sup.accounts.sign_in("budi", PASSWORD)
    sup_clock.now = real + timedelta(minutes=6)  # ... and forward again: the wall clock alone says "over"
    mono.value += 60
    for process in (sup.accounts, type(sup.accounts)(sup.accounts.db, sup.audit, sup_clock, mono)):
        with pytest.raises(SignInRefused) as err:
            process.sign_in("budi", PASSWORD)
        assert err.value.code == "account_locked" and err.value.params["minutes"] == 9
    sup_clock.now += timedelta(minutes=9)
    mono.value += 9 * 60
    assert sup.accounts.sign_in("budi", PASSWORD).username == "budi"


def test_clock_set_forward_does_not_end_a_lock_in_another_process_either(sup, staff, sup_clock, mono) -> None:  # type: ignore[no-untyped-def]
    _fail(sup, "budi", 5)
    command = type(sup.accounts)(sup.accounts.db, sup.audit, sup_clock, mono)  # e.g. `lapor-desk export --user`
    sup_clock.now += timedelta(days=1)
    mono.value += 30
    with pytest.raises(SignInRefused) as err:
        command.sign_in("budi", PASSWORD)
    assert err.value.code == "account_locked"
    mono.value += 15 * 60
    assert command.sign_in("budi", PASSWORD).username == "budi"


def test_after_a_reboot_the_wall_clock_is_what_is_left(sup, staff, sup_clock, mono) -> None:  # type: ignore[no-untyped-def]
    _fail(sup, "budi", 5)
    mono.value = 50.0  # the machine restarted: the monotonic clock starts again
    rebooted = type(sup.accounts)(sup.accounts.db, sup.audit, sup_clock, mono, boot=lambda: "another-boot")
    sup_clock.now += timedelta(minutes=14)
    with pytest.raises(SignInRefused):
        rebooted.sign_in("budi", PASSWORD)
    sup_clock.now += timedelta(minutes=1)
    assert rebooted.sign_in("budi", PASSWORD).username == "budi"


def test_failures_older_than_the_lock_window_no_longer_count(sup, staff, sup_clock, mono) -> None:  # type: ignore[no-untyped-def]
    assert _fail(sup, "budi", 4)[-1] == "sign_in_wrong_left"
    sup_clock.now += timedelta(minutes=15)
    mono.value += 15 * 60
    with pytest.raises(SignInRefused) as err:
        sup.accounts.sign_in("budi", "salah-salah")
    assert err.value.code == "sign_in_wrong_left" and err.value.params["left"] == 4  # counting from one again
    sup_clock.now += timedelta(minutes=14)  # within the window: these count
    assert _fail(sup, "budi", 4)[-1] == "account_locked"


def test_clock_set_forward_does_not_end_a_lock_in_the_running_app(sup, staff, sup_clock, mono) -> None:  # type: ignore[no-untyped-def]
    _fail(sup, "budi", 5)
    sup_clock.now += timedelta(hours=2)  # wall clock jumps; only 30 s really passed
    mono.value += 30
    with pytest.raises(SignInRefused) as err:
        sup.accounts.sign_in("budi", PASSWORD)
    assert err.value.params["minutes"] == 15
    mono.value += 15 * 60
    assert sup.accounts.sign_in("budi", PASSWORD).username == "budi"


def test_admin_reset_lifts_the_lock_and_forces_a_change(sup, staff) -> None:  # type: ignore[no-untyped-def]
    _fail(sup, "budi", 5)
    sup.accounts.reset_password(staff["admin"], "budi", "sementara-1")
    clerk = sup.accounts.sign_in("budi", "sementara-1")
    assert clerk.must_change_password
    assert [a for a in sup.accounts.list_accounts(staff["admin"]) if a.username == "budi"][0].must_change_password
    sup.accounts.change_own_password(clerk, "sementara-1", "baru-sekali-2")
    assert not sup.accounts.sign_in("budi", "baru-sekali-2").must_change_password
    with pytest.raises(SignInRefused):
        sup.accounts.sign_in("budi", "sementara-1")


def test_unknown_user_is_a_plain_wrong_sign_in(sup, staff) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SignInRefused) as err:
        sup.accounts.sign_in("tidakada", PASSWORD)
    assert err.value.code == "sign_in_wrong"


def test_an_empty_password_or_name_is_said_at_its_field_and_never_counted(sup, staff) -> None:  # type: ignore[no-untyped-def]
    """Enter on an empty box (the lock page, the CLI's prompt) tried nothing: four wrong
    passwords and any number of empty ones leave the account one try from its lock."""
    before = len(sup.audit.page(AuditFilter(actor="budi")))
    for username, password, code in (
        ("budi", "", "sign_in_password_missing"),
        ("", PASSWORD, "sign_in_username_missing"),
        ("   ", "", "sign_in_username_missing"),
    ):
        with pytest.raises(SignInRefused) as err:
            sup.accounts.sign_in(username, password)
        assert err.value.code == code
        assert err.value.text("id") != err.value.text("en")
    assert len(sup.audit.page(AuditFilter(actor="budi"))) == before
    assert _fail(sup, "budi", 4) == ["sign_in_wrong_left"] * 4
    for _ in range(10):
        with pytest.raises(SignInRefused) as err:
            sup.accounts.sign_in("budi", "")
        assert err.value.code == "sign_in_password_missing"
    assert sup.accounts.sign_in("budi", PASSWORD).username == "budi"


def test_idle_timer_uses_the_monotonic_clock(mono) -> None:  # type: ignore[no-untyped-def]
    timer = IdleTimer(10, mono)
    mono.value += 599
    assert not timer.expired()
    timer.touch()
    mono.value += 599
    assert not timer.expired()
    mono.value += 1
    assert timer.expired()
    assert not IdleTimer(0, mono).expired()


def test_accounts_commands(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.cli import main

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("LAPOR_DESK_NEW_PASSWORD", "admin-rahasia-1")
    assert main(["--db", url, "accounts", "create-admin", "admin", "--name", "Admin TI"]) == 0
    assert main(["--db", url, "accounts", "create-admin", "admin2"]) == 1
    assert "sudah dibuat" in capsys.readouterr().err
    monkeypatch.setenv("LAPOR_DESK_PASSWORD", "admin-rahasia-1")  # the admin signs in with --user
    monkeypatch.setenv("LAPOR_DESK_NEW_PASSWORD", "budi-rahasia-1")
    assert main(["--db", url, "accounts", "add", "budi", "--role", "clerk", "--trainee", "--user", "admin"]) == 0
    monkeypatch.setenv("LAPOR_DESK_NEW_PASSWORD", "pendek")
    assert main(["--db", url, "accounts", "reset-password", "budi", "--user", "admin"]) == 1
    assert "minimal 8" in capsys.readouterr().err
    monkeypatch.setenv("LAPOR_DESK_NEW_PASSWORD", "sementara-99")
    assert main(["--db", url, "accounts", "reset-password", "budi", "--user", "admin"]) == 0
    assert main(["--db", url, "accounts", "list", "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "admin" in out and "budi" in out and "magang" in out
    assert main(["--db", url, "audit", "verify"]) == 0


def test_an_account_that_owes_a_new_password_can_do_nothing_else(sup, staff) -> None:  # type: ignore[no-untyped-def]
    sup.accounts.reset_password(staff["admin"], "sri", "sementara-5")
    owed = sup.accounts.sign_in("sri", "sementara-5")
    assert owed.must_change_password and not owed.can(Permission.VIEW_COMPLAINTS)
    for call in (
        lambda: sup.session(owed).complaints.record(walk_in()),
        lambda: sup.review.counts(owed),
        lambda: sup.accounts.list_accounts(owed),
        lambda: sup.session(owed).complaints.queue_page(QueueFilter()),
    ):
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.code == "must_change_password"
    renewed = sup.accounts.change_own_password(owed, "sementara-5", "baru-sekali-55")
    assert not renewed.must_change_password
    assert sup.review.counts(renewed) is not None
    with pytest.raises(PermissionDenied):  # the old, still-marked actor stays refused
        sup.review.counts(owed)


def test_the_core_trusts_only_actors_it_signed_in_itself(sup, staff) -> None:  # type: ignore[no-untyped-def]
    clerk = staff["clerk"]
    forged = Actor(clerk.account_id, "budi", "Budi", Role.ADMIN)  # built by hand: never signed in
    promoted = dataclasses.replace(clerk, role=Role.ADMIN)  # a signed-in clerk, copied as an admin
    sup.accounts.reset_password(staff["admin"], "budi", "sementara-6")
    # An account that owes a new password, copied without the mark.
    unmarked = dataclasses.replace(sup.accounts.sign_in("budi", "sementara-6"), must_change_password=False)
    for actor in (forged, promoted, unmarked, IT_CONSOLE):
        assert not actor.can(Permission.MANAGE_ACCOUNTS)
        with pytest.raises(PermissionDenied) as err:
            sup.accounts.add_account(actor, "penyusup", "X", Role.ADMIN, "rahasia-9999")
        assert err.value.code == "not_signed_in"
    assert [a.username for a in sup.accounts.list_accounts(staff["admin"])] == ["admin", "ayu", "budi", "sri"]
