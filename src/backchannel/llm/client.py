"""One chat call to a model endpoint, made safely: cached, retried, timed out, and rationed.

Why each guard:

- **cache** (:mod:`backchannel.llm.cache`): the same model, prompt and text
  never cost a second call;
- **retries with backoff**: a refused connection, a timeout, a 429 or a 5xx
  is usually passing; the wait doubles each time (a ``Retry-After`` header is
  honoured up to :data:`MAX_WAIT`);
- **timeout**: a stalled server fails one document, not the run;
- **concurrency limit**: at most ``concurrency`` calls are in flight at once,
  whatever number of threads ask;
- **format fallback**: a server that rejects the JSON Schema response format
  (a 400 or 422) is asked again in plain JSON mode, then with none, and the
  client remembers what it accepts.

Only :class:`LLMError` leaves this module: its message is the per-document
reason the user reads.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

import httpx

from backchannel.llm.cache import AnswerCache, Cached, cache_key
from backchannel.llm.prompt import Prompt
from backchannel.llm.protocols import FORMATS, AnswerError, Reply, answer_json, parse_reply, request_body
from backchannel.llm.settings import LLMSettings, endpoint

#: The longest wait between two attempts, whatever a server's Retry-After says.
MAX_WAIT = 30.0


class LLMError(Exception):
    """A call that failed for good: the reason names what went wrong (and how often it was tried)."""


class Truncated(LLMError):
    """The model stopped at its output limit before its answer ended: a shorter text may fit."""


@dataclass(slots=True)
class Usage:
    """What one document's calls cost: requests made, answers from the cache, retries and tokens."""

    requests: int = 0
    cached: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Client:
    """Chat calls to one endpoint; thread-safe (one instance serves every document of a run)."""

    def __init__(self, settings: LLMSettings, prompt: Prompt, http: httpx.Client | None = None) -> None:
        if not settings.url:
            raise LLMError("no --llm-url given: the LLM backend never guesses an endpoint")
        self.settings, self.prompt = settings, prompt
        self.url = endpoint(settings.url, settings.protocol)
        self.cache = AnswerCache(settings.cache) if settings.cache else None
        self.http = http or httpx.Client(timeout=settings.timeout, follow_redirects=False)
        self.slots = threading.BoundedSemaphore(max(1, settings.concurrency))
        self.formats = list(FORMATS)  # narrowed as the server refuses formats
        headers = {"Content-Type": "application/json"}
        if settings.key_env:
            key = os.environ.get(settings.key_env)
            if not key:
                raise LLMError(f"--llm-key-env {settings.key_env}: that environment variable is not set")
            headers["Authorization"] = f"Bearer {key}"
        self.headers = headers

    def close(self) -> None:
        self.http.close()

    def answer(self, text: str, published: str | None, usage: Usage) -> dict:
        """The model's answer object for one text (from the cache when it was asked before)."""
        key = cache_key(self.settings.model, self.prompt.digest, f"{published}\x00{text}")
        hit = self.cache.get(key) if self.cache else None
        if hit is not None:
            try:
                data = answer_json(Reply(hit.content))
            except AnswerError:  # a cache line edited by hand: ask again
                pass
            else:
                usage.cached += 1
                return data
        reply = self._call(self.prompt.user(text, published), usage)
        try:
            data = answer_json(reply)
        except AnswerError as exc:
            raise (Truncated if reply.truncated else LLMError)(str(exc)) from None
        if self.cache is not None:
            self.cache.put(key, self.settings.model, Cached(reply.content, reply.prompt_tokens,
                                                            reply.completion_tokens))
        return data

    def _call(self, user: str, usage: Usage) -> Reply:
        """POST until a reply arrives or the attempts run out (each failure's reason is kept for the error)."""
        s = self.settings
        why = "no attempt made"
        attempt = 0
        while attempt <= s.retries:
            fmt = self.formats[0]
            body = request_body(s.protocol, s.model, self.prompt.system, user, self.prompt.schema, fmt)
            wait = s.backoff * 2 ** attempt
            try:
                with self.slots:
                    usage.requests += 1
                    resp = self.http.post(self.url, json=body, headers=self.headers, timeout=s.timeout)
            except httpx.TimeoutException:
                why = f"no answer within {s.timeout:g} s (--llm-timeout)"
            except httpx.TransportError as exc:
                why = f"connection failed: {type(exc).__name__}: {exc}"
            else:
                code = resp.status_code
                if code == 429 or code >= 500:
                    why = f"HTTP {code} from {self.url}"
                    wait = max(wait, min(MAX_WAIT, _retry_after(resp)))
                elif code in (400, 422) and fmt != FORMATS[-1]:
                    self._refused(fmt)
                    continue  # the same attempt, in the next format
                elif code >= 400:
                    raise LLMError(f"HTTP {code} from {self.url}: {resp.text[:200]}")
                else:
                    return self._reply(resp, usage)
            attempt += 1
            if attempt <= s.retries:
                usage.retries += 1
                time.sleep(wait)
        raise LLMError(f"{why} (tried {s.retries + 1} times)")

    def _refused(self, fmt: str) -> None:
        """Stop asking this server for ``fmt`` (once one thread sees the refusal, all stop)."""
        if self.formats[0] == fmt and len(self.formats) > 1:
            self.formats = self.formats[1:]

    def _reply(self, resp: httpx.Response, usage: Usage) -> Reply:
        try:
            payload = resp.json()
        except ValueError:
            raise LLMError(f"malformed response: not JSON ({resp.text[:60]!r})") from None
        try:
            reply = parse_reply(self.settings.protocol, payload)
        except AnswerError as exc:
            raise LLMError(str(exc)) from None
        usage.prompt_tokens += reply.prompt_tokens
        usage.completion_tokens += reply.completion_tokens
        return reply


def _retry_after(resp: httpx.Response) -> float:
    """Seconds a server asked to wait (``Retry-After`` in seconds), else 0."""
    try:
        return max(0.0, float(resp.headers.get("retry-after", "0")))
    except ValueError:
        return 0.0
