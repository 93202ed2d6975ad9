"""The same batch sent in parallel (several workers, several threads) makes no duplicates."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from central_helpers import item, send

from central.testing import RunningServer

THREADS = 8


def parallel(server: RunningServer, token: str, batches: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    def push(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
        with httpx.Client(base_url=server.api_url, headers=server.auth(token), timeout=120) as c:
            return send(c, batch)

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(push, batches))


def all_of_desk(admin: httpx.Client, code: str) -> list[dict[str, Any]]:
    items, after = [], 0
    while True:
        page = admin.get("/admin/complaints", params={"desk": code, "after": after, "limit": 500})
        body = page.json()
        items += body["items"]
        if body["next_after"] is None:
            return items
        after = body["next_after"]


def test_same_batch_in_parallel_gives_one_complaint_each(server: RunningServer, admin_client: httpx.Client) -> None:
    code = "KAB-PAR-" + uuid.uuid4().hex[:4].upper()
    token = server.add_desk(code)
    batch = [item() for _ in range(60)]
    answers = parallel(server, token, [batch] * THREADS)
    for index, entry in enumerate(batch):
        per_thread = [a[index] for a in answers]
        assert {r["tracking_id"] for r in per_thread} != {None}
        assert len({r["tracking_id"] for r in per_thread}) == 1
        assert sorted(r["status"] for r in per_thread) == ["created"] + ["duplicate"] * (THREADS - 1)
        assert per_thread[0]["client_id"] == entry["client_id"]
    stored = all_of_desk(admin_client, code)
    assert len(stored) == len(batch)
    assert {c["client_id"] for c in stored} == {i["client_id"] for i in batch}


def test_overlapping_batches_and_revisions_in_parallel(server: RunningServer, admin_client: httpx.Client) -> None:
    code = "KAB-OVL-" + uuid.uuid4().hex[:4].upper()
    token = server.add_desk(code)
    base = [item() for _ in range(40)]
    revised = [item(revision=2, client_id=i["client_id"], title="Judul revisi dua dari meja") for i in base]
    # Overlapping slices, in different orders, some carrying revision 2.
    batches = [
        base[:30],
        list(reversed(base[10:])),
        revised[::2],
        base[5:35],
        revised[1::2],
        list(reversed(base)),
        revised,
        base[::3],
    ]
    answers = parallel(server, token, batches)
    assert all(r["status"] != "rejected" for a in answers for r in a)
    stored = all_of_desk(admin_client, code)
    assert len(stored) == len(base)
    assert {c["client_id"] for c in stored} == {i["client_id"] for i in base}
    assert {c["revision"] for c in stored} == {2}


def test_feed_read_during_parallel_moves_skips_nothing(
    server: RunningServer, desk_client: httpx.Client, admin_client: httpx.Client
) -> None:
    """A desk polling the feed while several workers write events sees every one of them."""
    start = "0"
    while True:
        page = desk_client.get("/updates", params={"after": start, "limit": 1000}).json()
        start = page["next_cursor"]
        if not page["has_more"]:
            break
    ids = [r["tracking_id"] for r in send(desk_client, [item() for _ in range(24)])]
    done = threading.Event()
    polled: list[str] = []

    def poll() -> None:
        cursor = start
        with httpx.Client(base_url=server.api_url, headers=server.auth(), timeout=60) as c:
            while True:
                finished = done.is_set()
                page = c.get("/updates", params={"after": cursor, "limit": 7}).json()
                polled.extend(u["cursor"] for u in page["items"])
                cursor = page["next_cursor"]
                if finished and not page["has_more"]:
                    return

    def work(tids: list[int]) -> None:
        with httpx.Client(base_url=server.api_url, headers=server.operator_auth, timeout=60) as c:
            for tid in tids:
                c.post(f"/admin/complaints/{tid}/verify", json={"agency": "Dinas Sosial"})
                c.post(f"/admin/complaints/{tid}/follow-up", json={"text": "Ditinjau"})

    reader = threading.Thread(target=poll)
    reader.start()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(work, [ids[i::4] for i in range(4)]))
    done.set()
    reader.join(timeout=120)
    full = desk_client.get("/updates", params={"after": start, "limit": 1000}).json()["items"]
    assert len(full) == 2 * len(ids)
    assert polled == [u["cursor"] for u in full]
