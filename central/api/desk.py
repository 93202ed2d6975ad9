"""Routes a desk calls with its own token: batches, attachments, updates, replies."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from starlette.concurrency import run_in_threadpool

from central.api.deps import Context, Credentials, Ctx, DeskPrincipal, signed_in_desk
from central.jsonbody import JsonBodyRoute
from central.problems import Problem
from central.schemas import (
    AnchorAnswer,
    AnchorIn,
    BatchRequest,
    BatchResponse,
    ComplaintStatus,
    LookupIn,
    LookupOut,
    ReplyIn,
    ReplyOut,
    UpdatesPage,
    batch_response_json,
    may_hold_unstorable,
)
from central.services import anchors, attachments, complaints, feed, reconcile
from central.services.intake import apply_batch
from central.services.itemcheck import check_batch

# Bodies read by central.jsonbody.loads: the same values as json.loads, for less CPU.
router = APIRouter(tags=["desk"], route_class=JsonBodyRoute)
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lower-case hex SHA-256")]
TrackingId = Annotated[int, Path(ge=1, le=2**31 - 1)]
# Past this a client is not draining a slightly-too-large upload but flooding: cut it off.
DRAIN_FACTOR = 4


@router.post("/complaints/batch", response_model=BatchResponse)
async def post_batch(body: BatchRequest, ctx: Ctx, credentials: Credentials, request: Request) -> Response:
    """Idempotent upsert of up to 500 complaints; one result per item, in the same order."""
    # One hop to the thread pool for the sign-in, the checks, the write and the answer's JSON:
    # the `desk` dependency would take a hop of its own, and a plain `def` route a further one
    # for FastAPI to validate and dump the answer again (~0.1 ms of CPU per hop here). A body
    # that fails validation never reaches this: central.app signs the caller in before it
    # answers 422, so an unknown token is still 401 whatever the body.
    storable = not may_hold_unstorable(await request.body())  # read once already: FastAPI keeps it
    return await run_in_threadpool(_post_batch, body, ctx, credentials, request, storable)


def _post_batch(
    body: BatchRequest,
    ctx: Context,
    credentials: HTTPAuthorizationCredentials | None,
    request: Request,
    storable: bool,
) -> Response:
    who = signed_in_desk(ctx, request, credentials)
    now = datetime.now(UTC)
    limit = ctx.settings.max_attachment_bytes
    offset = body.desk_clock_offset_s
    checked = check_batch(body.items, now=now, max_attachment_bytes=limit, offset_s=offset, storable=storable)
    good = [ch for ch in checked if not ch.errors]
    applied = ctx.db.write(lambda s: apply_batch(s, who.id, good, now)) if good else []
    by_index = {r["index"]: r for r in applied}
    results = []
    for ch in checked:
        if ch.index in by_index:
            results.append(by_index[ch.index])
        else:
            results.append(
                {
                    "index": ch.index,
                    "client_id": ch.client_id,
                    "status": "rejected",
                    "errors": ch.errors,
                    "warnings": ch.warnings,
                }
            )
    counts = {k: 0 for k in ("created", "duplicate", "updated", "rejected")}
    for r in results:
        counts[r["status"]] += 1
    return Response(batch_response_json(results, counts), media_type="application/json")


@router.post("/complaints/lookup", response_model=LookupOut)
def lookup(body: LookupIn, ctx: Ctx, who: DeskPrincipal) -> dict:
    """Which of these complaints of the desk the central holds (tracking ID, revision,
    payload hash, status, files still missing), and which of the listed files it holds: a
    desk reconciles with it after the central's identity changed (restored or replaced)."""
    top = max(body.known_tracking_ids, default=0)
    return ctx.db.write(lambda s: reconcile.lookup(s, who.id, [str(c) for c in body.client_ids], body.attachments, top))


@router.get("/complaints/{tracking_id}", response_model=ComplaintStatus)
def get_own_complaint(tracking_id: TrackingId, ctx: Ctx, who: DeskPrincipal) -> dict:
    """The current status and history of one of this desk's complaints."""
    with ctx.db.read() as session:
        return complaints.desk_status(session, who.id, tracking_id)


