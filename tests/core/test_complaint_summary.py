"""The complaint view's words: region, topic and agency names, the central's choice, the latest follow-up."""

from __future__ import annotations

from datetime import UTC, datetime

from lapor_desk.complaint_summary import summarise
from lapor_desk.reference import ReferenceData
from lapor_desk.regions import RegionDirectory
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database

from factories import walk_in


def test_names_not_codes_and_what_the_central_said(service: ComplaintService, db: Database) -> None:
    regions, reference = RegionDirectory.load(), ReferenceData.defaults()
    village = next(r for r in regions.children(regions.children("32.04")[0].code))
    topic = next(t for t in reference.topics if t.parent)  # a sub-topic: its path has two names
    saved = service.record(
        walk_in(
            province_code="32",
            regency_code="32.04",
            district_code=village.parent_code,
            village_code=village.code,
            category_id=topic.id,
            agency_name="",
        )
    ).complaint
    before = summarise(service.get(saved.id), regions, reference)
    assert before.region.startswith(village.label) and before.region.endswith("Jawa Barat"), before.region
    assert "Kabupaten Bandung" in before.region and "32.04" not in before.region
    assert before.topic == reference.topic_path(topic.id) and " › " in before.topic and topic.id not in before.topic
    assert (before.agency, before.agency_from_central, before.latest_follow_up) == ("", False, None)

    agency = reference.agencies[0]
    at = datetime(2026, 11, 23, 3, tzinfo=UTC)
    with db.write() as conn:  # what the sync writes when the central verifies, then follows up
        repo.insert_events(
            conn,
            [
                {
                    "complaint_id": saved.id,
                    "at": at,
                    "kind": "central_status",
                    "actor": "central",
                    "detail": {"status": "verified", "agency": agency.id, "text": ""},
                },
                {
                    "complaint_id": saved.id,
                    "at": at.replace(hour=5),
                    "kind": "central_follow_up",
                    "actor": "central",
                    "detail": {"status": "in_progress", "agency": "", "text": "Tim sudah meninjau lokasi."},
                },
            ],
        )
    after = summarise(service.get(saved.id), regions, reference)
    assert (after.agency, after.agency_from_central) == (agency.name, True)
    assert after.latest_follow_up is not None and after.latest_follow_up.detail["text"] == "Tim sudah meninjau lokasi."


def test_unknown_codes_stay_visible(service: ComplaintService) -> None:
    saved = service.record(walk_in(province_code="99", regency_code="99.99", category_id="tidak.ada")).complaint
    summary = summarise(service.get(saved.id), RegionDirectory.load(), ReferenceData.defaults())
    assert summary.region == "99 / 99.99"
    assert summary.topic == "tidak.ada"
    assert summarise(service.get(saved.id), None, None).agency == ""
