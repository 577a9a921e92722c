"""The resolver over a store: `corpus resolve` fills the cross tables, `corpus export` writes them;
a schema-1 store is migrated to schema 2 (the resolver's columns and the judgements table)."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

from conftest import ROOT
from backchannel.store import connect
from backchannel.store.schema import SCHEMA_VERSION

EXAMPLES = ROOT / "examples" / "corpus"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backchannel", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})


def test_a_schema_1_store_gets_the_resolver_tables(tmp_path):
    path = tmp_path / "old.duckdb"
    connect(path, create=True).close()
    c = duckdb.connect(str(path))  # make it what schema 1 was
    c.execute("DROP TABLE judgements")
    c.execute("ALTER TABLE events DROP COLUMN first_reported")
    c.execute("ALTER TABLE events DROP COLUMN independent_sources")
    c.execute("ALTER TABLE statements DROP COLUMN content")
    c.execute("ALTER TABLE statements DROP COLUMN kind")
    c.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    c.close()
    con = connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert "independent_sources" in [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    assert con.execute("SELECT count(*) FROM judgements").fetchone()[0] == 0
    con.close()


@pytest.mark.skipif(not EXAMPLES.exists(), reason="examples/corpus is not there")
def test_corpus_resolve_then_export(tmp_path):
    store = tmp_path / "c.duckdb"
    assert cli("corpus", "add", str(store), str(EXAMPLES), "--no-progress").returncode == 0
    r = cli("corpus", "export", str(store), "--format", "json")
    assert "corpus resolve" in r.stderr  # not resolved yet: the export says so
    r = cli("corpus", "resolve", str(store))
    assert r.returncode == 0, r.stderr
    assert "entities" in r.stderr
    r = cli("corpus", "export", str(store), "--format", "json")
    assert "corpus resolve" not in r.stderr
    data = json.loads(r.stdout)
    ids = {(d["documents"][0]["id"], a["id"]) for d in data["dossiers"] for a in d["actors"]}
    members = [(m["doc"], m["actor"]) for e in data["entities"] for m in e["members"]]
    assert sorted(members) == sorted(ids)  # every actor in exactly one entity
    assert any(len({m["doc"] for m in e["members"]}) > 1 for e in data["entities"])
    assert all(j["decision"] in {"merged", "refused", "forced", "forbidden"} for j in data["judgements"])
    for e in data["events"]:
        assert e["independent_sources"] <= len(e["reports"])
    assert set(data["views"]) == {"timeline", "disputes", "sources", "channels"}
    # resolving again replaces, never duplicates
    assert cli("corpus", "resolve", str(store)).returncode == 0
    again = json.loads(cli("corpus", "export", str(store), "--format", "json").stdout)
    assert len(again["entities"]) == len(data["entities"]) and len(again["links"]) == len(data["links"])


@pytest.mark.skipif(not EXAMPLES.exists(), reason="examples/corpus is not there")
def test_analyze_corpus_writes_the_corpus_dossier(tmp_path):
    out = tmp_path / "corpus.json"
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[different]]\nnames = ["nobody one", "nobody two"]\n')
    r = cli("analyze", "--corpus", str(EXAMPLES), "-o", str(out), "--aliases", str(aliases))
    assert r.returncode == 0, r.stderr
    assert "reports:" in r.stderr and "entities" in r.stderr
    data = json.loads(out.read_text())
    assert set(data) == {"documents", "dossiers", "entities", "events", "statements", "links", "judgements",
                         "views"}
    assert len(data["documents"]) == len(data["dossiers"]) == len(list(EXAMPLES.glob("*.txt")))
    r = cli("analyze", "--corpus", str(EXAMPLES), "-o", str(out))
    assert r.returncode != 0 and "--force" in r.stderr  # an existing output is not overwritten
    bad = tmp_path / "bad.toml"
    bad.write_text("[[same]]\nnames = 3\n")
    r = cli("analyze", "--corpus", str(EXAMPLES), "-o", str(tmp_path / "x.json"), "--aliases", str(bad))
    assert r.returncode != 0 and "[[same]] #1" in r.stderr
