import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import EXAMPLE
from dossiers import gold_dossier, small_dossier

from backchannel.cli import main
from backchannel.export import FORMATS
from backchannel.export.tables import TABLES


def render(fmt: str, d) -> str:
    buf = io.StringIO()
    FORMATS[fmt].write(d, buf)
    return buf.getvalue()


def test_all_formats_registered():
    assert {"json", "jsonl", "graphml", "gexf", "csv", "ftm"} <= set(FORMATS)
    assert FORMATS["csv"].directory and FORMATS["ftm"].streamable


def test_graphml_reads_back_with_nodes_typed_edges_and_mediated_legs(tmp_path):
    d = small_dossier()
    p = tmp_path / "g.graphml"
    p.write_text(render("graphml", d))
    g = nx.read_graphml(p, force_multigraph=True)
    assert set(g.nodes) == {a.id for a in d.actors}
    assert g.nodes["dag-halvorsen"]["kind"] == "person" and g.nodes["dag-halvorsen"]["affiliation"] == "Norway"
    assert g.nodes["government-source"]["named"] is False
    legs = {(u, v): e for u, v, e in g.edges(data=True) if e["interaction"] == "i3"}
    assert set(legs) == {("pablo-beltran", "dag-halvorsen"), ("dag-halvorsen", "ana-ruiz")}
    assert all(e["type"] == "message" and e["count"] == 3 and e["time"] == "2025-03-03" for e in legs.values())
    negated = [e for _, _, e in g.edges(data=True) if e["negated"]]
    assert [e["type"] for e in negated] == ["inform"]


def test_gexf_is_dynamic_and_reads_back(tmp_path):
    d = small_dossier()
    text = render("gexf", d)
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    p = tmp_path / "g.gexf"
    p.write_text(text)
    g = nx.read_gexf(p)
    assert g.number_of_nodes() == len(d.actors)
    assert g.nodes["norway"]["label"] == "Norway" and g.nodes["norway"]["kind"] == "state"
    dated = {e["id"]: e for _, _, e in g.edges(data=True) if "start" in e}
    assert dated["i6"]["start"] == "2025-05-01" and dated["i6"]["end"] == "2025-05-31"
    assert all(e["interaction_type"] for _, _, e in g.edges(data=True))


def test_graph_exports_of_the_gold_example(tmp_path):
    d = gold_dossier()
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        p = tmp_path / f"g.{fmt}"
        p.write_text(render(fmt, d))
        g = read(p)
        assert g.number_of_nodes() == len(d.actors)
        assert g.has_edge("khalil-al-hayya", "bishara-bahbah") and g.has_edge("bishara-bahbah", "steve-witkoff")


def test_csv_stream_has_every_table_and_parses():
    out = render("csv", small_dossier())
    sections = out.split("\n\n")
    assert [s.splitlines()[0] for s in sections] == [f"# {t}" for t in TABLES]
    tables = {s.splitlines()[0][2:]: list(csv.DictReader(io.StringIO(s.split("\n", 1)[1]))) for s in sections}
    inter = {r["id"]: r for r in tables["interactions"]}
    assert inter["i3"]["via_names"] == "Dag Halvorsen" and inter["i3"]["count"] == "3"
    assert inter["i4"]["negated"] == "True"
    (claim,) = tables["claims"]
    assert claim["anonymous"] == "True" and claim["side_name"] == "Colombia" and claim["supports"] == "i6"
    assert len(tables["actors"]) == 8 and tables["mentions"]


def test_csv_text_with_commas_quotes_and_newlines_round_trips():
    d = small_dossier()
    d.claims[0].content = 'a "quoted", comma\nand newline'
    out = render("csv", d)
    claims = out.split("# claims\n", 1)[1].split("\n\n# attributions\n", 1)[0]
    (row,) = list(csv.DictReader(io.StringIO(claims)))
    assert row["content"] == 'a "quoted", comma\nand newline'


