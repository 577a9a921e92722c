"""The two chat protocols the backend speaks: request bodies out, answers and token counts in.

Why only these two: an OpenAI-compatible ``/v1/chat/completions`` covers hosted
APIs, vLLM, llama.cpp's server and LM Studio; Ollama's ``/api/chat`` covers the
common local setup. Both are plain JSON over HTTP, so no SDK is needed.

Answer formats, strictest first: a JSON Schema the server must follow
(``json_schema``), then plain JSON mode (``json``), then nothing but the
prompt's instruction (``none``). A server that refuses one with a 4xx is asked
again with the next (see :mod:`backchannel.llm.client`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

#: Ollama's context window for a call. Why set: its default (2,048 or 4,096 tokens by version) is
#: shorter than the prompt with its worked example (about 5,000 tokens), and Ollama cuts a long
#: prompt silently instead of refusing it.
OLLAMA_CONTEXT = 16_384

#: Answer formats in the order they are tried.
FORMATS: tuple[str, ...] = ("json_schema", "json", "none")


class AnswerError(Exception):
    """The server answered, but not with a usable answer (malformed, truncated, empty)."""


@dataclass(frozen=True, slots=True)
class Reply:
    """The model's text, its token counts and whether it stopped at its output limit."""

    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    truncated: bool = False


def request_body(protocol: str, model: str, system: str, user: str, schema: dict[str, Any],
                 fmt: str) -> dict[str, Any]:
    """The JSON body of one chat call (temperature 0: the same text should give the same answer)."""
    messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
    if protocol == "ollama":
        body: dict[str, Any] = {"model": model, "messages": messages, "stream": False,
                                "options": {"temperature": 0, "num_ctx": OLLAMA_CONTEXT}}
        if fmt == "json_schema":
            body["format"] = schema
        elif fmt == "json":
            body["format"] = "json"
        return body
    body = {"model": model, "messages": messages, "temperature": 0}
    if fmt == "json_schema":
        body["response_format"] = {"type": "json_schema",
                                   "json_schema": {"name": "dossier", "schema": schema, "strict": False}}
    elif fmt == "json":
        body["response_format"] = {"type": "json_object"}
    return body


def parse_reply(protocol: str, payload: Any) -> Reply:
    """The reply inside a server's JSON response (an AnswerError when it holds none)."""
    if not isinstance(payload, dict):
        raise AnswerError("malformed response: not a JSON object")
    try:
        if protocol == "ollama":
            content = payload["message"]["content"]
            stop = payload.get("done_reason")
            tokens = (payload.get("prompt_eval_count") or 0, payload.get("eval_count") or 0)
        else:
            choice = payload["choices"][0]
            content = choice["message"]["content"]
            stop = choice.get("finish_reason")
            usage = payload.get("usage") or {}
            tokens = (usage.get("prompt_tokens") or 0, usage.get("completion_tokens") or 0)
    except (KeyError, IndexError, TypeError) as exc:
        raise AnswerError(f"malformed response: no message content ({type(exc).__name__}: {exc})") from None
    if not isinstance(content, str):
        raise AnswerError("malformed response: the message content is not text")
    return Reply(content, int(tokens[0]), int(tokens[1]), truncated=stop == "length")


_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


def answer_json(reply: Reply) -> dict[str, Any]:
    """The answer object in a reply's text: bare JSON, JSON in a code fence, or the outermost braces."""
    text = _FENCE.sub("", reply.content.strip())
    candidates = [text]
    first, last = text.find("{"), text.rfind("}")
    if 0 <= first < last:
        candidates.append(text[first:last + 1])
    for c in candidates:
        try:
            data = json.loads(c)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    if reply.truncated:
        raise AnswerError("truncated answer: the model stopped at its output limit before the JSON ended "
                          "(a smaller --llm-chunk-chars makes shorter answers)")
    if not text:
        raise AnswerError("empty answer")
    raise AnswerError(f"malformed answer: not a JSON object ({text[:60]!r}...)")
