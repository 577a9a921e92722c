"""``backchannel eval --backend llm|hybrid``: one backend for the whole evaluation, and its totals.

Why a failed file scores as an empty dossier instead of stopping the run: an
endpoint that fails on one report must not hide the scores of the others; the
failure is reported on stderr with the file and the reason, and counted in
the totals (``failed``), so a score is never read without knowing it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from backchannel.llm.backend import LLMBackend
from backchannel.llm.client import LLMError
from backchannel.llm.settings import LLMSettings
from backchannel.model import BackendRun, Document, Dossier

#: The metadata fields summed over the evaluated files.
SUMMED = ("chunks", "requests", "cached", "retries", "prompt_tokens", "completion_tokens")


class LLMEval:
    """Analyses one document at a time with the configured backend; sums what the runs cost."""

    def __init__(self, settings: LLMSettings, rules: Callable[[Document], Dossier],
                 say: Callable[[str, str, str], None]) -> None:
        self.settings, self.rules, self.say = settings, rules, say
        self.backend = LLMBackend(settings)
        self.sums: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()
        self.cost: float | None = None
        self.failed = 0
        self.disagreements = 0

    def dossier(self, document: Document) -> dict[str, Any]:
        """The document's dossier as a dict (an empty dossier, and an error line, when the model failed)."""
        try:
            if self.settings.backend == "llm":
                d = self.backend.llm_dossier(document)
            else:
                d, warnings = self.backend.hybrid(self.rules(document))
                for w in warnings:
                    self.say("warning", document.id, w)
        except LLMError as exc:
            self.failed += 1
            self.say("error", document.id, f"llm: {exc}")
            return Dossier(documents=[document]).to_dict()
        if isinstance(d.meta, BackendRun):
            self.add(d.meta)
        return d.to_dict()

    def add(self, meta: BackendRun) -> None:
        for name in SUMMED:
            self.sums[name] += getattr(meta, name)
        self.dropped.update(meta.dropped)
        self.disagreements += len(meta.disagreements)
        self.failed += bool(meta.errors)
        if meta.cost is not None:
            self.cost = (self.cost or 0.0) + meta.cost

    def totals(self) -> dict[str, Any]:
        s = self.settings
        return {"backend": s.backend, "model": s.model, "protocol": s.protocol, **{n: self.sums[n] for n in SUMMED},
                "cost": None if self.cost is None else round(self.cost, 6), "dropped": dict(sorted(self.dropped.items())),
                "disagreements": self.disagreements, "failed": self.failed}

    def close(self) -> None:
        self.backend.close()
        t = self.totals()
        self.say("note", "eval", f"{t['backend']} {t['model']}: {t['requests']} requests, {t['cached']} cached, "
                 f"{t['prompt_tokens']}+{t['completion_tokens']} tokens, cost {t['cost']}, "
                 f"dropped {sum(self.dropped.values())} unalignable, {t['failed']} failed")
