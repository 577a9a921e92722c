"""The service's settings, where its bearer token comes from, and the loopback rule.

Why a token is always required for writes: anyone who can reach the port could
otherwise fill the store. On loopback without a configured token a random one is
made for this run and printed once (as notebook servers do); on any other address
the service refuses to start without one, since a printed token on a shared
machine's terminal is not a secret worth relying on.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

#: Environment variable holding the bearer token of the write routes.
TOKEN_ENV = "BACKCHANNEL_TOKEN"
#: Request bodies over this many bytes get 413 (POST /v1/documents; a batch of reports).
DEFAULT_MAX_BODY = 64 * 1024 * 1024


class ConfigError(Exception):
    """The service cannot start as configured; the message says why and what to do."""


@dataclass(frozen=True)
class Settings:
    """Everything the application needs to know, fixed at start."""

    store: Path
    token: str
    host: str = "127.0.0.1"
    workers: int = 1
    model: str | None = None
    max_chars: int = 1_000_000
    doc_timeout: float = 60.0
    max_body: int = DEFAULT_MAX_BODY
    cors_origins: tuple[str, ...] = field(default=())
    token_generated: bool = False

    @property
    def max_document_body(self) -> int:
        """Bytes of one posted document: the reader's own byte limit for HTML (the larger), plus JSON overhead."""
        from backchannel.ingest import HTML_BYTES_PER_CHAR

        return self.max_chars * HTML_BYTES_PER_CHAR + 65536


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: addresses no other machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def read_token(host: str, token_file: Path | None) -> tuple[str, bool]:
    """The write token (from ``--token-file``, else ``$BACKCHANNEL_TOKEN``) and whether it was generated here."""
    token = None
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{token_file}: cannot read the token file: {exc.strerror or exc}") from None
        if not token:
            raise ConfigError(f"{token_file}: the token file is empty")
    else:
        token = os.environ.get(TOKEN_ENV, "").strip() or None
    if token is not None:
        if len(token) < 16:
            raise ConfigError("the bearer token is too short (use at least 16 characters, e.g. "
                              "`python -c 'import secrets; print(secrets.token_urlsafe())'`)")
        return token, False
    if not is_loopback(host):
        raise ConfigError(f"refusing to serve on {host}, which is not a loopback address, without a bearer token: "
                          f"set ${TOKEN_ENV} or give --token-file")
    return secrets.token_urlsafe(24), True
