"""``backchannel serve``: a real uvicorn on a free loopback port, called over HTTP with httpx.

Every /v1 route on a store of the invented demo corpus, paging and filters, the
token of the write routes, the body and reader limits, the security headers.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from serve_helpers import EXAMPLES, TOKEN, Server, auth, cli, demo_copy  # noqa: E402

MAX_CHARS = 5000
MAX_BODY = 300_000
PATHS = ["/v1/analyze", "/v1/documents", "/v1/jobs/{job_id}", "/v1/documents/{doc_id}", "/v1/entities",
         "/v1/entities/{entity_id}", "/v1/events", "/v1/timeline", "/v1/disputes", "/v1/export", "/healthz", "/readyz"]
#: Invented reports (places, parties and people made up for these tests).
NEW = [{"id": "t-tovel-1", "published": "2031-05-03", "source": "Tovel Post", "title": "Envoys meet in Tovel",
        "text": "Envoy Mara Lind of Quentor met officials of the Brask Alliance in Tovel on Friday. "
                "The Brask Alliance said it would release four prisoners, Lind told reporters."},
       {"id": "t-tovel-2", "published": "2031-05-04", "source": "Orlen Daily",
        "text": "Per Ashby, a spokesman for the Brask Alliance, denied any promise to free prisoners."}]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return demo_copy(tmp_path_factory, "serve")


@pytest.fixture(scope="module")
def server(store):
    with Server(store, "--max-chars", str(MAX_CHARS), "--max-body", str(MAX_BODY)) as s:
        yield s


def wait_job(server, job: str, seconds: float = 60) -> dict:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = server.client.get(f"/v1/jobs/{job}").json()
        if state["state"] == "done":
            return state
        time.sleep(0.2)
    raise AssertionError(f"job {job} not done: {state}")


def test_health_readiness_and_openapi(server):
    assert server.client.get("/healthz").json() == {"status": "ok"}
    ready = server.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    spec = server.client.get("/openapi.json").json()
    assert sorted(spec["paths"]) == sorted(PATHS)
    assert "bearer" in json.dumps(spec["components"]["securitySchemes"]).lower()
    docs = server.client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_documents_are_listed_paged_and_filtered(server):
    c = server.client
    everything = c.get("/v1/documents").json()
    assert everything["total"] == 6 and len(everything["items"]) == 6
    first = c.get("/v1/documents", params={"limit": 4}).json()
    rest = c.get("/v1/documents", params={"limit": 4, "offset": first["next_offset"]}).json()
    assert first["next_offset"] == 4 and rest["next_offset"] is None
    assert [d["id"] for d in first["items"] + rest["items"]] == [d["id"] for d in everything["items"]]
    wire = c.get("/v1/documents", params={"outlet": "Harbour Wire"}).json()
    assert wire["total"] == 2 and {d["source"] for d in wire["items"]} == {"Harbour Wire"}
    dates = sorted(d["published"] for d in everything["items"])
    late = c.get("/v1/documents", params={"from": dates[-1]}).json()
    assert late["total"] == dates.count(dates[-1])
    early = c.get("/v1/documents", params={"to": dates[0]}).json()
    assert early["total"] == dates.count(dates[0])
    ostrava = c.get("/v1/documents", params={"q": "OSTRAVA"}).json()
    with_word = {p.stem for p in EXAMPLES.glob("*.txt") if "ostrava" in p.read_text().lower()}
    assert {d["id"] for d in ostrava["items"]} == with_word and with_word
    assert c.get("/v1/documents", params={"q": "%"}).json()["total"] == 0  # a plain character, not a wildcard
    assert c.get("/v1/documents", params={"outlet": "x' OR '1'='1"}).json()["total"] == 0
    assert c.get("/v1/documents", params={"limit": 0}).status_code == 422
    assert c.get("/v1/documents", params={"from": "not a date"}).status_code == 422


def test_a_document_is_its_dossier_as_the_cli_writes_it(server):
    path = EXAMPLES / "r1-sarnow-courier.txt"
    expected = json.loads(cli("analyze", str(path), "--format", "json").stdout)
    stored = server.client.get("/v1/documents/r1-sarnow-courier")
    assert stored.status_code == 200 and stored.json() == expected
    analysed = server.client.post("/v1/analyze", params={"id": "r1-sarnow-courier"}, content=path.read_bytes(),
                                  headers={"Content-Type": "text/plain"})
    assert analysed.status_code == 200 and analysed.json() == expected
    graph = server.client.get("/v1/documents/r1-sarnow-courier", params={"format": "graphml"})
    assert graph.headers["content-type"].startswith("application/xml") and "<graphml" in graph.text
    page = server.client.get("/v1/documents/r1-sarnow-courier", params={"format": "html"})
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"].startswith("sandbox allow-scripts;")
    assert server.client.get("/v1/documents/no-such-doc").status_code == 404
    assert server.client.get("/v1/documents/r1-sarnow-courier", params={"format": "pdf"}).status_code == 422


def test_entities_search_and_one_entity(server):
    c = server.client
    hits = c.get("/v1/entities", params={"q": "kestrel"}).json()
    assert hits["total"] >= 1 and all("kestrel" in (e["name"] + " ".join(e["aliases"])).lower() for e in hits["items"])
    top = hits["items"][0]
    one = c.get(f"/v1/entities/{top['id']}").json()
    assert one["name"] == top["name"] and len({m["doc"] for m in one["members"]}) == top["reports"]
    assert {r["id"] for r in one["reports"]} == {m["doc"] for m in one["members"]}
    assert one["events"] and all(top["id"] in (e["source"], e["target"], *e["via"]) for e in one["events"])
    assert all(r["title"] for r in one["reports"])
    assert c.get("/v1/entities/no-such-entity").status_code == 404
    paged = c.get("/v1/entities", params={"limit": 5}).json()
    assert paged["total"] > 5 and len(paged["items"]) == 5 and paged["next_offset"] == 5


def test_events_filter_by_type_entity_and_date(server):
    c = server.client
    everything = c.get("/v1/events", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) > 0
    kind = everything["items"][0]["type"]
    typed = c.get("/v1/events", params={"type": kind, "limit": 500}).json()
    assert typed["total"] == sum(e["type"] == kind for e in everything["items"])
    who = everything["items"][0]["source"]
    involved = c.get("/v1/events", params={"entity": who, "limit": 500}).json()
    assert involved["total"] == sum(who in (e["source"], e["target"], *e["via"]) for e in everything["items"])
    dated = c.get("/v1/events", params={"from": "2031-03-05", "to": "2031-03-06", "limit": 500}).json()
    for e in dated["items"]:
        assert "2031-03-05" <= ((e["time"] or {}).get("value") or e["first_reported"]) <= "2031-03-06"


def test_timeline_and_disputes(server):
    c = server.client
    timeline = c.get("/v1/timeline").json()
    assert timeline["total"] > 0
    assert all(len(t["reports"]) > 1 for t in timeline["items"])
    assert [t["date"] for t in timeline["items"]] == sorted(t["date"] for t in timeline["items"])
    disputes = c.get("/v1/disputes").json()
    assert disputes["total"] > 0
    for d in disputes["items"]:
        assert len(d["sides"]) == 2 and all(s["doc"] and s["title"] for s in d["sides"])
    on = disputes["items"][0]["on"]
    assert {d["on"] for d in c.get("/v1/disputes", params={"on": on}).json()["items"]} == {on}


def test_export_streams_the_corpus(server):
    c = server.client
    docs = c.get("/v1/export", params={"format": "documents"})
    assert docs.headers["content-disposition"] == 'attachment; filename="corpus.documents.jsonl"'
    lines = [json.loads(x) for x in docs.text.splitlines()]
    assert len(lines) >= 6 and all(x["text"] for x in lines)
    corpus = c.get("/v1/export", params={"format": "json"}).json()
    assert {"documents", "dossiers", "entities", "events", "statements", "links"} <= set(corpus)
    assert c.get("/v1/export", params={"format": "parquet"}).status_code == 422


def test_analyze_reads_text_html_and_json_with_the_reader_limits(server):
    c = server.client
    text = NEW[0]["text"]
    as_text = c.post("/v1/analyze", content=text.encode(), headers={"Content-Type": "text/plain"}).json()
    page = f"<html><head><title>Envoys meet</title></head><body><article><p>{text}</p></article></body></html>"
    as_html = c.post("/v1/analyze", content=page.encode(), headers={"Content-Type": "text/html"}).json()
    as_json = c.post("/v1/analyze", json={"id": "j1", "text": text, "published": "2031-05-03"}).json()
    for d in (as_text, as_html, as_json):
        assert any("Brask" in (a["name"] or "") for a in d["actors"])
    assert as_json["documents"][0]["id"] == "j1" and as_json["documents"][0]["published"] == "2031-05-03"
    jsonl = c.post("/v1/analyze", params={"format": "jsonl"}, content=text.encode())
    assert jsonl.headers["content-type"].startswith("application/x-ndjson") and len(jsonl.text.splitlines()) == 1
    empty = c.post("/v1/analyze", content=b"   ")
    assert empty.status_code == 422 and empty.json()["stage"] == "read"
    long = c.post("/v1/analyze", content=("word " * (MAX_CHARS // 5 + 10)).encode())
    assert long.status_code == 422 and "document too large" in long.json()["detail"]
    assert c.post("/v1/analyze", content=b"{not json", headers={"Content-Type": "application/json"}).status_code == 422


def test_bodies_over_the_limit_get_413_declared_or_streamed(server):
    c = server.client
    huge = b"a" * (MAX_CHARS * 5 + 70_000)
    assert c.post("/v1/analyze", content=huge).status_code == 413

    def chunks():
        for _ in range(40):
            yield b"b" * 10_000

    streamed = c.post("/v1/documents", content=chunks(), headers={**auth(), "Content-Type": "application/x-ndjson"})
    assert streamed.status_code == 413 and "too large" in streamed.json()["detail"]


def test_writes_need_the_token_and_jobs_report_per_document(server):
    c = server.client
    refused = c.post("/v1/documents", json=NEW)
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    assert c.post("/v1/documents", json=NEW, headers=auth("wrong-token-" + "x" * 20)).status_code == 401
    accepted = c.post("/v1/documents", json=NEW, headers=auth())
    assert accepted.status_code == 202 and accepted.headers["location"] == f"/v1/jobs/{accepted.json()['job']}"
    done = wait_job(server, accepted.json()["job"])
    assert (done["added"], done["failed"], done["errors"]) == (2, 0, [])
    assert "corpus resolved" in done["note"]
    assert c.get("/v1/documents/t-tovel-2").json()["documents"][0]["source"] == "Orlen Daily"
    assert c.get("/v1/entities", params={"q": "brask"}).json()["total"] >= 1
    again = wait_job(server, c.post("/v1/documents", json=NEW, headers=auth()).json()["job"])
    assert again["skipped"] == 2 and again["added"] == 0
    lines = "\n".join(json.dumps(x) for x in [{"id": "t-empty", "text": " "}, {**NEW[0], "id": "t-tovel-3"}, [1]])
    mixed = c.post("/v1/documents", content=lines, headers={**auth(), "Content-Type": "application/x-ndjson"})
    assert mixed.status_code == 202 and mixed.json()["queued"] == 1
    state = wait_job(server, mixed.json()["job"])
    assert state["added"] == 1 and state["failed"] == 2
    assert [(e["name"], e["stage"]) for e in state["errors"]] == [("t-empty", "read"), ("job " + state["id"][:8] + ":3",
                                                                                       "read")]
    single = c.post("/v1/documents", json={"id": "t-long", "text": "x " * MAX_CHARS}, headers=auth())
    assert single.status_code == 422 and "document too large" in single.json()["detail"]["reason"]
    assert c.get("/v1/jobs/no-such-job").status_code == 404


def test_security_headers_and_no_cors_by_default(server):
    c = server.client
    page = c.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    api = c.get("/v1/documents", headers={"Origin": "https://elsewhere.example"})
    assert api.headers["x-content-type-options"] == "nosniff" and api.headers["referrer-policy"] == "no-referrer"
    assert "access-control-allow-origin" not in api.headers
    assert c.get("/assets/explorer.js").headers["content-type"].startswith("text/javascript")
    assert c.get("/assets/corpus_html.py").status_code == 404


def test_refuses_a_public_address_without_a_token(tmp_path):
    out = cli("serve", str(tmp_path / "s.duckdb"), "--host", "0.0.0.0")
    assert out.returncode == 1 and "not a loopback address" in out.stderr and "BACKCHANNEL_TOKEN" in out.stderr
    short = tmp_path / "token"
    short.write_text("abc\n")
    out = cli("serve", str(tmp_path / "s.duckdb"), "--host", "0.0.0.0", "--token-file", str(short))
    assert out.returncode == 1 and "too short" in out.stderr
    assert len(TOKEN) >= 16


def test_cors_only_for_the_configured_origins(tmp_path):
    import asyncio

    import httpx

    from backchannel.serve.app import create_app
    from backchannel.serve.config import Settings, is_loopback

    app = create_app(Settings(store=tmp_path / "s.duckdb", token=TOKEN, cors_origins=("https://desk.example",)))
    ask = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"}

    async def preflight(origin: str) -> httpx.Response:
        # no lifespan (no store, no workers): a CORS preflight is answered by the middleware alone
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return await client.options("/v1/documents", headers={"Origin": origin, **ask})

    allowed = asyncio.run(preflight("https://desk.example"))
    assert allowed.headers["access-control-allow-origin"] == "https://desk.example"
    other = asyncio.run(preflight("https://elsewhere.example"))
    assert "access-control-allow-origin" not in other.headers
    assert [is_loopback(h) for h in ("127.0.0.1", "::1", "localhost", "127.8.0.1", "0.0.0.0", "10.0.0.5",
                                     "example.org")] == [True, True, True, True, False, False, False]


def test_posts_that_arrive_together_are_batched_and_each_gets_its_own_answer(server):
    """Concurrent posts go to the worker as one batch (serve/batching.py): every answer must be its
    own document's, in its own format, and a bad body in the batch fails alone."""
    import asyncio

    import httpx

    bodies = [(f"b{k}", f"The Brask Alliance met Osk envoys in Telmar on day {k}, the mayor Ada Vell{k} said.")
              for k in range(8)]

    async def post_all():
        async with httpx.AsyncClient(base_url=server.url, timeout=120) as c:
            good = [c.post("/v1/analyze", params={"id": i, "format": "json" if k % 2 else "jsonl"},
                           content=t.encode()) for k, (i, t) in enumerate(bodies)]
            bad = [c.post("/v1/analyze", content=b"   "),
                   c.post("/v1/analyze", content=b"{no", headers={"Content-Type": "application/json"})]
            return await asyncio.gather(*good, *bad)

    answers = asyncio.run(post_all())
    for k, (doc_id, text) in enumerate(bodies):
        r = answers[k]
        assert r.status_code == 200
        d = r.json() if k % 2 else json.loads(r.text.splitlines()[0])
        assert d["documents"][0]["id"] == doc_id and d["documents"][0]["text"] == text
        assert all(text[m["start"]:m["end"]] == m["text"] for a in d["actors"] for m in a["mentions"])
    assert [r.status_code for r in answers[len(bodies):]] == [422, 422]
