"""The read routes of ``/v1``: documents, entities, events, timeline, disputes, export.

The lists, searches and one entity are ``async``: they page the in-memory corpus
(:mod:`backchannel.serve.corpus`) on the event loop, with no thread hop; when the
store has changed, the snapshot is rebuilt in a worker thread first, so a DuckDB
query never blocks the event loop. A report's dossier and the export read the
store: plain ``def`` routes, run in FastAPI's thread pool, each thread on its own
cursor. Lists are paged (``limit``, ``offset``; the answer carries ``total`` and
``next_offset``).
"""

from __future__ import annotations

import asyncio
import io
import tempfile
from datetime import date
from typing import Any, Iterator, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.background import BackgroundTask

from backchannel.serve import queries
from backchannel.serve.corpus import Corpus
from backchannel.serve.responses import JSONBody, cursor
from backchannel.serve.security import REPORT_CSP

router = APIRouter(prefix="/v1", tags=["corpus"], default_response_class=JSONBody)

Limit = Query(50, ge=1, le=500, description="Items per page.")
Offset = Query(0, ge=0, le=10_000_000, description="Items to skip.")
DocFormat = Literal["json", "jsonl", "polnear", "graphml", "gexf", "csv", "ftm", "html"]
ExportFormat = Literal["json", "jsonl", "documents", "csv", "graphml", "gexf", "ftm", "html"]
EXPORT_MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson", "documents": "application/x-ndjson",
                "csv": "text/csv; charset=utf-8", "graphml": "application/xml", "gexf": "application/xml",
                "ftm": "application/x-ndjson", "html": "text/html; charset=utf-8"}


async def _corpus(request: Request) -> Corpus:
    """The current snapshot; rebuilt first (in a thread, through that thread's cursor) when the store changed."""
    views = request.app.state.views
    current = views.current
    if views.stale or current is None:
        cursors = request.app.state.cursors
        current = await asyncio.to_thread(lambda: views.refresh(cursors.get()))
    return current


def _day(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


@router.get("/documents", summary="List the stored reports (filters: outlet, date range, text query)")
async def list_documents(request: Request, outlet: str | None = Query(None, description="Exactly this outlet."),
                         start: date | None = Query(None, alias="from", description="Published on or after."),
                         end: date | None = Query(None, alias="to", description="Published on or before."),
                         q: str | None = Query(None, min_length=1, max_length=200,
                                               description="Words in the title or text (case-insensitive)."),
                         limit: int = Limit, offset: int = Offset) -> JSONBody:
    return JSONBody(queries.documents(await _corpus(request), outlet, _day(start), _day(end), q, limit, offset))


@router.get("/documents/{doc_id:path}", summary="One report's dossier (the CLI's JSON, or another format)",
            responses={404: {"description": "No such document"}})
async def get_document(request: Request, doc_id: str = Path(description="The document id."),
                       format: DocFormat = Query("json", description="A single-document format, or html: its "
                                                                       "report page.")) -> Response:
    """JSON on the event loop, the other formats in a thread.

    Why the JSON answer does not hop to a thread: it is one primary-key lookup
    and a msgspec decode and encode, about a millisecond; under load a worker
    thread waits for the GIL (the interpreter hands it over every 5 ms) several
    times per request, which doubled this route's latency. The other formats
    (a report page, GraphML) build documents in Python and may take longer.
    """
    from backchannel.serve.analysts import MEDIA, render

    def answer(con: Any) -> Response:
        found = queries.dossier(con, doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        headers = {"Content-Security-Policy": REPORT_CSP} if format == "html" else None
        return Response(render(found, format), media_type=MEDIA[format], headers=headers)

    cursors = request.app.state.cursors
    if format in ("json", "jsonl"):
        return answer(cursors.get())
    return await asyncio.to_thread(lambda: answer(cursors.get()))


@router.get("/entities", summary="Parties across reports, most reported first (search by name or alias)")
async def list_entities(request: Request, q: str | None = Query(None, min_length=1, max_length=200),
                        kind: str | None = Query(None, max_length=40), limit: int = Limit,
                        offset: int = Offset) -> JSONBody:
    return JSONBody(queries.entities(await _corpus(request), q, kind, limit, offset))


@router.get("/entities/{entity_id}", summary="One party: its members, reports, acts and statements",
            responses={404: {"description": "No such entity"}})
async def get_entity(request: Request, entity_id: str, limit: int = Query(200, ge=1, le=2000)) -> JSONBody:
    found = queries.entity(await _corpus(request), entity_id, limit)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    return JSONBody(found)


@router.get("/events", summary="Acts across reports (filters: type, entity, date range)")
async def list_events(request: Request, type: str | None = Query(None, max_length=40),
                      entity: str | None = Query(None, max_length=200,
                                                 description="An entity id: source, target or via."),
                      start: date | None = Query(None, alias="from"), end: date | None = Query(None, alias="to"),
                      limit: int = Limit, offset: int = Offset) -> JSONBody:
    return JSONBody(queries.events(await _corpus(request), type, entity, _day(start), _day(end), limit, offset))


@router.get("/timeline", summary="Acts told by two or more reports, in date order")
async def get_timeline(request: Request, start: date | None = Query(None, alias="from"),
                       end: date | None = Query(None, alias="to"), limit: int = Limit,
                       offset: int = Offset) -> JSONBody:
    return JSONBody(queries.timeline(await _corpus(request), _day(start), _day(end), limit, offset))


@router.get("/disputes", summary="Contradicting reports, both passages side by side")
async def get_disputes(request: Request,
                       on: str | None = Query(None, max_length=40, description="count, negation, ..."),
                       limit: int = Limit, offset: int = Offset) -> JSONBody:
    return JSONBody(queries.disputes(await _corpus(request), on, limit, offset))


@router.get("/export", summary="The whole corpus in one format (streamed)",
            response_class=StreamingResponse)
def export(request: Request, format: ExportFormat = Query("json")) -> StreamingResponse:
    """Written to a temporary file first (memory stays flat), then streamed; parquet needs a directory: use the CLI."""
    from backchannel.store.export import export_store

    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
    text = io.TextIOWrapper(spool, encoding="utf-8", newline="")  # type: ignore[arg-type]
    list(export_store(cursor(request), format, None, False, text))
    text.flush()
    text.detach()
    spool.seek(0)

    def chunks() -> Iterator[bytes]:
        while block := spool.read(256 * 1024):
            yield block

    suffix = {"documents": "documents.jsonl", "ftm": "ftm.jsonl"}.get(format, format)
    headers = {"Content-Disposition": f'attachment; filename="corpus.{suffix}"'}
    return StreamingResponse(chunks(), media_type=EXPORT_MEDIA[format], headers=headers,
                             background=BackgroundTask(spool.close))
