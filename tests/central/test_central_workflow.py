"""Admin moves through the DOMAIN.md workflow, allowed and refused, and auto-completion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from central_helpers import assert_problem, create

from central.testing import RunningServer
from lapor_desk.domain.workdays import WorkingDayCalendar

ACTIONS = ("verify", "follow-up", "hold", "not-authority", "archive", "complete")
# How to reach each status from a fresh (unverified) complaint.
PATHS = {
    "unverified": [],
    "verified": ["verify"],
    "in_progress": ["verify", "follow-up"],
    "on_hold": ["hold"],
    "not_authority": ["verify", "not-authority"],
    "archived": ["archive"],
    "completed": ["verify", "follow-up", "complete"],
}
# status -> {action: status after}; every action not listed must be refused with 409.
ALLOWED = {
    "unverified": {"verify": "verified", "hold": "on_hold", "archive": "archived"},
    "verified": {"follow-up": "in_progress", "hold": "on_hold", "not-authority": "not_authority"},
    "in_progress": {
        "follow-up": "in_progress",
        "hold": "on_hold",
        "not-authority": "not_authority",
        "complete": "completed",
    },
    "on_hold": {"archive": "archived"},
    "not_authority": {"verify": "verified", "archive": "archived"},
    "archived": {},
    "completed": {},
}
WIB = timedelta(hours=7)


def body_for(action: str) -> dict[str, str]:
    if action == "verify":
        return {"agency": "Dinas PUPR Kabupaten Bandung", "text": ""}
    return {"text": f"Alasan untuk {action}"}


def move(admin: httpx.Client, tid: int, action: str) -> httpx.Response:
    return admin.post(f"/admin/complaints/{tid}/{action}", json=body_for(action))


def in_status(desk: httpx.Client, admin: httpx.Client, status: str) -> int:
    tid = create(desk)
    for action in PATHS[status]:
        r = move(admin, tid, action)
        assert r.status_code == 200, r.text
    assert admin.get(f"/admin/complaints/{tid}").json()["status"] == status
    return tid


@pytest.mark.parametrize("status", list(PATHS))
def test_every_move_from_status(status: str, desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    for action in ACTIONS:
        tid = in_status(desk_client, admin_client, status)
        r = move(admin_client, tid, action)
        if action in ALLOWED[status]:
            assert r.status_code == 200, (status, action, r.text)
            assert r.json()["status"] == ALLOWED[status][action]
        else:
            body = assert_problem(r, 409, "workflow-conflict")
            assert body["current_status"] == status
            assert sorted(body["allowed_moves"]) == sorted(ALLOWED[status])
            assert admin_client.get(f"/admin/complaints/{tid}").json()["status"] == status


def test_moves_need_their_details(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    tid = create(desk_client)
    body = assert_problem(admin_client.post(f"/admin/complaints/{tid}/verify", json={}), 422, "validation")
    assert body["errors"][0]["field"] == "agency"
    r = admin_client.post(f"/admin/complaints/{tid}/archive", json={"text": "  "})
    assert assert_problem(r, 422, "validation")["errors"][0]["field"] == "text"
    assert_problem(
        admin_client.post("/admin/complaints/999999999/verify", json=body_for("verify")),
        404,
        "not-found",
    )
    assert_problem(admin_client.post(f"/admin/complaints/{tid}/teleport", json={}), 422, "validation")


def test_admin_list_filters_and_pages(
    desk_client: httpx.Client, admin_client: httpx.Client, server: RunningServer
) -> None:
    ids = [create(desk_client, category_id="kesehatan.bpjs") for _ in range(3)]
    move(admin_client, ids[0], "verify")
    page = admin_client.get(
        "/admin/complaints",
        params={"category_id": "kesehatan.bpjs", "status": "unverified", "limit": 1},
    )
    body = page.json()
    assert len(body["items"]) == 1 and body["next_after"] is not None
    seen = [body["items"][0]["tracking_id"]]
    while body["next_after"] is not None:
        body = admin_client.get(
            "/admin/complaints",
            params={
                "category_id": "kesehatan.bpjs",
                "status": "unverified",
                "limit": 1,
                "after": body["next_after"],
            },
        ).json()
        seen += [c["tracking_id"] for c in body["items"]]
    assert set(ids[1:]) <= set(seen) and ids[0] not in seen
    assert str(ids[1]) in server.cli("complaints", "list", "--category-id", "kesehatan.bpjs")


def test_cli_moves_mirror_the_api(desk_client: httpx.Client, server: RunningServer) -> None:
    tid = create(desk_client)
    assert server.cli("complaints", "verify", str(tid), "--agency", "Pemkab Bandung").endswith("verified")
    assert server.cli("complaints", "follow-up", str(tid), "--text", "Sedang ditangani").endswith("in_progress")
    assert server.cli("complaints", "complete", str(tid)).endswith("completed")
    assert '"status": "completed"' in server.cli("complaints", "show", str(tid))
    with pytest.raises(RuntimeError, match="completed"):
        server.cli("complaints", "hold", str(tid), "--reason", "Lengkapi")


def test_auto_complete_after_ten_working_days(
    desk_client: httpx.Client, admin_client: httpx.Client, server: RunningServer
) -> None:
    quiet = in_status(desk_client, admin_client, "in_progress")
    answered = in_status(desk_client, admin_client, "in_progress")
    reply = {
        "reply_id": "6f1c1a52-0000-4000-8000-" + f"{answered:012d}",
        "kind": "reply",
        "text": "Jalan belum diperbaiki.",
        "recorded_at": (datetime.now(UTC) + timedelta(seconds=5)).isoformat(),
    }
    assert desk_client.post(f"/complaints/{answered}/replies", json=reply).status_code == 201
    followed = datetime.fromisoformat(admin_client.get(f"/admin/complaints/{quiet}").json()["last_follow_up_at"])
    due = WorkingDayCalendar().add_working_days((followed + WIB).date(), 10)
    r = admin_client.post("/admin/auto-complete", json={"today": str(due - timedelta(days=1))})
    assert quiet not in r.json()["completed"]
    out = server.cli("complaints", "auto-complete", "--today", due.isoformat())
    assert str(quiet) in out.split()
    assert str(answered) not in out.split()
    assert admin_client.get(f"/admin/complaints/{quiet}").json()["status"] == "completed"
    assert admin_client.get(f"/admin/complaints/{answered}").json()["status"] == "in_progress"
    events = desk_client.get(f"/complaints/{quiet}").json()["events"]
    assert events[-1]["status"] == "completed" and "otomatis" in events[-1]["text"]
