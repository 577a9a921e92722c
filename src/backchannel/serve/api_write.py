"""The routes that analyse or add: ``POST /v1/analyze``, ``POST /v1/documents``, ``GET /v1/jobs/{id}``.

Why the body is read by hand: these routes take text, HTML, a JSON object or
JSONL, chosen by ``Content-Type``, and hand the bytes to the project's readers
(in a worker process for analysis), which apply the CLI's limits and checks; a
pydantic model would parse a 4 MB text a second time on the event loop.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from backchannel.serve.analysts import MEDIA, Busy, Stalled
from backchannel.serve.jobs import BodyError, read_record, split_body, status, submit
from backchannel.serve.responses import JSONBody, cursor
from backchannel.serve.security import require_token

router = APIRouter(prefix="/v1", default_response_class=JSONBody)

DocFormat = Literal["json", "jsonl", "polnear", "graphml", "gexf", "csv", "ftm", "html"]
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/ndjson")
DOCUMENT_SCHEMA = {"type": "object", "required": ["text"], "properties": {
    "id": {"type": "string"}, "text": {"type": "string"}, "title": {"type": "string"},
    "published": {"type": "string", "format": "date"}, "source": {"type": "string", "description": "the outlet"},
    "url": {"type": "string"}, "author": {"type": "string"}}}
ANALYZE_BODY = {"requestBody": {"required": True, "content": {
    "text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}},
    "application/json": {"schema": DOCUMENT_SCHEMA}}}}
DOCUMENTS_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"oneOf": [DOCUMENT_SCHEMA, {"type": "array", "items": DOCUMENT_SCHEMA}]}},
    "application/x-ndjson": {"schema": {"type": "string", "description": "one document object per line"}}}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"description": "Body over the limit"}, 422: {"description": "Not a document, or over the reader's limits"},
    503: {"description": "Too many documents waiting for a worker; retry later"}}


def _type(request: Request) -> str:
    return request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()


@router.post("/analyze", tags=["analysis"], summary="Analyse one report: text or HTML in, its dossier out",
             openapi_extra=ANALYZE_BODY, responses=ERRORS)
async def analyze(request: Request, format: DocFormat = Query("json", description="A single-document format (the "
                                                                                    "CLI's --format), or html."),
                  id: str = Query("document", min_length=1, max_length=200,
                                  description="The document id of a text or HTML body (a JSON body has its own).")
                  ) -> Response:
    """The same JSON as ``backchannel analyze --format json``; nothing is stored.

    ``Content-Type: text/html`` goes through the article extractor, ``application/json``
    takes ``{text, title?, published?, source?, url?, author?}``, anything else is plain text
    (optionally opening with ``date YYYY-MM-DD Title``).
    """
    body = await request.body()
    ctype = _type(request)
    kind = "json" if ctype == "application/json" else "html" if ctype in ("text/html", "application/xhtml+xml") \
        else "text"
    try:
        code, payload = await request.app.state.batcher.analyze(body, kind, format, id)
    except Stalled as exc:
        return JSONBody({"detail": str(exc), "stage": "extract"}, status_code=422)
    except Busy as exc:
        return JSONBody({"detail": f"busy: {exc}"}, status_code=503, headers={"Retry-After": "5"})
    return Response(payload, status_code=code, media_type=MEDIA[format] if code == 200 else "application/json")


def _accept(request: Request, body: bytes, resolve: bool) -> tuple[str, list, int]:
    """Split and check the posted documents, queue the job; a single refused document is a 422."""
    app = request.app
    try:
        records = split_body(body, _type(request) in JSONL_TYPES)
    except BodyError as exc:
        raise HTTPException(422, str(exc)) from None
    if not records:
        raise HTTPException(422, "no documents in the body")
    if len(records) == 1:
        from backchannel.ingest import InputError
        from backchannel.serve.jobs import as_line

        item = read_record(as_line(records[0]), "request", app.state.settings)
        if isinstance(item, InputError):
            raise HTTPException(422, {"stage": item.stage, "reason": item.reason})
    job, refused = submit(cursor(request), records, app.state.settings, resolve)
    return job, refused, len(records)


@router.post("/documents", tags=["corpus"], status_code=202, dependencies=[Depends(require_token)],
             summary="Add documents to the store (JSON or JSONL); answers with a job",
             openapi_extra=DOCUMENTS_BODY,
             responses={**ERRORS, 401: {"description": "No or wrong bearer token"}})
async def add_documents(request: Request, resolve: bool = Query(True, description="Resolve the corpus again "
                                                                                  "when the job has stored documents.")
                        ) -> JSONBody:
    """Queue the documents (kept in the store, so the job survives a restart); follow it at ``/v1/jobs/{id}``.

    A document the reader refuses (no text, over ``--max-chars``) fails alone and is listed in the
    job; when the body holds a single document, the refusal is this request's 422.
    """
    body = await request.body()
    job, refused, n = await run_in_threadpool(_accept, request, body, resolve)
    request.app.state.runner.wake.set()
    return JSONBody({"job": job, "status": f"/v1/jobs/{job}", "documents": n, "queued": n - len(refused),
                     "refused": [{"name": r.name, "stage": r.stage, "reason": r.reason} for r in refused]},
                    status_code=202, headers={"Location": f"/v1/jobs/{job}"})


@router.get("/jobs/{job_id}", tags=["corpus"], summary="A job's progress and its per-document errors",
            responses={404: {"description": "No such job"}})
def get_job(request: Request, job_id: str) -> JSONBody:
    found = status(cursor(request), job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r}")
    return JSONBody(found)
