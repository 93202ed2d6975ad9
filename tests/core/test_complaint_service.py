"""Recording complaints: drafts, receipt numbers, edits and the timeline."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import QueueFilter
from lapor_desk.events import ComplaintSaved, EventBus
from lapor_desk.services.complaints import ComplaintService, ValidationFailed
from lapor_desk.storage.errors import StorageError

from factories import walk_in


def test_record_assigns_receipt_number_and_writes_timeline(service: ComplaintService) -> None:
    first = service.record(walk_in()).complaint
    second = service.record(walk_in()).complaint
    assert first.receipt_number == "KAB-BDG-01-20261120-0001"
    assert second.receipt_number == "KAB-BDG-01-20261120-0002"
    assert first.status is Status.RECORDED
    assert [e.kind for e in first.events] == ["created", "recorded"]
    assert first.events[1].detail == {"receipt": "KAB-BDG-01-20261120-0001"}
    assert first.events[0].actor == "Siti Rahmawati"
    assert first.reporter_phone == "+6281234567890"
    assert len(first.client_id) == 36
    # Built from the inserts' own RETURNING, not read back: the same as reading it afresh.
    assert first == service.get(first.id) and second == service.get(second.id)


def test_serial_restarts_each_day_and_per_desk(service: ComplaintService, clock, settings) -> None:
    from datetime import timedelta

    from lapor_desk.settings import DESK_CODE

    service.record(walk_in())
    clock.now += timedelta(days=1)
    assert service.record(walk_in()).complaint.receipt_number == "KAB-BDG-01-20261121-0001"
    settings.set(DESK_CODE, "KAB-SLM-02")
    assert service.record(walk_in()).complaint.receipt_number == "KAB-SLM-02-20261121-0001"


def test_a_serial_past_9999_keeps_all_its_digits(service: ComplaintService, db) -> None:
    # On PostgreSQL the serial and the complaint are one statement: the number is formed there.
    from sqlalchemy import insert

    from lapor_desk.storage.repository import COUNTERS

    with db.write() as conn:
        conn.execute(insert(COUNTERS).values(desk_code="KAB-BDG-01", day="20261120", last_serial=9998))
    recorded = [service.record(walk_in()).complaint for _ in range(2)]
    assert [c.receipt_number for c in recorded] == ["KAB-BDG-01-20261120-9999", "KAB-BDG-01-20261120-10000"]
    assert recorded[1].events[1].detail == {"receipt": "KAB-BDG-01-20261120-10000"}
    assert recorded == [service.get(c.id) for c in recorded]


@pytest.mark.parametrize("digits", [4, 6])
def test_the_saved_receipt_number_follows_the_one_format_rule(
    service: ComplaintService, db, digits, monkeypatch
) -> None:
    # On PostgreSQL the number is formed in SQL (receipt_number_sql), elsewhere in Python
    # (format_receipt_number): both read receipt_format's one rule, also when it changes.
    from sqlalchemy import delete, insert

    from lapor_desk.storage import receipt_format
    from lapor_desk.storage.repository import COUNTERS

    monkeypatch.setattr(receipt_format, "SERIAL_DIGITS", digits)
    numbers = []
    for serial in (1, 9999, 10000, 123456):
        with db.write() as conn:
            conn.execute(delete(COUNTERS))
            conn.execute(insert(COUNTERS).values(desk_code="KAB-BDG-01", day="20261120", last_serial=serial - 1))
        saved = service.record(walk_in()).complaint
        assert saved.receipt_number == receipt_format.format_receipt_number("KAB-BDG-01", "20261120", serial)
        assert saved == service.get(saved.id)
        numbers.append(saved.receipt_number.rsplit("-", 1)[1])
    expected = {4: ["0001", "9999", "10000", "123456"], 6: ["000001", "009999", "010000", "123456"]}
    assert numbers == expected[digits]


def test_draft_keeps_an_incomplete_form_and_records_later(service: ComplaintService) -> None:
    draft = service.save_draft(ComplaintInput(title="Belum lengkap")).complaint
    assert draft.status is Status.DRAFT
    assert draft.receipt_number is None
    with pytest.raises(ValidationFailed) as info:
        service.record(ComplaintInput(title="Belum lengkap"), draft.id)
    assert "body" in {m.field for m in info.value.result.errors}
    assert service.get(draft.id).status is Status.DRAFT  # a refused record changes nothing

    recorded = service.record(walk_in(), draft.id).complaint
    assert recorded.id == draft.id
    assert recorded.receipt_number == "KAB-BDG-01-20261120-0001"
    assert [e.kind for e in recorded.events] == ["created", "edited", "recorded"]
    assert recorded.revision == 2


def test_edit_raises_revision_and_names_changed_fields(service: ComplaintService) -> None:
    original = service.record(walk_in()).complaint
    edited = service.record(walk_in(title="Jalan desa rusak dan banjir"), original.id).complaint
    assert edited.revision == 2
    assert edited.receipt_number == original.receipt_number
    assert edited.events[-1].kind == "edited"
    assert edited.events[-1].detail == {"fields": ["title"]}
    unchanged = service.record(walk_in(title="Jalan desa rusak dan banjir"), original.id).complaint
    assert unchanged.revision == 2


def test_complaints_past_the_desk_cannot_be_edited(service: ComplaintService) -> None:
    complaint = service.record(walk_in()).complaint
    with service.db.write() as conn:
        conn.execute(text("UPDATE complaints SET status = 'verified' WHERE id = :id"), {"id": complaint.id})
    with pytest.raises(StorageError) as info:
        service.record(walk_in(title="Judul yang diubah belakangan"), complaint.id)
    assert info.value.code == "not_editable"


def test_malformed_draft_is_refused_but_nothing_is_written(service: ComplaintService) -> None:
    with pytest.raises(ValidationFailed):
        service.save_draft(ComplaintInput(reporter_nik="12345"))
    with service.db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM complaints")).scalar() == 0


def test_missing_complaint_is_a_clear_error(service: ComplaintService) -> None:
    with pytest.raises(StorageError) as info:
        service.get(404)
    assert info.value.text("id") == "Pengaduan #404 tidak ditemukan."


def test_saving_publishes_an_event(db, settings, clock) -> None:
    bus = EventBus()
    seen: list[ComplaintSaved] = []
    bus.subscribe(ComplaintSaved, seen.append)
    complaint = ComplaintService(db, settings, bus, clock).record(walk_in()).complaint
    assert seen == [ComplaintSaved(complaint.id, "recorded", True)]


def test_event_bus_holds_bound_methods_weakly() -> None:
    bus = EventBus()

    class Window:
        def __init__(self) -> None:
            self.seen: list[object] = []

        def on_saved(self, event: object) -> None:
            self.seen.append(event)

    window = Window()
    bus.subscribe(ComplaintSaved, window.on_saved)
    bus.publish(ComplaintSaved(1, "draft", True))
    assert len(window.seen) == 1
    del window
    bus.publish(ComplaintSaved(2, "draft", True))  # no error, no call into a dead window
    assert bus._listeners[ComplaintSaved] == []


def test_write_hooks_run_in_the_same_transaction(db, settings, clock) -> None:
    from lapor_desk.services.hooks import ComplaintChange

    class Recorder:
        def __init__(self) -> None:
            self.changes: list[ComplaintChange] = []

        def after_write(self, conn, changes) -> None:
            assert conn.in_transaction()
            self.changes.extend(changes)

    class Refuser:
        def after_write(self, conn, changes) -> None:
            raise RuntimeError("the outbox could not be written")

    recorder = Recorder()
    service = ComplaintService(db, settings, EventBus(), clock, hooks=[recorder])
    draft = service.save_draft(walk_in()).complaint
    service.record(walk_in(title="Jalan desa rusak dan banjir"), draft.id)
    assert [(c.created, c.recorded_now, c.status, c.revision) for c in recorder.changes] == [
        (True, False, "draft", 1),
        (False, True, "recorded", 2),
    ]
    assert recorder.changes[1].changed_fields == ("title",)

    refusing = ComplaintService(db, settings, EventBus(), clock, hooks=[Refuser()])
    with pytest.raises(RuntimeError):
        refusing.record(walk_in(title="Tidak boleh tersimpan tanpa outbox"))
    assert [r.title for r in service.queue_page(QueueFilter())] == ["Jalan desa rusak dan banjir"]


def test_a_saves_event_details_are_stored_as_sqlalchemy_writes_them(service: ComplaintService, db) -> None:
    """The PostgreSQL save forms the receipt event's detail in its own statement: the text stored
    is the one SQLAlchemy's JSON type writes for the same value (and SQLite stores), not only an
    equal value."""
    from sqlalchemy import insert

    from lapor_desk.storage.intake_insert import EVENTS

    saved = service.record(walk_in()).complaint
    read = "SELECT kind, CAST(detail AS TEXT) FROM complaint_events WHERE complaint_id = :c ORDER BY id"
    with db.write() as conn:
        stored = [tuple(row) for row in conn.execute(text(read), {"c": saved.id})]
        assert [kind for kind, _ in stored] == ["created", "recorded"]
        assert stored[1][1] == '{"receipt": "KAB-BDG-01-20261120-0001"}'  # json.dumps's form, as on SQLite
        first = saved.events[0]
        conn.execute(
            insert(EVENTS),
            [
                {"complaint_id": saved.id, "at": first.at, "kind": "note", "actor": first.actor, "detail": e.detail}
                for e in saved.events
            ],
        )
        written = conn.execute(text(read), {"c": saved.id}).all()[len(stored) :]
    assert [detail for _, detail in written] == [detail for _, detail in stored]
