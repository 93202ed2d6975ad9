"""What a clerk answering a phone call needs from a complaint, in words: names, not codes.

The region's names from the Kemendagri directory, the topic's path from the LAPOR! topic
tree, the agency the central chose when it forwarded the complaint (the timeline's central
events carry it; the desk's own choice, often "don't know", is only the fallback), and the
latest follow-up from the central. Codes are shown only when a name is not known.
"""

from __future__ import annotations

from dataclasses import dataclass

from lapor_desk.domain.complaint import Complaint, TimelineEvent
from lapor_desk.reference import ReferenceData
from lapor_desk.regions import RegionDirectory


@dataclass(frozen=True)
class ComplaintSummary:
    region: str  # "Desa …, Kecamatan …, Kabupaten …, Provinsi …" (codes for unknown parts)
    topic: str  # "Infrastruktur › Jalan dan Jembatan", the code if unknown, "" if none
    agency: str  # the agency's name; "" when nobody knows yet
    agency_from_central: bool  # True when the central chose it
    latest_follow_up: TimelineEvent | None  # the newest central event with a text


def summarise(
    complaint: Complaint, regions: RegionDirectory | None, reference: ReferenceData | None, language: str = "id"
) -> ComplaintSummary:
    central = [e for e in complaint.events if str(e.kind).startswith("central_")]
    chosen = next((str(e.detail["agency"]) for e in reversed(central) if e.detail.get("agency")), "")
    agency = chosen or complaint.agency_name
    return ComplaintSummary(
        region=region_names(complaint, regions),
        topic=(reference.topic_path(complaint.category_id, language) if reference else complaint.category_id)
        if complaint.category_id
        else "",
        agency=agency_name(agency, reference),
        agency_from_central=bool(chosen),
        latest_follow_up=next((e for e in reversed(central) if str(e.detail.get("text") or "").strip()), None),
    )


def region_names(complaint: Complaint, regions: RegionDirectory | None) -> str:
    """The most precise region given, with its parents, as names (village first)."""
    codes = [complaint.village_code, complaint.district_code, complaint.regency_code, complaint.province_code]
    finest = next((c for c in codes if c), "")
    if not finest:
        return ""
    if regions is not None and regions.is_known(finest):
        return ", ".join(r.label for r in reversed(regions.path(finest)))
    return " / ".join(c for c in reversed(codes) if c)


def agency_name(value: str, reference: ReferenceData | None) -> str:
    """An agency's name for an id from the reference list (the central may send either)."""
    if reference is not None:
        for agency in reference.agencies:
            if value in (agency.id, agency.name):
                return agency.name
    return value
