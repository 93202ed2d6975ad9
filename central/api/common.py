"""Routes open to any caller with a valid token: health and reference lists."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter, Header, Response

from central import API_VERSION
from central.api.deps import AnyPrincipal, Ctx
from central.problems import Problem
from central.schemas import Health, ReferenceList
from central.services import flags, identity, reference
from lapor_desk import __version__

router = APIRouter()


@router.get("/health", response_model=Health, tags=["common"])
def health(ctx: Ctx) -> Health:
    """No token needed. `server_time` (UTC) lets a desk detect its clock skew."""
    with ctx.db.read() as session:
        maintenance = flags.is_on(session, flags.MAINTENANCE)
        ident = identity.current(session)
    return Health(
        status="maintenance" if maintenance else "ok",
        version=__version__,
        api_version=API_VERSION,
        server_time=datetime.now(UTC),
        features=["gzip", "resumable-uploads"],
        database_id=ident.database_id,
        data_generation=ident.data_generation,
    )


@router.get(
    "/reference/{kind}",
    response_model=ReferenceList,
    tags=["common"],
    responses={304: {"description": "Not modified (If-None-Match matched the ETag)"}},
)
def get_reference(
    kind: Literal["categories", "agencies", "regions"],
    ctx: Ctx,
    _who: AnyPrincipal,
    if_none_match: str | None = Header(default=None),
) -> Response:
    with ctx.db.read() as session:
        row = reference.get(session, kind)
        if row is None:
            raise Problem.coded("not-found", "p_not_found")
        etag, content = row.etag, row.content
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match and _matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)
    # The stored list is already canonical JSON: splice it in rather than re-encode it.
    body = f'{{"kind":{json.dumps(kind)},"etag":{json.dumps(etag)},"items":{content}}}'
    return Response(body, media_type="application/json", headers=headers)


def _matches(header: str, etag: str) -> bool:
    tags = [t.strip().removeprefix("W/") for t in header.split(",")]
    return "*" in tags or etag in tags