def test_ftm_entities_validate_against_the_schema():
    from followthemoney import model

    ents = [json.loads(x) for x in render("ftm", gold_dossier()).splitlines()]
    proxies = [model.get_proxy(e) for e in ents]  # raises on an unknown schema or property
    for e in ents:  # every value survives the schema's own cleaning unchanged
        again = model.get_proxy(e, cleaned=False).to_dict()["properties"]
        assert {k: sorted(v) for k, v in again.items()} == {k: sorted(v) for k, v in e["properties"].items()}
    ids = {p.id for p in proxies}
    assert len(ids) == len(proxies)
    schemata = {p.schema.name for p in proxies}
    assert {"Article", "Person", "Organization", "PublicBody", "Membership", "Mention", "UnknownLink", "Event",
            "Note"} <= schemata
    for p in proxies:  # every entity reference points at an entity in the file
        for prop, value in p.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (p.schema.name, prop.name)
    qatar = next(p for p in proxies if p.first("name") == "Qatar")
    assert qatar.schema.name == "PublicBody" and qatar.first("jurisdiction") == "qa"
    kept_out = [p for p in proxies if p.schema.name == "UnknownLink" and p.first("role") == "not inform"]
    assert len(kept_out) == 2


def test_ftm_small_dossier_mentions_and_dates():
    from followthemoney import model

    proxies = [model.get_proxy(json.loads(x)) for x in render("ftm", small_dossier()).splitlines()]
    mentions = [p for p in proxies if p.schema.name == "Mention"]
    assert {p.first("name") for p in mentions} >= {"Norway", "Norwegian", "Havana", "Cuba"}
    links = {p.first("recordId"): p for p in proxies if p.schema.is_a("Interval")}
    assert links["i6"].first("date") == "2025-05"
    assert links["i3"].schema.name == "Event" and links["i3"].first("organizer")


@pytest.mark.parametrize("fmt,suffix", [("graphml", ".graphml"), ("gexf", ".gexf"), ("ftm", ".ftm.jsonl")])
def test_cli_writes_one_file_per_input(tmp_path, fmt, suffix):
    r = CliRunner().invoke(main, ["analyze", str(EXAMPLE), "--format", fmt, "-o", str(tmp_path)],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert (tmp_path / f"edan-alexander-backchannel{suffix}").stat().st_size > 0


def test_cli_csv_to_directory_and_stdout(tmp_path):
    r = CliRunner().invoke(main, ["analyze", str(EXAMPLE), "--format", "csv", "-o", str(tmp_path)],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    tables = {t: list(csv.DictReader((tmp_path / f"edan-alexander-backchannel.{t}.csv").open())) for t in TABLES}
    assert tables["actors"] and tables["mentions"] and tables["claims"]
    r = CliRunner().invoke(main, ["analyze", str(EXAMPLE), "--format", "csv"], catch_exceptions=False)
    assert r.exit_code == 0 and r.output.startswith("# actors\nid,name,kind")


def test_ftm_without_followthemoney_is_a_clear_error(monkeypatch):
    import sys

    import click

    monkeypatch.setitem(sys.modules, "followthemoney", None)  # import now fails
    with pytest.raises(click.ClickException, match=r"backchannel\[ftm\]"):
        render("ftm", small_dossier())


def test_dangling_ids_and_odd_offsets_do_not_break_anything():
    from backchannel.report.html import render_report
    from backchannel.views import build_views

    d = small_dossier()
    d.interactions[2].via = ["ghost"]
    d.interactions[0].source = "nobody"
    d.claims[0].speaker = "missing"
    d.actors[0].mentions[0].end = 10_000  # past the end of the text
    d.views = build_views(d)
    for fmt in ("json", "graphml", "gexf", "csv", "ftm"):
        assert render(fmt, d)
    assert "bc-data" in render_report(d)


def test_every_format_on_the_corpus(corpus_dossiers):
    from backchannel.report.html import render_report

    for stem, d in corpus_dossiers.items():
        for fmt in ("graphml", "gexf", "csv", "ftm"):
            assert render(fmt, d), (stem, fmt)
        assert "bc-data" in render_report(d)


def test_every_gold_dossier_through_views_exports_and_report(tmp_path):
    from dossiers import gold_stems
    from followthemoney import model

    from backchannel.report.html import render_report

    for stem in gold_stems():
        d = gold_dossier(stem)
        json.dumps(d.views)
        for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
            p = tmp_path / f"{stem}.{fmt}"
            p.write_text(render(fmt, d))
            assert read(p).number_of_nodes() == len(d.actors), (stem, fmt)
        for line in render("ftm", d).splitlines():
            model.get_proxy(json.loads(line))
        assert render("csv", d).count("\n# ") == len(TABLES) - 1
        assert "bc-data" in render_report(d)
