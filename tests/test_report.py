import json
import re

from click.testing import CliRunner
from conftest import EXAMPLE
from dossiers import build, small_dossier

from backchannel.cli import main
from backchannel.report import write_report
from backchannel.report.html import json_for_script, render_report

NASTY = '</script><script>alert(1)</script> "><img src=x onerror=alert(2)> <!-- &amp; \u2028'


def nasty_dossier():
    text = (f"The envoy {NASTY} met Colombia.\n\n"
            f"A source said \u201c{NASTY}\u201d on Monday.")
    actors = [{"id": "x<1>", "name": NASTY, "kind": "person", "aliases": ["The envoy"]},
              {"id": "colombia", "name": "Colombia", "kind": "state", "descriptors": [NASTY]},
              {"id": "src", "name": "source", "kind": "person", "named": False}]
    interactions = [{"type": "meet", "source": "x<1>", "target": "colombia", "topic": NASTY,
                     "evidence": {"text": f"The envoy {NASTY} met Colombia."}}]
    claims = [{"speaker": "src", "cue": "said", "direct": True, "content": NASTY,
               "evidence": {"text": f"A source said \u201c{NASTY}\u201d on Monday."}}]
    return build(text, "nasty", actors, interactions, claims, title=NASTY)


def data_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="bc-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_json_for_script_has_no_markup_characters():
    s = json_for_script({"t": "</script><b>&"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert json.loads(s) == {"t": "</script><b>&"}


def test_injection_stays_text():
    d = nasty_dossier()
    page = render_report(d)
    # exactly the page's own three script elements, and no tag from the article
    assert page.count("<script") == 3 and page.count("</script>") == 3
    assert "<img" not in page and "<!--" not in page
    assert "&lt;/script&gt;" in page.split("<title>")[1].split("</title>")[0]  # the title is escaped
    data = data_of(page)
    assert data["documents"][0]["text"] == d.documents[0].text  # the text itself survives intact
    assert data["actors"][0]["name"] == NASTY


def test_report_is_self_contained(tmp_path):
    out = tmp_path / "r.html"
    write_report(small_dossier(), out)
    page = out.read_text()
    assert re.search(r"<(link|img|iframe|object|embed)\b", page) is None
    assert re.search(r"<script[^>]*\bsrc=", page) is None
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "cytoscape" in page and "bc-data" in page
    data = data_of(page)
    assert set(data["views"]) == {"channels", "knowledge", "timeline", "sources", "network"}


def test_views_are_built_when_the_dossier_has_none():
    d = small_dossier()
    d.views = None
    assert data_of(render_report(d))["views"]["channels"]


def test_cli_html_for_the_example(tmp_path):
    target = tmp_path / "report.html"
    r = CliRunner().invoke(main, ["analyze", str(EXAMPLE), "--format", "json", "-o", str(tmp_path),
                                  "--html", str(target)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    data = data_of(target.read_text())
    assert data["documents"][0]["id"] == "edan-alexander-backchannel" and data["actors"]


def test_vendored_asset_and_licence_are_package_data():
    from importlib.resources import files

    pkg = files("backchannel.report")
    assert pkg.joinpath("cytoscape.min.js").read_text().startswith("/**")
    assert "Permission is hereby granted" in pkg.joinpath("cytoscape.LICENSE.txt").read_text()
