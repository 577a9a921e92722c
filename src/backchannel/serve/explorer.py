"""The corpus explorer at ``GET /``: the corpus report's look, fed by the API instead of one JSON blob.

Why a static page and script: every byte of corpus data reaches the page through
``fetch`` of the ``/v1`` routes and is put in the DOM with ``textContent`` only
(``explorer.js``), so the page can keep a strict Content-Security-Policy (scripts
and styles from this origin only, no inline code). A report's own page is the
per-report HTML of ``/v1/documents/{id}?format=html`` in a sandboxed frame.
The styles are the corpus report's (``report.css``, ``corpus.css``) and the
network is drawn by the same vendored cytoscape.js.
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, Response

from backchannel import __version__
from backchannel.serve.security import EXPLORER_CSP

router = APIRouter(include_in_schema=False)

#: The files the page loads: (package, file name, media type).
ASSETS = {"report.css": ("backchannel.report", "text/css; charset=utf-8"),
          "corpus.css": ("backchannel.report", "text/css; charset=utf-8"),
          "cytoscape.min.js": ("backchannel.report", "text/javascript; charset=utf-8"),
          "dom.js": ("backchannel.report", "text/javascript; charset=utf-8"),
          "explorer.css": ("backchannel.serve", "text/css; charset=utf-8"),
          "explorer.js": ("backchannel.serve", "text/javascript; charset=utf-8")}
CACHE = "public, max-age=3600"


def _read(package: str, name: str) -> str:
    return files(package).joinpath(name).read_text(encoding="utf-8")


@router.get("/", response_class=HTMLResponse)
def page() -> HTMLResponse:
    html = _read("backchannel.serve", "explorer.html").replace("{version}", __version__)
    return HTMLResponse(html, headers={"Content-Security-Policy": EXPLORER_CSP, "Cache-Control": "no-cache"})


@router.get("/assets/{name}")
def assets(name: str) -> Response:
    """Only the listed files: the page's own script and styles and the vendored cytoscape.js."""
    if name not in ASSETS:
        raise HTTPException(404, "no such asset")
    package, media = ASSETS[name]
    return Response(_read(package, name), media_type=media, headers={"Cache-Control": CACHE})
