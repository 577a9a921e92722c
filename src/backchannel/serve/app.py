"""The application: lifespan (store, workers, job runner), middleware, health, and the routers.

Why one process owns the store: DuckDB lets one process open a file for
writing, so the service is one server process (``--workers`` sets the analysis
processes, not server processes); reads run in its thread pool, each thread on
its own cursor, while the job runner writes through the store's writer.

Shutdown (SIGTERM, Ctrl-C): uvicorn stops accepting connections and lets the
open requests finish; then the lifespan's exit stops the job runner after the
documents in hand are stored, and the workers finish what they hold. Documents
still queued stay in the store for the next start.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from backchannel import __version__
from backchannel.serve.config import Settings
from backchannel.serve.responses import JSONBody, Cursors
from backchannel.serve.security import BodyLimit, SecurityHeaders

DESCRIPTION = """A corpus store of news reports about negotiations, served over HTTP: add reports,
analyse one, and read the parties, acts, statements and disputes across reports.
Write routes need `Authorization: Bearer <token>`."""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    from backchannel.serve.analysts import Analysts
    from backchannel.serve.batching import Batcher
    from backchannel.serve.jobs import Runner
    from backchannel.serve.corpus import Views
    from backchannel.store import connect

    settings: Settings = app.state.settings
    con = connect(settings.store, create=True)
    app.state.cursors, app.state.views = Cursors(con), Views()
    analysts = app.state.analysts = Analysts(settings)
    app.state.batcher = Batcher(analysts)  # POST /v1/analyze: posts that arrive together, one batch
    runner = app.state.runner = Runner(con, analysts, settings)
    warm = analysts.start()
    runner.on_change = app.state.views.changed  # a stored batch or a resolution: the next read rebuilds
    # the read side in memory (what the last resolution left, the reports): built before the first request needs it
    app.state.views_loaded = asyncio.create_task(asyncio.to_thread(app.state.views.refresh, con.cursor()))
    work = asyncio.create_task(runner.run())
    try:
        yield
    finally:
        runner.stop()
        await asyncio.gather(warm, work, app.state.views_loaded, return_exceptions=True)
        await asyncio.to_thread(analysts.shutdown)
        con.close()


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI application for ``settings`` (the store is opened when the lifespan starts)."""
    from backchannel.serve import api_read, api_write, explorer

    app = FastAPI(title="backchannel", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  default_response_class=JSONBody)
    app.state.settings = settings
    app.include_router(api_write.router)
    app.include_router(api_read.router)
    app.include_router(explorer.router)

    @app.get("/healthz", tags=["health"], summary="The process is up")
    async def healthz() -> JSONBody:
        return JSONBody({"status": "ok"})

    @app.get("/readyz", tags=["health"], summary="The store is open, its resolution read, every worker's pipeline loaded",
             responses={503: {"description": "Starting or stopping"}})
    async def readyz(request: Request) -> JSONBody:
        analysts, runner = request.app.state.analysts, request.app.state.runner
        ready = analysts.ready and request.app.state.views_loaded.done() and not runner.stopping
        return JSONBody({"status": "ready" if ready else "starting", "workers": analysts.size,
                         "restarts": analysts.restarts}, status_code=200 if ready else 503)

    limits = {"/v1/analyze": settings.max_document_body}
    app.add_middleware(BodyLimit, default=settings.max_body, limits=limits)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(SecurityHeaders)
    return app
