"""The prompt the model reads and the JSON shape it must answer in.

Why from data files: the instructions (``data/llm_prompt.toml``) restate the
dossier contract for a model, and the worked example (``data/llm_example.json``:
an invented example report (examples/synthetic) and its gold dossier) shows the exact answer shape,
the gold files' shape: a dossier without offsets or ids on acts and claims.
Keeping both out of the code means a prompt can be tuned without touching it,
and :attr:`Prompt.digest` (a hash of everything but the report) keys the
response cache, so a changed prompt never reuses an old answer.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from backchannel.model import ACTOR_KINDS, INTERACTION_TYPES, MODALITIES

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_EVIDENCE = {"type": "object", "properties": {"text": _STR}, "required": ["text"]}


def answer_schema() -> dict[str, Any]:
    """The JSON Schema of an answer (for servers that constrain their output to a schema)."""
    actor = {"type": "object", "required": ["id", "name", "kind"], "properties": {
        "id": _STR, "name": _STR, "kind": {"enum": list(ACTOR_KINDS)}, "named": {"type": "boolean"},
        "aliases": {"type": "array", "items": _STR}, "descriptors": {"type": "array", "items": _STR},
        "affiliation": _OPT_STR}}
    interaction = {"type": "object", "required": ["type", "source", "target", "evidence"], "properties": {
        "type": {"enum": list(INTERACTION_TYPES)}, "source": _OPT_STR, "target": _OPT_STR,
        "via": {"type": "array", "items": _STR},
        "count": {"type": "object", "properties": {"value": {"type": "integer"}, "qualifier": _STR}},
        "time": {"type": "object", "properties": {"text": _STR, "value": _OPT_STR}},
        "negated": {"type": "boolean"}, "modality": {"enum": list(MODALITIES)}, "means": _OPT_STR,
        "topic": _OPT_STR, "evidence": _EVIDENCE}}
    claim = {"type": "object", "required": ["speaker", "content", "evidence"], "properties": {
        "speaker": _OPT_STR, "cue": _OPT_STR, "direct": {"type": "boolean"}, "content": _STR,
        "evidence": _EVIDENCE}}
    return {"type": "object", "required": ["actors", "interactions", "claims"], "properties": {
        "actors": {"type": "array", "items": actor}, "interactions": {"type": "array", "items": interaction},
        "claims": {"type": "array", "items": claim}}}


@dataclass(frozen=True, slots=True)
class Prompt:
    """The system message, the user template with the worked example filled in, and their digest."""

    system: str
    template: str
    schema: dict[str, Any]
    digest: str

    def user(self, text: str, published: str | None) -> str:
        """The user message for one report (or one piece of a long report)."""
        return self.template.replace("{published}", published or "unknown").replace("{text}", text)


@lru_cache(maxsize=1)
def load_prompt() -> Prompt:
    """The packaged prompt (read once)."""
    data = resources.files("backchannel") / "data"
    conf = tomllib.loads((data / "llm_prompt.toml").read_text("utf-8"))
    example = json.loads((data / "llm_example.json").read_text("utf-8"))
    answer = json.dumps(example["answer"], ensure_ascii=False, separators=(",", ":"))
    template = (conf["user"].strip()
                .replace("{example_published}", example["published"] or "unknown")
                .replace("{example_text}", example["text"])
                .replace("{example_answer}", answer))
    system = conf["system"].strip()
    schema = answer_schema()
    digest = hashlib.sha256(json.dumps([system, template, schema], sort_keys=True).encode()).hexdigest()[:16]
    return Prompt(system=system, template=template, schema=schema, digest=digest)
