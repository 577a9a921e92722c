"""Every door reads a report the same way: header line, line ends, byte-order mark, offsets.

Invented reports only. The doors: a file (CLI ``analyze FILE``, ``eval``, ``--corpus``, the
server's text bodies), a JSONL record (stdin, the server's JSON bodies, the store's jobs) and
the Python API ``analyze_text``; all go through ``backchannel.ingest.report.report_document``.
"""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from backchannel.ingest import Item, from_bytes, parse_text, read_file, read_jsonl
from backchannel.ingest.report import body_offset, normalize, report_document, split_header
from backchannel.pipeline import analyze_text, extract

BODY = ("Norland and Vesterland resumed talks in Kessel on Monday, mediated by Ola Brandt.\n\n"
        "The two sides reached an agreement on Tuesday to exchange prisoners, officials said.")
HEADER = " date 2031-05-14 Norland, Vesterland resume talks"


@pytest.mark.parametrize("text", [
    f"{HEADER}\n\n{BODY}",                      # the corpus form
    f"{HEADER}\n{BODY}",                        # no blank line
    f"{HEADER}\r\n\r\n{BODY}".replace("\n\nThe", "\r\n\r\nThe"),  # CRLF throughout
    f"\ufeff{HEADER}\n\n{BODY}",                # byte-order mark kept by a str reader
    f"\n\n{HEADER}\n \n\n{BODY}",               # blank lines around the header, one with a space
    f"date 2031-05-14\tNorland, Vesterland resume talks  \n\n{BODY}",  # no leading space, a tab
])
def test_header_shapes_give_the_same_split(text):
    s = split_header(text)
    assert s.header and s.published == "2031-05-14" and s.title == "Norland, Vesterland resume talks"
    assert s.body == BODY


@pytest.mark.parametrize("title", ["Talks set for 2031-06-01 in Kessel", "date 2031-06-01 talks", "Accord of May 5"])
def test_title_with_a_date_like_word_is_kept_whole(title):
    s = split_header(f" date 2031-05-14 {title}\n\n{BODY}")
    assert (s.published, s.title, s.body) == ("2031-05-14", title, BODY)


def test_header_without_title_gives_the_date():
    s = split_header(f" date 2031-05-14\n\n{BODY}")
    assert (s.published, s.title, s.body) == ("2031-05-14", None, BODY)


@pytest.mark.parametrize("text", [
    f"2031-05-14: Norland and Vesterland resumed talks.\n\n{BODY}",  # a date opening a line of text
    f"The date 2031-05-14 was set for talks.\n\n{BODY}",              # "date" inside a sentence
    f"{BODY}\n\n{HEADER}\n\nMore text.",                              # a header-like line further down
    f"Update date: 2031-05-14\n\n{BODY}",                             # not the header form
])
def test_near_misses_are_text(text):
    s = split_header(text)
    assert not s.header and s.published is None and s.body == text


def test_without_header_only_line_ends_and_mark_change():
    assert split_header(BODY).body == BODY
    assert split_header("\ufeffOne line.\r\nTwo lines.\rThree.").body == "One line.\nTwo lines.\nThree."


def test_body_offset_points_into_the_text_as_written():
    raw = f"{HEADER}\n\n{BODY}"
    doc = parse_text(raw, "r")
    k = doc.text.index("Ola Brandt")
    assert raw[body_offset(raw) + k:].startswith("Ola Brandt")
    assert body_offset(BODY) == 0
    crlf = raw.replace("\n", "\r\n")
    assert normalize(crlf)[body_offset(crlf) + k:].startswith("Ola Brandt")


def test_given_fields_win_over_the_header():
    doc, warnings = report_document(f"{HEADER}\n\n{BODY}", "r", {"published": "2031-06-02", "title": "Given"})
    assert (doc.published, doc.title, doc.text, warnings) == ("2031-06-02", "Given", BODY, [])
    doc, _ = report_document(f"{HEADER}\n\n{BODY}", "r", {"published": None, "title": ""})
    assert (doc.published, doc.title) == ("2031-05-14", "Norland, Vesterland resume talks")


def _doors(raw: str, tmp_path) -> dict[str, object]:
    """The document of ``raw`` through each reader (its id set to one value)."""
    f = tmp_path / "r.txt"
    f.write_bytes(codecs.BOM_UTF8 + raw.replace("\n", "\r\n").encode("utf-8"))
    (from_file,) = read_file(f, stem="r")
    line = json.dumps({"id": "r", "text": raw}).encode() + b"\n"
    (from_jsonl,) = read_jsonl(io.BytesIO(line), "stdin")
    found = {"file": from_file, "bytes": from_bytes(raw.encode(), "body", "r", "text"), "jsonl": from_jsonl}
    docs = {k: v.document for k, v in found.items() if isinstance(v, Item)}
    assert len(docs) == len(found)
    docs["text"] = report_document(raw, "r")[0]
    return docs


@pytest.mark.parametrize("raw", [f"{HEADER}\n\n{BODY}", BODY, f"{HEADER}\nBy Ana Lund, Kessel Courier\n\n{BODY}"])
def test_every_reader_gives_the_same_document(raw, tmp_path):
    docs = _doors(raw, tmp_path)
    assert len({repr(d) for d in docs.values()}) == 1, docs


def test_analyze_text_and_a_file_give_the_same_dossier(nlp, tmp_path):
    raw = f"{HEADER}\n\n{BODY}"
    f = tmp_path / "r.txt"
    f.write_text(raw.replace("\n", "\r\n"), encoding="utf-8")
    (item,) = read_file(f, stem="r")
    assert isinstance(item, Item)
    by_file = extract(item.document, nlp(item.document.text)).to_dict()
    by_api = analyze_text(raw, doc_id="r", nlp=nlp).to_dict()
    assert by_api == by_file
    doc = by_api["documents"][0]
    assert doc["published"] == "2031-05-14" and not doc["text"].startswith(" date")
    for actor in by_api["actors"]:
        for m in actor["mentions"]:
            assert doc["text"][m["start"]:m["end"]]  # offsets index the body
    assert not any(i.get("time") and i["time"]["text"] == "2031-05-14" for i in by_api["interactions"])


def test_server_bodies_read_like_a_file(monkeypatch):
    """``POST /v1/analyze`` as text and as JSON, and a stored job's record: the same document."""
    pytest.importorskip("fastapi")
    from backchannel.serve import analysts
    from backchannel.serve.config import Settings
    from backchannel.serve.jobs import read_record

    monkeypatch.setitem(analysts._STATE, "max_chars", 100_000)
    monkeypatch.setitem(analysts._STATE, "timeout", None)
    raw = f"{HEADER}\r\n\r\n{BODY}"
    as_text = analysts._read(raw.encode(), "text", "r")
    as_json = analysts._read(json.dumps({"id": "r", "text": raw}).encode(), "json", "r")
    line = json.dumps({"id": "r", "text": raw}).encode()
    settings = Settings(store=Path("unused"), token="t", max_chars=100_000, doc_timeout=0)
    queued = read_record(line, "job", settings)
    docs = [it.document for it in (as_text, as_json, queued) if isinstance(it, Item)]
    assert len(docs) == 3 and docs[0] == docs[1] == docs[2] == report_document(raw, "r")[0]
