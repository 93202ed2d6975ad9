"""Operator routes: read complaints with filters and move them through the workflow."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response

from central.api.deps import Ctx, OperatorPrincipal
from central.api.desk import Sha256
from central.problems import Problem, field_error
from central.schemas import AutoCompleteIn, AutoCompleteOut, MoveIn
from central.services import accounts, anchors, attachments, complaints, workflow
from central.services.complaints import ComplaintFilter

router = APIRouter(prefix="/admin", tags=["admin"])
NO_NUL = r"^[^\x00]*$"
TrackingId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Action = Literal["verify", "follow-up", "hold", "not-authority", "archive", "complete"]


@router.get("/complaints")
def list_complaints(
    ctx: Ctx,
    op: OperatorPrincipal,
    status: Annotated[str | None, Query(max_length=20, pattern=NO_NUL)] = None,
    desk: Annotated[str | None, Query(max_length=40, pattern=NO_NUL)] = None,
    category_id: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    regency_code: Annotated[str | None, Query(max_length=5, pattern=NO_NUL)] = None,
    agency: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
    q: Annotated[str | None, Query(max_length=100, pattern=NO_NUL)] = None,
    received_from: datetime | None = None,
    received_to: datetime | None = None,
    after: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Keyset pages ordered by tracking ID; pass `next_after` back as `after`. `q` finds a
    receipt number, tracking ID, the reporter's NIK or phone (such a search is logged), or words."""
    flt = ComplaintFilter(
        status,
        desk,
        category_id,
        regency_code,
        agency,
        q,
        _aware("received_from", received_from),
        _aware("received_to", received_to),
    )
    return complaints.operator_search(ctx.db, flt, op.name, after=after, limit=limit)


@router.get("/complaints/{tracking_id}")
def get_complaint(tracking_id: TrackingId, ctx: Ctx, _op: OperatorPrincipal) -> dict[str, Any]:
    with ctx.db.read() as session:
        return complaints.detail(session, tracking_id)


@router.post("/complaints/{tracking_id}/notes")
def add_note(tracking_id: TrackingId, body: MoveIn, ctx: Ctx, op: OperatorPrincipal) -> dict[str, Any]:
    """A central note: shown to the desk in its updates feed; the status does not change."""
    now = datetime.now(UTC)
    ctx.db.write(lambda s: workflow.add_note(s, tracking_id, body.text, op.name, now))
    with ctx.db.read() as session:
        return complaints.detail(session, tracking_id)


@router.post("/complaints/{tracking_id}/{action}", responses={409: {"description": "Move refused"}})
def move(tracking_id: TrackingId, action: Action, body: MoveIn, ctx: Ctx, op: OperatorPrincipal) -> dict[str, Any]:
    """verify (needs `agency`), follow-up, hold, not-authority, archive (need `text`), complete."""
    now = datetime.now(UTC)
    ctx.db.write(
        lambda s: workflow.move(s, tracking_id, action, text=body.text, agency=body.agency, actor=op.name, now=now)
    )
    with ctx.db.read() as session:
        return complaints.detail(session, tracking_id)


@router.post("/auto-complete", response_model=AutoCompleteOut)
def auto_complete(body: AutoCompleteIn, ctx: Ctx, op: OperatorPrincipal) -> AutoCompleteOut:
    """Complete what has had no reply 10 working days after its last follow-up."""
    done = ctx.db.write(lambda s: workflow.auto_complete(s, today=body.today, actor=op.name))
    return AutoCompleteOut(completed=done)


@router.get(
    "/attachments/{sha256}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download_attachment(sha256: Sha256, ctx: Ctx, _op: OperatorPrincipal) -> Response:
    """The stored bytes, with the media type their magic bytes showed."""
    with ctx.db.read() as session:
        found = attachments.content(session, sha256)
    if found is None:
        raise Problem.coded("not-found", "p_not_found")
    data, media_type = found
    return Response(data, media_type=media_type, headers={"Content-Disposition": "attachment"})


@router.get("/desks")
def list_desks(ctx: Ctx, _op: OperatorPrincipal) -> list[dict[str, Any]]:
    """Each desk with its audit anchor (`null` before its first sync): an anchor that stops
    moving while the desk still syncs is worth a look (see README, Audit trail)."""
    with ctx.db.read() as session:
        return [
            {
                "code": d.code,
                "name": d.name,
                "created_at": d.created_at,
                "revoked_at": d.revoked_at,
                "audit_anchor": anchors.get(session, d.id),
            }
            for d in accounts.list_desks(session)
        ]


def _aware(field: str, value: datetime | None) -> datetime | None:
    """UTC, or a 422 for an instant that UTC cannot hold (year 1 at +05:00, year 9999 at -05:00),
    which the property-based run found ending in a 500."""
    if value is None:
        return None
    try:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError:
        raise Problem.coded("validation", "p_validation").with_errors(
            [field_error(field, "datetime_out_of_range")]
        ) from None
