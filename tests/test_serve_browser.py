"""The explorer at ``GET /`` in a real browser: Playwright driving Debian's chromium against a real server.

Search an entity and open its acts and statements, follow a dispute to both passages,
open a report's own page; no request leaves the server's origin, no script error, and
the strict Content-Security-Policy holds (no violation is reported).
"""

from __future__ import annotations


import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from serve_helpers import EXAMPLES, Server, demo_copy  # noqa: E402
from test_browser import browser  # noqa: E402,F401 - the one Playwright chromium fixture, shared

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(demo_copy(tmp_path_factory, "explorer")) as s:
        yield s


@pytest.fixture
def explorer(browser, server):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.problems = []
    page.on("pageerror", lambda e: page.problems.append(f"error: {e}"))
    page.on("console", lambda m: page.problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("request", lambda r: page.problems.append(f"request: {r.url}")
            if not r.url.startswith((server.url, "data:", "about:")) else None)
    page.goto(server.url + "/")
    page.wait_for_selector("html[data-ready='1']", timeout=15000)
    yield page
    assert page.problems == [], page.problems
    page.close()


def test_search_an_entity_and_open_its_acts_and_statements(explorer, server):
    page = explorer
    page.fill("#entity-q", "kestrel")
    page.click("#entity-search button")
    hit = page.locator("#entity-hits li.hit").first
    hit.wait_for(timeout=10000)
    entity = hit.get_attribute("data-entity")
    expected = server.client.get(f"/v1/entities/{entity}").json()
    hit.click()
    page.wait_for_selector("#details h3", timeout=10000)
    assert page.inner_text("#details h3").startswith(expected["name"])
    assert page.locator("#details ul.acts li").count() == len(expected["events"]) > 0
    assert page.locator("#details ul.statements li").count() == len(expected["statements"])
    assert page.locator("#graph canvas").count() > 0  # its network is drawn
    # an act's report opens that report's own page
    page.locator("#details ul.acts li .link").first.click()
    frame = page.frame_locator("#report-frame")
    frame.locator("html[data-ready='1']").wait_for(timeout=15000)
    assert page.is_visible("#report-view")
    page.keyboard.press("Escape")
    assert page.is_hidden("#report-view")


def test_follow_a_dispute_to_both_passages(explorer, server):
    page = explorer
    first = server.client.get("/v1/disputes", params={"limit": 1}).json()["items"][0]
    page.wait_for_selector("#disputes .dispute", timeout=10000)
    page.locator("#disputes .dispute button.follow").first.click()
    page.locator("#passages .passage mark").nth(1).wait_for(timeout=10000)  # (no wait_for_function: the CSP forbids eval)
    marks = page.locator("#passages .passage mark").all_inner_texts()
    for side, mark in zip(first["sides"], marks):
        text = server.client.get(f"/v1/documents/{side['doc']}").json()["documents"][0]["text"]
        assert mark and mark in text  # the passage, marked in the report's own words
        assert side["text"] in mark  # and it is what the dispute quotes
    page.locator("#passages .passage .link").nth(1).click()
    page.frame_locator("#report-frame").locator("html[data-ready='1']").wait_for(timeout=15000)


OSTRAVA = {p.stem for p in EXAMPLES.glob("*.txt") if "ostrava" in p.read_text().lower()}


def test_reports_are_listed_and_searched(explorer):
    from playwright.sync_api import expect

    page = explorer
    page.wait_for_selector("#report-list tr.report", timeout=10000)
    assert page.locator("#report-list tr.report").count() == 6
    page.fill("#report-q", "ostrava")
    page.click("#report-search button")
    expect(page.locator("#report-list tr.report")).to_have_count(len(OSTRAVA), timeout=10000)
    assert set(page.locator("#report-list tr.report").evaluate_all("rows => rows.map(r => r.dataset.doc)")) == OSTRAVA


NASTY = ("The Velm Assembly <script>alert('x')</script> met the <img src=x onerror=alert(1)> envoy of Quentor "
         "in \"Tovel\" & Brisk on Monday, officials said. </textarea><b>bold</b>")


def test_hostile_text_is_shown_as_text_never_run(explorer, server):
    from playwright.sync_api import expect
    from serve_helpers import auth

    page = explorer
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    job = server.client.post("/v1/documents", json={"id": "t-nasty", "title": NASTY[:60], "text": NASTY},
                             headers=auth()).json()["job"]
    for _ in range(300):
        if server.client.get(f"/v1/jobs/{job}").json()["state"] == "done":
            break
        page.wait_for_timeout(200)
    page.reload()
    page.wait_for_selector("html[data-ready='1']", timeout=15000)
    page.fill("#report-q", "velm assembly")
    page.click("#report-search button")
    row = page.locator("#report-list tr.report")
    expect(row).to_have_count(1, timeout=10000)
    assert "<script>" in row.inner_text()  # the markup is text on the page
    assert page.locator("#report-list script, #report-list img, #report-list b").count() == 0
    row.click()
    page.frame_locator("#report-frame").locator("html[data-ready='1']").wait_for(timeout=15000)
    page.wait_for_timeout(500)  # time for any injected handler to fire (none may)
