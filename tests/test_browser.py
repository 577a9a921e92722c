"""The HTML report in a real browser: Playwright driving Debian's chromium (never `playwright install`).

Skips, saying why, only when chromium is not installed (`make test` installs it).
The example's screenshot goes to a temporary folder; with BACKCHANNEL_SCREENSHOT=1
(`make screenshot`) it refreshes docs/report-screenshot.png, the picture the README
shows, so that a test run never dirties the working tree.
"""

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from dossiers import small_dossier
from test_report import NASTY, nasty_dossier

from backchannel.report import write_report

pytestmark = pytest.mark.browser

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOT = ROOT / "docs" / "report-screenshot.png"


def _chromium() -> str | None:
    for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if p and Path(p).exists():
            return p
    return None


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium not found (install Debian's: apt-get install chromium; `make test` does it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def open_report(browser, tmp_path):
    pages = []

    def run(dossier, name="report.html", width=1440, height=900):
        path = tmp_path / name
        write_report(dossier, path)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.problems = []
        page.on("pageerror", lambda e: page.problems.append(f"error: {e}"))
        page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("request", lambda r: page.problems.append(f"request: {r.url}")
                if not r.url.startswith(("file:", "data:", "about:")) else None)
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready='1']", timeout=15000)
        pages.append(page)
        return page

    yield run
    for p in pages:
        p.close()


def _busiest_actor(d):
    """The actor in most interactions, then with most mentions (no names hard-coded)."""
    score = {a.id: (0, len(a.mentions)) for a in d.actors}
    for i in d.interactions:
        for x in {i.source, i.target, *i.via}:
            if x in score:
                score[x] = (score[x][0] + 1, score[x][1])
    return max(d.actors, key=lambda a: score[a.id]).id


def test_clicking_an_actor_lights_up_its_mentions(open_report):
    d = small_dossier()
    page = open_report(d)
    segs = page.locator("#article .m[data-actors~='cuba']")
    assert segs.count() == len(next(a for a in d.actors if a.id == "cuba").mentions) == 2
    segs.first.click()
    assert page.locator("#article .on-actor").count() == 2
    assert all("on-actor" in (segs.nth(k).get_attribute("class") or "") for k in range(2))
    assert "Cuba" in page.locator("#details h3").inner_text()
    # other actors' mentions stay dark
    assert "on-actor" not in (page.locator("#article .m[data-actors~='norway']").first.get_attribute("class") or "")
    assert not page.problems


def test_clicking_an_edge_shows_its_evidence_sentence(open_report):
    d = small_dossier()
    page = open_report(d)
    box = page.locator("#graph").bounding_box()
    ends = page.evaluate("""() => { const e = window.backchannel.cy().getElementById('e:i3#1');
                                    return [e.renderedSourceEndpoint(), e.renderedTargetEndpoint()]; }""")
    for t in (0.5, 0.35, 0.65, 0.25, 0.75):  # a point on the edge that no other edge crosses
        x = ends[0]["x"] + t * (ends[1]["x"] - ends[0]["x"])
        y = ends[0]["y"] + t * (ends[1]["y"] - ends[0]["y"])
        page.mouse.click(box["x"] + x, box["y"] + y)
        if "message" in page.locator("#details").inner_text():
            break
    lit = page.locator("#article .on-ev")
    assert lit.count() >= 1
    evidence = next(i for i in d.interactions if i.id == "i3").evidence.text
    assert "".join(lit.all_inner_texts()) == evidence
    assert evidence in page.locator("#details blockquote").inner_text()
    assert "Dag Halvorsen" in page.locator("#details").inner_text()


def test_timeline_channels_and_sources_render(open_report):
    page = open_report(small_dossier())
    assert page.locator("#timeline li[data-interaction]").count() == 6
    assert page.locator("#timeline .sep").inner_text().lower().startswith("undated")
    assert "Norway" in page.locator("#channels").inner_text()
    assert "was not told" in page.locator("#channels").inner_text()
    assert page.locator("#sources .badge.anon").count() == 1
    knowledge = page.locator("#knowledge").inner_text()
    assert "found out" in knowledge and "intercepted calls" in knowledge and "was not told" in knowledge
    page.locator("#sources tr[data-claim='c1']").click()
    assert page.locator("#article .on-claim").count() >= 1


