"""The FastAPI application: routes, problem+json error handling, OpenAPI at /api/v1/openapi.json."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from central import API_PREFIX
from central.api import admin, common, desk, uploads
from central.api.deps import Context, bearer, signed_in_desk
from central.api.desk import DRAIN_FACTOR
from central.config import Settings
from central.db import CentralDatabase
from central.gzip_body import GzipRequests
from central.messages import text
from central.middleware import CentralMiddleware
from central.problems import PROBLEM_MEDIA_TYPE, Problem, field_error, kind_for_status, pydantic_field_error
from central.ratelimit import DeskRateLimit
from central.schemas import BatchItem, ProblemDoc
from central.services import flags, identity
from lapor_desk import __version__

log = logging.getLogger(__name__)
BATCH_PATH = f"{API_PREFIX}/complaints/batch"


def create_app(settings: Settings, db: CentralDatabase | None = None) -> ASGIApp:
    db = db or CentralDatabase(
        settings.db_url,
        pool_size=settings.pool_size,
        pool_timeout_s=settings.pool_timeout_ms / 1000,
        ledger=identity.ledger_for(settings.db_url),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if db.ledger is not None:
            db.ledger.flush()  # the issued marks exact for the next start's restore check
        db.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="lapor-desk central API",
        version=__version__,
        description="The contract between lapor-desk desks and a central server (version 1). "
        "Errors are RFC 9457 application/problem+json.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        # FastAPI's page loads swagger-ui from a CDN, which an offline office cannot reach, and no
        # well-kept package ships those assets for Python: off unless `serve --docs` asks for it.
        docs_url=f"{API_PREFIX}/docs" if settings.docs else None,
        redoc_url=None,
    )
    app.state.context = Context(db, settings, DeskRateLimit(settings.rate_limit_per_minute, db))
    for router in (common.router, desk.router, uploads.router, admin.router):
        app.include_router(router, prefix=API_PREFIX)
    _install_error_handlers(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    def in_maintenance() -> bool:
        with db.read() as session:
            return flags.is_on(session, flags.MAINTENANCE)

    if settings.access_log:
        _log_access_to_stderr()
    inflating = GzipRequests(
        app,
        max_request_bytes=settings.max_request_bytes,
        max_upload_bytes=settings.max_attachment_bytes * DRAIN_FACTOR,
        attachment_limit_bytes=settings.max_attachment_bytes,
    )
    return CentralMiddleware(
        inflating,
        log_access=bool(settings.access_log),
        max_request_bytes=settings.max_request_bytes,
        max_upload_bytes=settings.max_attachment_bytes * DRAIN_FACTOR,
        attachment_limit_bytes=settings.max_attachment_bytes,
        maintenance_check=in_maintenance,
        flag_ttl_seconds=settings.flag_ttl_ms / 1000,
    )


def _log_access_to_stderr() -> None:
    access = logging.getLogger("central.access")
    if not access.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s access %(message)s"))
        access.addHandler(handler)
    access.setLevel(logging.INFO)
    access.propagate = False


# Young objects between two collections of the youngest generation (CPython's default: 700).
# A batch of 500 complaints makes some 100,000 objects that live until its answer is sent.
GC_YOUNG_THRESHOLD = 10_000


def app_from_env() -> ASGIApp:
    """The uvicorn factory each worker calls (settings travel in the environment).

    The worker's garbage collector is tuned for serving: what start-up built (modules, the
    app, the models' validators, some 130,000 objects) is frozen out of the collections, and
    the youngest generation is collected every 10,000 new objects instead of every 700.
    Before, a worker spent about 50 us of CPU per complaint of a batch walking those objects
    again and again (measured: 56 -> 13 us per complaint in the collector); memory held by
    cyclic garbage grows by at most the young threshold's worth between collections."""
    app = create_app(Settings.from_env())
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return app