@router.post(
    "/complaints/{tracking_id}/replies",
    response_model=ReplyOut,
    status_code=201,
    responses={200: {"model": ReplyOut, "description": "Already received (same reply_id)"}},
)
def post_reply(tracking_id: TrackingId, body: ReplyIn, ctx: Ctx, who: DeskPrincipal) -> Response:
    """A reporter's reply or 1-5 satisfaction rating; idempotent by reply_id."""
    if body.kind == "rating" and body.rating is None:
        raise Problem(
            "validation",
            "Nilai kepuasan (1-5) wajib untuk kind=rating.",
            errors=[{"field": "rating", "code": "required", "message": "Wajib diisi."}],
        )
    if body.kind == "reply" and not body.text.strip():
        raise Problem(
            "validation",
            "Isi tanggapan wajib untuk kind=reply.",
            errors=[{"field": "text", "code": "required", "message": "Wajib diisi."}],
        )
    now = datetime.now(UTC)
    out = ctx.db.write(
        lambda s: complaints.add_reply(
            s,
            who.id,
            tracking_id,
            reply_id=str(body.reply_id),
            kind=body.kind,
            text=body.text.strip(),
            rating=body.rating,
            # A reply dated ahead of the central (a desk clock ahead) would hold off
            # auto-complete for ever: it counts from when it reached the central at the latest.
            recorded_at=min(body.recorded_at, now),
            now=now,
        )
    )
    payload = ReplyOut.model_validate(out).model_dump(mode="json")
    return JSONResponse(payload, status_code=200 if out["duplicate"] else 201)


@router.get("/updates", response_model=UpdatesPage)
def get_updates(
    ctx: Ctx,
    who: DeskPrincipal,
    after: Annotated[str, Query(pattern=r"^\d{1,18}$", description="a cursor; 0 = start")] = "0",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict:
    """Events on this desk's complaints after the cursor, oldest first."""
    with ctx.db.read() as session:
        return feed.updates(session, who.id, int(after), limit)


@router.head("/attachments/{sha256}", responses={404: {"description": "Not received yet"}})
def head_attachment(sha256: Sha256, ctx: Ctx, _who: DeskPrincipal) -> Response:
    with ctx.db.read() as session:
        found = attachments.head(session, sha256)
    if found is None:
        return Response(status_code=404)
    size, media_type = found
    return Response(status_code=200, headers={"Content-Length": str(size), "Content-Type": media_type})


@router.put(
    "/attachments/{sha256}",
    status_code=201,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def put_attachment(sha256: Sha256, request: Request, ctx: Ctx, _who: DeskPrincipal) -> Response:
    """Raw bytes whose SHA-256 is the address. 201 when new, 200 when already here."""
    limit = ctx.settings.max_attachment_bytes
    declared = request.headers.get("content-length", "")
    too_large = Problem.coded("payload-too-large", "p_too_large", max=limit).with_extra(max_bytes=limit)
    if declared.isdigit() and int(declared) > limit * DRAIN_FACTOR:
        raise too_large
    digest, chunks, size = hashlib.sha256(), [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= limit:
            digest.update(chunk)
            chunks.append(chunk)
        elif size > limit * DRAIN_FACTOR:
            raise too_large
    if size > limit:
        raise too_large  # the body was drained, so the client reads this answer cleanly
    actual = digest.hexdigest()
    if actual != sha256:
        raise Problem.coded("hash-mismatch", "p_hash_mismatch", actual=actual).with_extra(
            expected=sha256, actual=actual
        )
    content = b"".join(chunks)
    media_type = attachments.sniff(content)
    if media_type is None:
        raise Problem.coded("unsupported-media-type", "p_media_type")
    created = await run_in_threadpool(ctx.db.write, lambda s: attachments.store(s, sha256, content, media_type))
    return JSONResponse(
        {"sha256": sha256, "size": size, "media_type": media_type, "created": created},
        status_code=201 if created else 200,
    )


@router.get("/audit-anchor", response_model=AnchorAnswer)
def get_audit_anchor(ctx: Ctx, who: DeskPrincipal) -> AnchorAnswer:
    """The newest audit head this desk reported (null before the first)."""
    with ctx.db.read() as session:
        return AnchorAnswer.model_validate({"anchor": anchors.get(session, who.id)})


@router.put("/audit-anchor", response_model=AnchorAnswer)
def put_audit_anchor(body: AnchorIn, ctx: Ctx, who: DeskPrincipal) -> AnchorAnswer:
    """Record the desk's audit head. It only moves forward: a lower sequence, or the same
    sequence with another hash, is 409 `audit-anchor-conflict` with the stored `anchor`;
    unless `supersedes` names the stored anchor exactly (the desk restored a backup), which
    resets it and is recorded."""
    now = datetime.now(UTC)
    supersedes = (body.supersedes.seq, body.supersedes.hash) if body.supersedes else None
    stored = ctx.db.write(lambda s: anchors.put(s, who.id, body.seq, body.hash, now, supersedes))
    return AnchorAnswer.model_validate({"anchor": stored})