def test_injection_renders_as_text(open_report):
    page = open_report(nasty_dossier())
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    assert NASTY.split(" ")[0] in page.locator("#article").inner_text()
    assert page.locator("#title").inner_text() == NASTY
    page.locator("#article .m").first.click()
    assert not page.problems  # no alert(), no script error, no request


def test_example_report_and_screenshot(open_report, example_dossier, tmp_path):
    page = open_report(example_dossier, "example.html", 1440, 960)
    assert page.locator("#article").inner_text().startswith(example_dossier.documents[0].text[:40])
    actor = _busiest_actor(example_dossier)
    segs = page.locator(f"#article .m[data-actors~='{actor}']")
    assert segs.count() >= 1
    segs.first.click()
    assert page.locator("#article .on-actor").count() == segs.count()
    page.wait_for_timeout(200)
    target = SCREENSHOT if os.environ.get("BACKCHANNEL_SCREENSHOT") == "1" else tmp_path / "shot.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    assert not page.problems


def test_nested_mentions_click_the_innermost_actor(open_report):
    from dossiers import build

    text = "A Hamas official met the envoy."
    d = build(text, "n", [{"id": "hamas", "name": "Hamas", "kind": "organization"},
                          {"id": "hamas-official", "name": "Hamas official", "kind": "person", "named": False,
                           "affiliation": "hamas"}], [], [])
    from backchannel.model import Mention

    # the builder gave "Hamas" to the longer name; add the nested mention by hand
    d.actors[0].mentions.append(Mention(doc="n", start=2, end=7, text="Hamas"))
    page = open_report(d)
    page.locator("#article .m", has_text="official").first.click()
    assert "Hamas official" in page.locator("#details h3").inner_text()
    page.locator("#article .m", has_text="Hamas").first.click()
    assert page.locator("#details h3").inner_text().startswith("Hamas") and \
        "official" not in page.locator("#details h3").inner_text()
    assert page.locator("#article .on-actor").count() == 1


def test_corpus_report_network_and_drill_down(browser, example_corpus, tmp_path):
    """The corpus report (examples/corpus, one report hostile): the network draws, the timeline and the
    disputes fill, clicking a report opens its own page; no script error, no console error, no request."""
    from conftest import CORPUS_NASTY
    from playwright.sync_api import expect

    from backchannel.report.corpus_html import write_corpus_html

    path = tmp_path / "corpus.html"
    write_corpus_html(example_corpus, path)
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"error: {e}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: problems.append(f"request: {r.url}")
            if not r.url.startswith(("file:", "data:", "about:")) else None)
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready='1']", timeout=15000)
        assert page.evaluate("window.backchannelCorpus.cy().nodes().length") >= 5
        assert page.evaluate("window.backchannelCorpus.cy().edges().length") >= 5
        assert page.locator("#graph canvas").count() >= 1
        assert page.locator("#timeline li[data-event]").count() >= 1
        assert page.locator("#timeline .outlet").count() >= 1
        assert page.locator("#disputes .dispute .side").count() >= 2
        channels = page.locator("#channels tr[data-event]")  # the corpus's channels view, one row per event
        assert channels.count() == len(example_corpus["views"]["channels"]) >= 1
        assert channels.first.locator(".outlet").count() >= 1
        assert page.locator("img").count() == 0
        assert CORPUS_NASTY in page.locator("#report-list").inner_text()
        assert page.locator("#report-view").is_hidden()
        docs = example_corpus["documents"]
        for k in (0, len(docs) - 1):  # a plain report, then the hostile one
            page.locator("#report-list tr.report").nth(k).click()
            assert page.locator("#report-view").is_visible()
            frame = page.frame_locator("#report-frame")
            expect(frame.locator("html[data-ready='1'] #title")).to_have_text(docs[k]["title"] or docs[k]["id"],
                                                                               timeout=15000)
            assert frame.locator("#article").inner_text().startswith(example_corpus["dossiers"][k]["documents"][0]["text"][:30])
            assert frame.locator("img").count() == 0
            assert frame.locator("canvas").count() >= 1  # cytoscape.js, put back from the corpus page's copy
            page.locator("#report-close").click()  # the report's page is an overlay: close it
            assert page.locator("#report-view").is_hidden()
        assert not problems, problems
    finally:
        page.close()
