"""The in-memory read side of ``backchannel serve`` against the store it mirrors.

Text search answers through a word index; these check it finds exactly the rows
DuckDB's ``contains`` on lowered title and text finds (the SQL the routes ran
before), and that a write announced by the job runner reaches the next snapshot.
"""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("fastapi")

from backchannel.serve import queries  # noqa: E402
from backchannel.serve.corpus import Views  # noqa: E402
from backchannel.store import connect  # noqa: E402

#: Invented reports (made-up towns, parties and outlets).
DOCS = [("r1", "Talks in Vell", "2031-06-02", "Amberg Courier", "Envoys of Pravo met the Kolm Movement in Vell."),
        ("r2", None, "2031-06-01", "Ostin Wire", "The KOLM movement denied any talks; 100% of claims were false."),
        ("r3", "Ceasefire_draft", None, "Ostin Wire", "A draft circulated in Lunde, said Runa Falk."),
        ("r4", "Quiet week", "2031-06-03", None, "Nothing moved between Hallin and Dremmel.")]
QUERIES = ["kolm", "KOLM MOV", "movement denied", "100%", "%", "_draft", "draft", "vell", "ll", "ü", "runa falk",
           "e", "zzz", "Talks", "ceasefire"]


def add(con, rows) -> None:  # noqa: ANN001
    for i, title, published, source, text in rows:
        con.execute("INSERT INTO documents (id, content_hash, text_hash, title, published, source, text, "
                    "extractor_version, added_at, dossier) VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, ?, 'test', ?, '{}')",
                    [i, i, i, title, published, source, text, datetime(2031, 6, 5)])


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "s.duckdb", create=True)
    add(con, DOCS)
    yield con
    con.close()


@pytest.mark.parametrize("q", QUERIES)
def test_search_finds_what_duckdb_contains_finds(con, q) -> None:
    corpus = Views().refresh(con.cursor())
    page = queries.documents(corpus, None, None, None, q, 50, 0)
    expected = [i for (i,) in con.execute(
        "SELECT id FROM documents WHERE contains(lower(coalesce(title, '')), lower(?)) OR contains(lower(text), lower(?)) "
        "ORDER BY published NULLS LAST, id", [q, q]).fetchall()]
    assert [d["id"] for d in page["items"]] == expected
    assert page["total"] == len(expected)


def test_filters_keep_sql_meaning(con) -> None:
    corpus = Views().refresh(con.cursor())
    ids = lambda page: [d["id"] for d in page["items"]]  # noqa: E731
    assert ids(queries.documents(corpus, None, None, None, None, 50, 0)) == ["r2", "r1", "r4", "r3"]  # undated last
    assert ids(queries.documents(corpus, "Ostin Wire", None, None, None, 50, 0)) == ["r2", "r3"]
    assert ids(queries.documents(corpus, None, "2031-06-02", None, None, 50, 0)) == ["r1", "r4"]  # no date: no match
    assert ids(queries.documents(corpus, None, None, "2031-06-02", "kolm", 50, 0)) == ["r2", "r1"]
    page = queries.documents(corpus, None, None, None, None, 2, 1)
    assert ids(page) == ["r1", "r4"] and page["total"] == 4 and page["next_offset"] == 3


def test_a_write_reaches_the_next_snapshot(con) -> None:
    views = Views()
    first = views.refresh(con.cursor())
    assert not views.stale and views.refresh(con.cursor()) is first  # nothing changed: the same snapshot
    add(con, [("r5", "Kolm envoys return", "2031-06-04", "Amberg Courier", "Envoys of the Kolm Movement returned.")])
    views.changed()  # what the job runner calls after it stores a batch
    assert views.stale
    second = views.refresh(con.cursor())
    assert second is not first and second.resolution is first.resolution  # not resolved again: same resolution
    assert [d["id"] for d in queries.documents(second, None, None, None, "kolm", 50, 0)["items"]] == ["r2", "r1", "r5"]
    assert queries.documents(first, None, None, None, "kolm", 50, 0)["total"] == 2  # the old snapshot is untouched
