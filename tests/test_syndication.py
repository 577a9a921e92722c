"""Syndicated copies: a wire story reprinted by N outlets is stored as N-1 copies of one original,
shown by ``corpus stats``, and counted as one independent source by the cross-report layer."""

from __future__ import annotations

import duckdb
import pytest

pytest.importorskip("datasketch")

from web_store import add, rows  # noqa: E402

from backchannel.ingest import Item  # noqa: E402
from backchannel.model import Document  # noqa: E402
from backchannel.resolve.across import dupes  # noqa: E402
from backchannel.store import SCHEMA_VERSION, connect  # noqa: E402
from backchannel.store.resolve import resolve_store  # noqa: E402
from backchannel.store.stats import render, stats  # noqa: E402

WIRE = ("The Osk Coast Union met the Brenmark Council in Telmar on Tuesday for talks on freeing detained "
        "fishermen, officials from both sides said. Mira Ostrand, who leads the union's delegation, said the talks "
        "had been difficult but useful. The council released 14 fishermen on Monday as a gesture of good will, "
        "according to a statement. Further rounds are expected next month in the harbour town of Dunmere, where "
        "the shared harbour dues will be discussed by both delegations.")
OWN = ("In Telmar, the Osk Coast Union met the Brenmark Council for a second day of quiet talks on Tuesday. "
       "Tobin Vell, a council spokesman, told reporters that the mood was calm.")
OUTLETS = ["Osk Wire", "Harbour Courier", "Telmar Daily", "Dunmere Post", "Quillon Ledger"]


def wire_items() -> list[Item]:
    """The wire story as its agency ran it, then reprinted by four outlets with their own byline and tag line."""
    out = []
    for k, outlet in enumerate(OUTLETS):
        text = WIRE if not k else f"By {outlet} staff\n\n{WIRE}\n\nThis report appeared first in the {outlet} edition."
        out.append(Item(Document(id=f"w{k}", text=text, source=outlet, published=f"2025-04-0{k + 1}"), f"w{k}", f"w{k}"))
    out.append(Item(Document(id="own", text=OWN, source="Sarvia Herald", published="2025-04-03"), "own", "own"))
    return out


@pytest.fixture(scope="module")
def store(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("syn") / "s.duckdb"
    add(path, wire_items()[:2], nlp, group=2)  # the agency and a first reprint, then the rest in a later run
    add(path, wire_items()[2:], nlp, group=2)
    return path


def test_reprints_are_copies_of_the_first_story(store):
    got = rows(store, "SELECT doc, original, similarity FROM copies ORDER BY doc")
    assert [(d, o) for d, o, _ in got] == [("w1", "w0"), ("w2", "w0"), ("w3", "w0"), ("w4", "w0")]
    assert all(dupes.THRESHOLD <= s <= 1.0 for _, _, s in got)
    assert rows(store, "SELECT count(*) FROM minhashes")[0][0] == 6


def test_corpus_stats_shows_the_copies(store):
    con = connect(store, read_only=True)
    s = stats(con)
    con.close()
    assert (s["copies"], s["originals_copied"]) == (4, 1)
    assert s["copy_groups"] == [{"original": "w0", "source": "Osk Wire", "copies": 4,
                                 "outlets": ["Dunmere Post", "Harbour Courier", "Quillon Ledger", "Telmar Daily"]}]
    assert "copies      4 near-duplicates of 1 originals: w0 (Osk Wire) copied 4x" in render(s)


def test_a_wire_story_reprinted_by_n_outlets_is_one_independent_source(store):
    con = connect(store)
    try:
        res = resolve_store(con)
        events = con.execute("SELECT type, independent_sources FROM events ORDER BY type").fetchall()
    finally:
        con.close()
    by_type = {e["type"]: e for e in res.events}
    release, meet = by_type["release"], by_type["meet"]
    assert release["reports"] == ["w0", "w1", "w2", "w3", "w4"] and release["independent_sources"] == 1
    assert len(meet["reports"]) == 6 and meet["independent_sources"] == 2  # the wire, and the Herald's own report
    assert ("release", 1) in events and ("meet", 2) in events


def test_a_replaced_copy_is_compared_again(store, nlp, tmp_path):
    path = tmp_path / "r.duckdb"
    add(path, wire_items()[:2], nlp)
    changed = Item(Document(id="w1", text=OWN + " A different story now.", source="Harbour Courier"), "w1", "w1")
    assert add(path, [changed], nlp).replaced == 1
    assert rows(path, "SELECT count(*) FROM copies")[0][0] == 0  # no longer a copy of w0


def test_reanalysing_everything_keeps_the_same_copies(store, nlp):
    from backchannel.pipeline import analyze
    from backchannel.store import extractor_version
    from backchannel.store.writer import Writer, outdated

    before = rows(store, "SELECT doc, original FROM copies ORDER BY doc")
    con = connect(store)
    try:
        w = Writer(con, extractor_version(), group=2)
        tally = w.write(analyze(w.again(outdated(con, extractor_version(), everything=True)), nlp=nlp, batch_size=2))
    finally:
        con.close()
    assert tally.replaced == 6
    assert rows(store, "SELECT doc, original FROM copies ORDER BY doc") == before  # the original stays one


def test_a_schema_2_store_is_migrated_and_its_copies_found(nlp, tmp_path):
    path = tmp_path / "old.duckdb"
    add(path, wire_items()[:3], nlp)
    c = duckdb.connect(str(path))  # make it what schema 2 was
    for table in ("web", "minhashes", "minhash_bands", "copies"):
        c.execute(f"DROP TABLE {table}")
    c.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    c.close()
    con = connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert con.execute("SELECT doc, original FROM copies ORDER BY doc").fetchall() == [("w1", "w0"), ("w2", "w0")]
    assert con.execute("SELECT count(*) FROM web").fetchone()[0] == 0
    con.close()


def test_candidates_come_from_lsh_never_all_pairs(monkeypatch):
    sigs = {f"d{k:03}": dupes.signature(" ".join(f"w{k}x{j}" for j in range(60))) for k in range(300)}
    sigs["copy"] = sigs["d007"]
    compared: list[int] = []
    real = dupes.similarity
    monkeypatch.setattr(dupes, "similarity", lambda a, b: (compared.append(1), real(a, b))[1])
    groups = dupes.copy_groups(sigs)
    assert groups["d007"] == groups["copy"] == "copy"  # the first id of the group stands for it
    assert sum(1 for d, g in groups.items() if d != g) == 1
    assert len(compared) < 50  # all pairs would be 45,150 comparisons
