"""A file of model answers, keyed by model, prompt and text, so that a run is never paid for twice.

Why JSON lines: appending one line per answer survives an interrupted run (a
torn last line is skipped on reading), needs no database, and can be read or
pruned with any tool. Only answers that parsed as JSON are written: a failed
or malformed call is retried on the next run, never replayed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path


def cache_key(model: str, prompt_digest: str, text: str) -> str:
    """The key of one call: the model, the prompt's digest and the hash of the text it read."""
    text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return hashlib.sha256(f"{model}\x00{prompt_digest}\x00{text_hash}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Cached:
    """A stored answer: the model's text and the tokens it cost when it was made."""

    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class AnswerCache:
    """Answers in a JSON-lines file; loaded once, appended to (thread-safe) as answers arrive."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._answers: dict[str, Cached] = {}
        if path.exists():
            for line in path.read_text("utf-8", errors="replace").splitlines():
                try:
                    row = json.loads(line)
                    self._answers[row["key"]] = Cached(row["content"], int(row.get("prompt_tokens", 0)),
                                                       int(row.get("completion_tokens", 0)))
                except (ValueError, KeyError, TypeError):
                    continue  # a torn or foreign line: that answer is asked again

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: str) -> Cached | None:
        return self._answers.get(key)

    def put(self, key: str, model: str, answer: Cached) -> None:
        row = {"key": key, "model": model, "content": answer.content, "prompt_tokens": answer.prompt_tokens,
               "completion_tokens": answer.completion_tokens}
        with self._lock:
            self._answers[key] = answer
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
