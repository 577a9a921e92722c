"""A model endpoint on loopback for the LLM backend tests: both protocols, good and bad answers.

Why a real HTTP server and not a mocked client: retries, timeouts, refused
formats and malformed bodies are behaviours of the transport; only a server
that really answers (late, wrongly, or not at all) tests them. It binds
127.0.0.1 on a free port, is started and stopped by the test, and nothing
leaves the machine.

The model name picks the behaviour (``good``, ``fenced``, ``malformed``,
``notjson``, ``truncated``, ``slow``, ``flaky429``, ``flaky500``, ``down500``,
``noschema``, ``hallucinated``, ``mixed``, ``cutlong``: cut off when
the text read is over 1,500 characters). A ``good`` answer is the
registered answer with the most evidence sentences in the text read, cut
down to the items whose words are in that text, as a model reading only that
piece would answer. Every text and answer here is invented for the tests.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: What a model that invents answers: names, quotes and sentences that are in no text.
INVENTED = {
    "actors": [{"id": "zora-pellwick", "name": "Zora Pellwick", "kind": "person", "named": True,
                "aliases": ["Pellwick"], "descriptors": ["grand vizier"], "affiliation": None}],
    "interactions": [{"type": "meet", "source": "zora-pellwick", "target": None, "via": [], "negated": False,
                      "modality": "asserted", "evidence": {"text": "Pellwick met the council in secret at dawn."}}],
    "claims": [{"speaker": "zora-pellwick", "cue": "declared", "direct": True,
                "content": "the treaty is dead and buried forever", "evidence": {"text": "Pellwick declared it."}}],
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def document_of(user: str) -> str:
    """The report in a user message: between the last ``<<<`` and ``>>>`` (the first pair is the example)."""
    start = user.rfind("<<<")
    end = user.rfind(">>>")
    return user[start + 3:end].strip("\n") if 0 <= start < end else user


def _in(doc: str, s: Any) -> bool:
    return isinstance(s, str) and s in doc


def _seen(doc: str, sentence: str) -> bool:
    """Whether a sentence is in ``doc``, give or take a changed letter in its middle."""
    return sentence[:24] in doc or sentence[-24:] in doc


def fit(answer: dict, doc: str) -> dict:
    """The items of ``answer`` a reader of ``doc`` alone would give."""
    actors = [a for a in answer["actors"] if _in(doc, a["name"]) or any(_in(doc, x) for x in a["aliases"])]
    inter = [i for i in answer["interactions"] if _seen(doc, i["evidence"]["text"])]
    claims = [c for c in answer["claims"] if _seen(doc, c["evidence"]["text"])]
    return {"actors": actors, "interactions": inter, "claims": claims}


class Stub:
    """The server: registered answers, a log of requests, per-model request counts."""

    def __init__(self, answers: list[dict]) -> None:
        self.answers = answers
        self.requests: list[dict] = []
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Stub:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def good(self, doc: str) -> dict:
        def hits(a: dict) -> int:
            return sum(_seen(doc, x["evidence"]["text"]) for x in a["interactions"] + a["claims"])

        return fit(max(self.answers, key=hits), doc)

    def respond(self, path: str, body: dict) -> tuple[int, dict | str, dict]:
        """(status, JSON body or raw text, headers) for one request."""
        model = body.get("model", "")
        with self.lock:
            self.requests.append({"path": path, "body": body})
            self.counts[model] += 1
            n = self.counts[model]
        ollama = path.endswith("/api/chat")
        doc = document_of(body["messages"][-1]["content"])
        if model == "down500" or (model == "flaky500" and n == 1):
            return 500, {"error": "overloaded"}, {}
        if model == "flaky429" and n == 1:
            return 429, {"error": "rate limited"}, {"Retry-After": "0"}
        if model == "noschema" and ("format" in body and isinstance(body["format"], dict) or
                                    body.get("response_format", {}).get("type") == "json_schema"):
            return 400, {"error": "response_format json_schema is not supported"}, {}
        if model == "notjson":
            return 200, "<html>bad gateway</html>", {}
        if model == "slow":
            self.stopping.wait(3)
        content, stop = json.dumps(self.good(doc)), "stop"
        if model == "fenced":
            content = "```json\n" + content + "\n```"
        elif model == "malformed":
            content = "Here is what I found: Zora Pellwick met the council."
        elif model == "truncated" or (model == "cutlong" and len(doc) > 1500):
            content, stop = content[: len(content) // 2], "length"
        elif model == "hallucinated":
            content = json.dumps(INVENTED)
        elif model == "mixed":
            good = self.good(doc)
            content = json.dumps({k: good[k] + INVENTED[k] for k in good})
        return 200, self.wrap(ollama, model, content, stop), {}

    @staticmethod
    def wrap(ollama: bool, model: str, content: str, stop: str) -> dict:
        if ollama:
            return {"model": model, "message": {"role": "assistant", "content": content}, "done": True,
                    "done_reason": stop, "prompt_eval_count": 1000, "eval_count": 200}
        return {"id": "x", "object": "chat.completion", "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": stop}],
                "usage": {"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200}}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status, payload, headers = stub.respond(self.path, json.loads(raw))
                data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up (timeout): nothing to answer
                    pass

        return Handler


#: An invented report (no such places or people) and the answer a careful model would give for it.
PUBLISHED = "2026-03-02"
REPORT = (
    "Lutes Brannoch, Merovia’s special envoy, carried more than 12 messages between Kestaria and the Orlan "
    "Council last month, according to two officials briefed on the talks.\n\n"
    "Brannoch met the council’s chairman, Idris Valcourt, in Port Semble on Friday. “We are closer than we "
    "have ever been,” Valcourt told reporters after the meeting.\n\n"
    "A Kestarian diplomat said the government in Tarvel had not been informed of the meeting in advance. "
    "Kestaria rejected an earlier proposal in January, the diplomat said.\n"
)
ANSWER = {
    "actors": [
        {"id": "lutes-brannoch", "name": "Lutes Brannoch", "kind": "person", "named": True, "aliases": ["Brannoch"],
         "descriptors": ["special envoy"], "affiliation": "merovia"},
        {"id": "merovia", "name": "Merovia", "kind": "state", "named": True, "aliases": [], "descriptors": [],
         "affiliation": None},
        {"id": "kestaria", "name": "Kestaria", "kind": "state", "named": True, "aliases": ["Tarvel"],
         "descriptors": [], "affiliation": None},
        {"id": "orlan-council", "name": "Orlan Council", "kind": "organization", "named": True, "aliases": [],
         "descriptors": [], "affiliation": None},
        {"id": "idris-valcourt", "name": "Idris Valcourt", "kind": "person", "named": True, "aliases": ["Valcourt"],
         "descriptors": ["chairman"], "affiliation": "orlan-council"},
        {"id": "kestarian-diplomat", "name": "Kestarian diplomat", "kind": "person", "named": False, "aliases": [],
         "descriptors": [], "affiliation": "kestaria"},
    ],
    "interactions": [
        {"type": "message", "source": "kestaria", "target": "orlan-council", "via": ["lutes-brannoch"],
         "count": {"value": 12, "qualifier": "over"}, "time": {"text": "last month", "value": "2026-02"},
         "negated": False, "modality": "asserted",
         # one letter changed ("carryed"): found by the fuzzy match
         "evidence": {"text": "Lutes Brannoch, Merovia’s special envoy, carryed more than 12 messages between "
                              "Kestaria and the Orlan Council last month"}},
        {"type": "meet", "source": "lutes-brannoch", "target": "idris-valcourt", "via": [],
         "time": {"text": "on Friday", "value": "2026-02-27"}, "negated": False, "modality": "asserted",
         "evidence": {"text": "Brannoch met the council’s chairman, Idris Valcourt, in Port Semble on Friday."}},
        {"type": "inform", "source": None, "target": "kestaria", "via": [], "negated": True, "modality": "reported",
         "evidence": {"text": "the government in Tarvel had not been informed of the meeting in advance"}},
        {"type": "reject", "source": "kestaria", "target": None, "via": [], "negated": False, "modality": "asserted",
         "time": {"text": "in January", "value": "2026-01"},
         "evidence": {"text": "Kestaria rejected an earlier proposal in January"}},
    ],
    "claims": [
        # other case and spacing than the text: found by the normalised match
        {"speaker": "idris-valcourt", "cue": "told", "direct": True,
         "content": "we are closer than  we have ever been",
         "evidence": {"text": "“We are closer than we have ever been,” Valcourt told reporters after the meeting."}},
        {"speaker": "kestarian-diplomat", "cue": "said", "direct": False,
         "content": "the government in Tarvel had not been informed of the meeting in advance",
         "evidence": {"text": "A Kestarian diplomat said the government in Tarvel had not been informed"}},
        {"speaker": "kestarian-diplomat", "cue": "said", "direct": False,
         "content": "Kestaria rejected an earlier proposal in January",
         "evidence": {"text": "Kestaria rejected an earlier proposal in January, the diplomat said."}},
    ],
}
