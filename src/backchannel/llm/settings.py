"""What the LLM backend is told by the command line: which backend, which endpoint, which limits.

Why one frozen value: the same settings travel from a CLI option to the
client, the cache and the per-document runner, across threads; none of them
may change it under the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

Backend = Literal["rules", "llm", "hybrid"]
BACKENDS: tuple[str, ...] = ("rules", "llm", "hybrid")
Protocol = Literal["openai", "ollama"]
#: The port an Ollama server listens on unless told otherwise (for ``--llm-protocol auto``).
OLLAMA_PORT = 11434


@dataclass(frozen=True, slots=True)
class LLMSettings:
    """An endpoint and how to call it. ``price``: USD per million (prompt, completion) tokens, if known."""

    backend: Backend = "rules"
    url: str | None = None
    model: str = "default"
    protocol: Protocol = "openai"
    key_env: str | None = None
    cache: Path | None = None
    timeout: float = 120.0
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubled on each further one
    concurrency: int = 4
    chunk_chars: int = 6_000
    overlap: int = 600
    price: tuple[float, float] | None = None


def guess_protocol(url: str) -> Protocol:
    """``ollama`` for a URL that ends in ``/api/chat`` or uses Ollama's port, else ``openai``."""
    parts = urlsplit(url)
    if parts.path.rstrip("/").endswith("/api/chat") or parts.port == OLLAMA_PORT:
        return "ollama"
    return "openai"


def endpoint(url: str, protocol: Protocol) -> str:
    """The full chat URL for a base URL: ``/v1/chat/completions`` or ``/api/chat`` added when missing."""
    base = url.rstrip("/")
    if protocol == "ollama":
        return base if base.endswith("/api/chat") else base + "/api/chat"
    if base.endswith("/chat/completions"):
        return base
    return base + ("/chat/completions" if base.endswith("/v1") else "/v1/chat/completions")
