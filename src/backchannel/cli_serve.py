"""``backchannel serve STORE``: the corpus store over HTTP (FastAPI on uvicorn; the ``serve`` extra).

Why uvicorn's ``Server`` rather than ``uvicorn.run("module:app")``: the
application is built from this command's settings (store, token, limits), and
the server's own graceful shutdown (SIGTERM/Ctrl-C: stop accepting, finish open
requests, run the lifespan's exit) is what stops the job runner cleanly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import click


def fast_io() -> tuple[Literal["uvloop", "asyncio"], Literal["httptools", "h11"]]:
    """uvloop's event loop and httptools' HTTP parser when installed (the serve extra has both), else asyncio's.

    Named rather than left to uvicorn's "auto", so the choice is explicit and a
    missing wheel falls back instead of failing."""
    from importlib.util import find_spec

    return ("uvloop" if find_spec("uvloop") else "asyncio", "httptools" if find_spec("httptools") else "h11")


@click.command()
@click.argument("store", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; anything but loopback needs a bearer token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Analysis processes (one server process owns the store).")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file holding the bearer token of the write routes (else $BACKCHANNEL_TOKEN).")
@click.option("--model", default=None, help="spaCy pipeline to load (package or path).")
@click.option("--max-chars", default=1_000_000, show_default=True, type=click.IntRange(1),
              help="Refuse documents longer than this (422).")
@click.option("--doc-timeout", default=60.0, show_default=True, type=click.FloatRange(0),
              help="Seconds per 40,000 characters before a document is stopped (0: no limit).")
@click.option("--max-body", default=64 * 1024 * 1024, show_default=True, type=click.IntRange(1),
              help="Bytes of a POST /v1/documents body (413 above).")
@click.option("--cors-origin", "cors", multiple=True,
              help="Allow browser calls from this origin (repeatable; CORS is off without it).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--access-log/--no-access-log", default=True, show_default=True)
def serve(store: Path, host: str, port: int, workers: int, token_file: Path | None, model: str | None,
          max_chars: int, doc_timeout: float, max_body: int, cors: tuple[str, ...], log_level: str,
          access_log: bool) -> None:
    """Serve STORE (created if missing): the /v1 API, OpenAPI at /docs, the explorer at /."""
    try:
        import uvicorn

        from backchannel.serve.app import create_app
        from backchannel.serve.config import ConfigError, Settings, read_token
    except ImportError as exc:
        raise click.ClickException(f"backchannel serve needs the serve extra (pip install 'backchannel[serve]'): "
                                   f"{exc}") from None
    from backchannel.store import StoreError, connect

    try:
        token, generated = read_token(host, token_file)
        connect(store, create=True).close()  # fail here, with the store's own message, not inside the server
    except (ConfigError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    if generated:
        click.echo(f"write token for this run (set $BACKCHANNEL_TOKEN to choose one): {token}", err=True)
    settings = Settings(store=store, token=token, host=host, workers=workers, model=model, max_chars=max_chars,
                        doc_timeout=doc_timeout, max_body=max_body, cors_origins=cors, token_generated=generated)
    loop, http = fast_io()
    config = uvicorn.Config(create_app(settings), host=host, port=port, log_level=log_level, access_log=access_log,
                            timeout_graceful_shutdown=30, server_header=False, loop=loop, http=http)
    uvicorn.Server(config).run()
