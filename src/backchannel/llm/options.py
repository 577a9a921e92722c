"""The ``--backend`` and ``--llm-*`` options, as one decorator for ``analyze``, ``corpus add`` and ``eval``.

Why one decorator that hands the command a single ``llm`` argument: the
commands stay as they were but for one parameter (:class:`LLMSettings`, or
None for the rules alone), and a wrong combination (``--backend llm`` without
a URL) is refused before any document is read. No option here reaches the
network unless ``--llm-url`` is given.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable, TypeVar, cast

import click

from backchannel.llm.settings import BACKENDS, LLMSettings, guess_protocol

F = TypeVar("F", bound=Callable[..., Any])

_OPTIONS = [
    click.option("--backend", type=click.Choice(BACKENDS), default="rules", show_default=True,
                 help="rules: the offline rules; llm: a model's answer, aligned to the text; hybrid: rules first, "
                      "the model fills gaps (README 'LLM backend (optional)')."),
    click.option("--llm-url", default=None, help="The model endpoint: an OpenAI-compatible base URL "
                 "(…/v1/chat/completions is added) or Ollama's (…/api/chat). Nothing is sent anywhere without it."),
    click.option("--llm-model", default=None, help="The model name the endpoint serves."),
    click.option("--llm-key-env", default=None, help="Name of the environment variable holding the API key "
                 "(sent as a Bearer token; the key itself is never an option)."),
    click.option("--llm-protocol", type=click.Choice(["auto", "openai", "ollama"]), default="auto",
                 show_default=True, help="auto: ollama for …/api/chat or port 11434, else openai."),
    click.option("--llm-cache", type=click.Path(dir_okay=False, path_type=Path), default=None,
                 help="A JSON-lines file of answers keyed by model, prompt and text (corpus add: STORE.llm-cache.jsonl)."),
    click.option("--llm-timeout", type=float, default=120.0, show_default=True, help="Seconds to wait for one answer."),
    click.option("--llm-retries", type=click.IntRange(0, 10), default=3, show_default=True,
                 help="Further attempts after a refused connection, a timeout, a 429 or a 5xx (backoff doubles)."),
    click.option("--llm-concurrency", type=click.IntRange(1, 64), default=4, show_default=True,
                 help="Calls in flight at once."),
    click.option("--llm-chunk-chars", type=click.IntRange(1_000, 200_000), default=6_000, show_default=True,
                 help="Characters of text per call (longer reports are sent in overlapping pieces)."),
    click.option("--llm-price", default=None, metavar="IN,OUT",
                 help="USD per million prompt and completion tokens, for the cost field of the metadata."),
]

_NAMES = ("backend", "llm_url", "llm_model", "llm_key_env", "llm_protocol", "llm_cache", "llm_timeout",
          "llm_retries", "llm_concurrency", "llm_chunk_chars", "llm_price")


def settings_from(values: dict[str, Any]) -> LLMSettings | None:
    """The settings the options ask for, None for the rules alone; a UsageError for a wrong combination."""
    backend = values["backend"]
    if backend == "rules":
        if values["llm_url"]:
            raise click.UsageError("--llm-url is given but --backend is rules: add --backend llm or hybrid")
        return None
    url = values["llm_url"]
    if not url:
        raise click.UsageError(f"--backend {backend} needs --llm-url (the endpoint of a model you have)")
    protocol = guess_protocol(url) if values["llm_protocol"] == "auto" else values["llm_protocol"]
    return LLMSettings(backend=backend, url=url, model=values["llm_model"] or "default", protocol=protocol,
                       key_env=values["llm_key_env"], cache=values["llm_cache"], timeout=values["llm_timeout"],
                       retries=values["llm_retries"], concurrency=values["llm_concurrency"],
                       chunk_chars=values["llm_chunk_chars"], overlap=values["llm_chunk_chars"] // 10,
                       price=_price(values["llm_price"]))


def _price(raw: str | None) -> tuple[float, float] | None:
    if raw is None:
        return None
    try:
        a, b = (float(x) for x in raw.split(","))
    except ValueError:
        raise click.BadParameter("give two numbers: IN,OUT (USD per million tokens)", param_hint="--llm-price")
    return a, b


def llm_options(f: F) -> F:
    """Add the options to a click command; the command receives ``llm: LLMSettings | None``."""

    @functools.wraps(f)
    def command(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in _NAMES}
        kwargs["llm"] = settings_from(values)
        return f(*args, **kwargs)

    wrapped: Any = command
    for opt in reversed(_OPTIONS):
        wrapped = opt(wrapped)
    return cast(F, wrapped)
