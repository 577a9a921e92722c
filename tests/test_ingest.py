import io
import json
import sys

from conftest import EXAMPLE

from backchannel.ingest import InputError, Item, parse_text, read_file, read_inputs


def test_header_line_gives_date_and_title_and_is_not_in_text():
    doc = parse_text(" date 2025-05-13 A title – report\n\nBody one.\n\nBy Jane Roe, Daily Paper\n\nBody two.", "x")
    assert doc.published == "2025-05-13"
    assert doc.title == "A title – report"
    assert doc.text.startswith("Body one.")
    assert doc.author == "Jane Roe" and doc.source == "Daily Paper"


def test_plain_text_without_header():
    doc = parse_text("Just a text.\r\nSecond line.", "y")
    assert doc.published is None and doc.title is None
    assert doc.text == "Just a text.\nSecond line."


def test_example_reads_with_byline():
    (item,) = list(read_file(EXAMPLE))
    assert isinstance(item, Item)
    d = item.document
    assert d.id == "edan-alexander-backchannel" and d.published == "2025-05-13"
    assert d.author == "Vered Weiss" and d.source == "World Israel News"


def test_html_body_title_date_author(tmp_path):
    html = """<html><head><title>Envoy meets minister</title>
    <meta name="author" content="Ann Writer"><meta property="article:published_time" content="2024-03-02">
    </head><body><nav>Home | World</nav><article><h1>Envoy meets minister</h1>
    <p>The envoy met the minister in Cairo on Friday, officials said.</p>
    <p>"We made progress," the envoy told reporters after the meeting ended late in the evening.</p>
    </article><footer>Copyright</footer></body></html>"""
    f = tmp_path / "a.html"
    f.write_text(html)
    (item,) = list(read_file(f))
    assert isinstance(item, Item), item
    d = item.document
    assert "The envoy met the minister" in d.text and "Copyright" not in d.text
    assert "\n\n" in d.text  # paragraphs stay apart
    assert d.title == "Envoy meets minister"
    assert d.published == "2024-03-02"


def test_hostile_html_is_text_not_markup(tmp_path):
    f = tmp_path / "evil.html"
    f.write_text('<html><body><article><p>Officials said the talks "><img src=x onerror=alert(1)> '
                 'resumed in Doha after a long pause between the two delegations.</p>'
                 '<script>alert(1)</script></article></body></html>')
    items = list(read_file(f))
    assert len(items) == 1
    if isinstance(items[0], Item):
        assert "alert(1)</script>" not in items[0].document.text


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a1", "text": "Talks resumed.", "published": "2024-01-02", "source": "Wire"}),
        "{not json",
        json.dumps({"id": "a3", "text": "   "}),
        json.dumps({"id": "a4"}),
        json.dumps({"id": "a5", "text": "Second story.", "title": "T"}),
    ]))
    out = list(read_file(f))
    assert [type(o).__name__ for o in out] == ["Item", "InputError", "InputError", "InputError", "Item"]
    assert out[0].document.id == "a1" and out[0].document.source == "Wire"
    assert out[1].name.endswith("batch.jsonl:2") and "invalid JSON" in out[1].reason
    assert "empty" in out[2].reason and "text" in out[3].reason


def test_directory_recursive_and_bad_files_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second report text.")
    (tmp_path / "a.txt").write_text("First report text.")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("\n\n  \n")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    out = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    names = {o.name.split("/")[-1]: o for o in out}
    assert isinstance(names["a.txt"], Item) and isinstance(names["b.txt"], Item)
    assert "binary" in names["bin.txt"].reason
    latin = names["latin.txt"]  # decoded (cp1252 stands for Latin-1), with a warning
    assert latin.document.text == "Café talks" and "cp1252" in latin.warnings[0]
    assert "empty" in names["empty.txt"].reason
    assert "no such file" in names["missing.txt"].reason
    assert "skip.png" not in names


def test_huge_document_is_refused(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text("word " * 300)
    (err,) = list(read_file(f, max_chars=1000))
    assert isinstance(err, InputError) and "too large" in err.reason


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"A plain story from stdin.")))
    (item,) = list(read_inputs(["-"]))
    assert item.document.text == "A plain story from stdin." and item.name == "<stdin>"
    data = b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [i.document.id for i in read_inputs(["-"])] == ["s1", "s2"]


def test_sentences_never_cross_a_blank_line(nlp):
    text = "The first image of the envoy. (Photo: Agency)\n\nBy Jane Roe, Daily Paper\n\nThe envoy met the minister."
    sents = [s.text.strip() for s in nlp(text).sents]
    for s in sents:
        assert "\n\n" not in s
    assert any(s.startswith("By Jane Roe") for s in sents)