def _instance(request: Request) -> str:
    return request.url.path


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem) -> JSONResponse:
        return exc.response(_instance(request))

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        bad_json = [e for e in errors if e.get("type") == "json_invalid"]
        if bad_json:
            detail = str((bad_json[0].get("ctx") or {}).get("error", "JSON"))
            return Problem.coded("malformed-request", "p_malformed", detail=detail).response(_instance(request))
        if request.method == "POST" and request.url.path == BATCH_PATH:
            refused = await _batch_sign_in(request)
            if refused is not None:
                return refused
        fields = [_request_error(e) for e in errors]
        problem = Problem.coded("validation", "p_validation").with_errors(fields)
        return problem.response(_instance(request))

    async def _batch_sign_in(request: Request) -> JSONResponse | None:
        """The batch route signs its caller in within its own thread-pool hop, which a body
        that fails validation never reaches: sign in here, so that an unknown token (or a
        desk over its rate limit) is answered as a dependency would have before the 422."""
        try:
            await run_in_threadpool(signed_in_desk, app.state.context, request, await bearer(request))
        except Problem as problem:
            return problem.response(_instance(request))
        except (PoolTimeout, OperationalError) as exc:
            return await on_db_busy(request, exc)
        return None

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = kind_for_status(exc.status_code)
        if exc.status_code == 413:
            settings = app.state.context.settings
            upload = request.url.path.startswith(f"{API_PREFIX}/attachments/")
            limit = settings.max_attachment_bytes if upload else settings.max_request_bytes
            problem = Problem.coded(kind, "p_too_large", max=limit).with_extra(max_bytes=limit)
        else:
            problem = Problem(kind, text("p_http", status=exc.status_code))
            problem.status = exc.status_code
        problem.headers.update(exc.headers or {})
        return problem.response(_instance(request))

    @app.exception_handler(DataError)
    async def on_bad_data(request: Request, exc: DataError) -> JSONResponse:
        # A value the database refuses (a safety net behind the request models).
        detail = str(exc.orig).splitlines()[0][:200]
        problem = Problem.coded("validation", "p_validation")
        problem.errors = [field_error("", "invalid_value", detail=detail)]
        return problem.response(_instance(request))

    @app.exception_handler(PoolTimeout)
    @app.exception_handler(OperationalError)
    async def on_db_busy(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", str(exc).splitlines()[0])
        problem = Problem.coded("unavailable", "p_busy")
        problem.headers["Retry-After"] = "5"
        return problem.response(_instance(request))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc)
        return Problem.coded("internal", "p_internal").response(_instance(request))


def _request_error(err: Any) -> dict[str, str]:
    # FastAPI starts each location with where it was read (the body, the query, ...): the
    # body's own place is no field, so an error about the body as a whole names none.
    loc = list(err.get("loc", ()))
    if loc and loc[0] in ("body", "query", "path", "header", "cookie"):
        loc = loc[1:]
    return pydantic_field_error(loc, err)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated document, with the batch items described as BatchItem."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    item_schema = BatchItem.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in item_schema.pop("$defs", {}).items():
        components.setdefault(name, sub)
    components["BatchItem"] = item_schema
    batch = components.get("BatchRequest", {}).get("properties", {}).get("items")
    if batch is not None:
        batch["items"] = {"$ref": "#/components/schemas/BatchItem"}
    _problem_responses(schema, components)
    app.openapi_schema = schema
    return schema


def _problem_responses(schema: dict[str, Any], components: dict[str, Any]) -> None:
    """Errors are problem+json, not FastAPI's {"detail": ...}: say so in the document."""
    components["Problem"] = ProblemDoc.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in components["Problem"].pop("$defs", {}).items():
        components.setdefault(name, sub)
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    problem = {
        "description": "RFC 9457 problem (see the README for every type)",
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if "422" in responses:
                responses["422"] = {**problem, "description": "Validation failed"}
            responses.setdefault("default", problem)
