"""The web-input options of ``analyze`` and ``corpus add``: ``--urls``, ``--feed`` and the fetcher's manners.

Why a decorator of its own: both commands take the same options, other
options are added to them by other modules, and the fetching code stays in
:mod:`backchannel.ingest.web`. URLs and ``.warc``/``.warc.gz`` files are plain
PATH arguments; these options add lists of links, feeds, and how to fetch.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

import click

WEB_OPTIONS = ("urls", "feeds", "ignore_robots", "fetch_delay", "fetch_timeout", "fetch_retries")


def web_options(f: Callable) -> Callable:
    """Add the web-input options to a command (they arrive as keyword arguments named in WEB_OPTIONS)."""
    for opt in reversed([
        click.option("--urls", "urls", multiple=True, type=click.Path(dir_okay=False),
                     help="A file of URLs to fetch, one a line (# comments); repeatable."),
        click.option("--feed", "feeds", multiple=True, metavar="URL|FILE",
                     help="An RSS/Atom feed: every item's page is fetched; with corpus add, items already "
                          "stored are skipped. Repeatable."),
        click.option("--ignore-robots", is_flag=True, help="Fetch pages that robots.txt disallows."),
        click.option("--fetch-delay", default=1.0, show_default=True, type=float,
                     help="Seconds between two requests to one host (robots.txt's Crawl-delay when larger)."),
        click.option("--fetch-timeout", default=20.0, show_default=True, type=float,
                     help="Seconds to connect and between two chunks of a page (a page has 3x that in all)."),
        click.option("--fetch-retries", default=2, show_default=True, type=int,
                     help="Retries of a page after a transient failure (timeout, refused, 429, 5xx)."),
    ]):
        f = opt(f)
    return f


def has_web_input(opts: dict[str, Any]) -> bool:
    return bool(opts.get("urls") or opts.get("feeds"))


def make_web(opts: dict[str, Any], max_chars: int, known: Iterable[str] = ()):  # noqa: ANN201 - ingest.web.Web
    """The run's :class:`~backchannel.ingest.web.Web` from the options (its size limit follows --max-chars)."""
    from backchannel.ingest import HTML_BYTES_PER_CHAR
    from backchannel.ingest.fetch import FetchOptions
    from backchannel.ingest.web import Web

    options = FetchOptions(timeout=opts["fetch_timeout"], deadline=3 * opts["fetch_timeout"],
                           max_bytes=max_chars * HTML_BYTES_PER_CHAR, retries=max(0, opts["fetch_retries"]),
                           delay=max(0.0, opts["fetch_delay"]), robots=not opts["ignore_robots"])
    return Web(options, known=known, feeds=opts["feeds"], url_files=opts["urls"])


def with_notes(items: Iterator, web) -> Iterator:  # noqa: ANN001 - ingest.web.Web
    """Pass the items through; when they end, close the fetcher and say what was skipped and why."""
    from backchannel.cli_console import say

    try:
        yield from items
    finally:
        web.close()
    if web.duplicates:
        say("note", "web", f"{web.duplicates} pages skipped: their canonical URL was read earlier in this run")
    if web.skipped_known:
        say("note", "web", f"{web.skipped_known} feed items skipped: already in the store")


def pop_web(opts: dict[str, Any]) -> dict[str, Any]:
    """The web options taken out of a command's keyword arguments."""
    return {k: opts.pop(k) for k in WEB_OPTIONS if k in opts}
