"""A generated hostile corpus: the inputs a real batch meets, and what must become of each.

Used by tests/test_hostile.py (small, in CI) and benchmarks/hostile.py (the
300+ file run of issue 10). Every document is listed in a manifest with its
expected fate: "ok" (an output must exist), "error" (an error line must name
it) or "any" (either, but never both and never neither). Nothing here comes
from a real report: texts are built from an invented word pool.
"""

from __future__ import annotations

import json
import os
import random
import zlib
from pathlib import Path

PEOPLE = ["Amara Osei", "Lin Wei", "Tomas Varga", "Nadia Haddad", "Joon-ho Park", "Elena Ruiz"]
STATES = ["Qatar", "Norway", "Egypt", "Oman", "Kenya", "Chile", "Ghana", "Peru"]
GROUPS = ["the rebels", "the Northern Front", "the union", "the militia"]
VERBS = ["met", "called", "told", "passed a message to", "hosted talks with", "urged", "accused", "informed"]
CUES = ["said", "told reporters", "according to", "claimed", "denied"]
WHEN = ["on Monday", "last week", "in March", "on 12 May 2025", "", ""]


def sentence(rng: random.Random) -> str:
    """One invented news sentence of a few shapes (acts, quotes, reported speech)."""
    a = rng.choice(PEOPLE + STATES + GROUPS)
    b = rng.choice(PEOPLE + STATES + GROUPS)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{a} {rng.choice(VERBS)} {b} {rng.choice(WHEN)}.".replace(" .", ".")
    if shape == 1:
        return f"“We will not talk to {b},” {a} {rng.choice(['said', 'told reporters'])}."
    if shape == 2:
        return f"{a} said that {b} had {rng.choice(VERBS)} {rng.choice(STATES)} {rng.choice(WHEN)}.".replace(" .", ".")
    return f"According to {a}, {b} {rng.choice(VERBS)} {rng.choice(STATES)}."


def report(rng: random.Random, sentences: int = 8) -> str:
    paras = [" ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(max(1, sentences // 3))]
    return "\n\n".join(paras) + "\n"


def _w(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def make(root: Path, random_texts: int = 40, seed: int = 7, max_chars: int = 30_000) -> dict[str, str]:
    """Write the corpus under ``root``; return {document name: expected fate}.

    Names are as the CLI reports them: the file path, or ``path:line`` for a
    JSONL line. ``max_chars`` is the limit the run will use (--max-chars).
    """
    rng = random.Random(seed)
    fate: dict[str, str] = {}

    def put(rel: str, data: bytes | str, expect: str) -> None:
        _w(root / rel, data)
        fate[str(root / rel)] = expect

    for i in range(random_texts):
        put(f"random/r{i:03d}.txt", report(rng, rng.randint(2, 12)), "ok")
    # binary and empty
    put("bad/random.txt", bytes(rng.randrange(256) for _ in range(4000)), "error")
    put("bad/zlib.txt", zlib.compress(b"abc " * 1000), "error")
    put("bad/png.html", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(800)), "error")
    put("bad/nul.txt", b"Qatar met Oman.\x00\x00\x00 more", "error")
    put("bad/empty.txt", b"", "error")
    put("bad/blank.txt", b" \n\n\t \n", "error")
    put("bad/empty.html", b"<html><body><script>var a=1;</script></body></html>", "error")
    # encodings
    text = report(rng, 4)
    put("enc/utf16-bom.txt", text.encode("utf-16"), "ok")
    put("enc/utf16le.txt", text.encode("utf-16-le"), "ok")
    put("enc/utf16be.txt", text.encode("utf-16-be"), "ok")
    put("enc/utf32.txt", text.encode("utf-32"), "ok")
    put("enc/utf8-bom.txt", b"\xef\xbb\xbf" + text.encode(), "ok")
    put("enc/latin1.txt", ("Le président de l'Égypte a reçu " + text).encode("latin-1", "replace"), "ok")
    put("enc/cp1252.txt", ("“Talks”, he said — " + text).encode("cp1252", "replace"), "ok")
    put("enc/cp1251.txt", ("Министр заявил. " + text).encode("cp1251", "replace"), "ok")
    put("enc/crlf.txt", text.replace("\n", "\r\n"), "ok")
    # sizes: over the limit (refused before parsing), pathological runs under it
    put("size/too-long.txt", ("Qatar met Oman. " * (max_chars // 8))[: max_chars * 2], "error")
    put("size/huge.html", "<html><body>" + "<p>Qatar met Oman.</p>" * (max_chars // 3) + "</body></html>", "error")
    for name, run in [("equals", "="), ("quotes", '"'), ("parens", "("), ("emoji", "😀"), ("dots", ".")]:
        put(f"size/run-{name}.txt", "Qatar met Oman. " + run * (max_chars // 2 - 20) + " Egypt said so.", "ok")
    put("size/one-word.txt", "a" * (max_chars - 10), "ok")
    put("size/no-space-symbols.txt", "".join(rng.choice("=-*#@!?<>[]{}") for _ in range(max_chars // 2)), "ok")
    # HTML: nested, malformed, hostile
    put("html/nested.html", "<html><body>" + "<div>" * 10000 + f"<p>{text}</p>" + "</div>" * 10000 + "</body></html>",
        "ok")
    put("html/malformed.html", f"<html><body><p>{text}<b><i></p></b><div>more {text}<table><tr><td>x", "ok")
    xss = '<script>alert(1)</script><img src=x onerror=alert(2)> “<b>Hi</b>,” Qatar said.'
    put("html/xss.html", f"<html><head><title>{xss}</title></head><body><article><p>{text}</p><p>{xss}</p>"
                         f"</article></body></html>", "ok")
    put("html/xss-text.txt", f"{text}\n\n{xss}\n", "ok")
    # names that collide, or that are unsafe
    for rel in ("names/a/x.txt", "names/b/x.txt", "names/A/X.txt", "names/x.TXT"):
        put(rel, report(rng, 3), "ok")
    for rel in ("names/[red]markup.txt", "names/sp ace é.txt", "names/-dash.txt", "names/" + "long" * 40 + ".txt"):
        put(rel, report(rng, 3), "ok")
    _jsonl(root, rng, fate, max_chars)
    _links(root, fate)
    return fate


def _jsonl(root: Path, rng: random.Random, fate: dict[str, str], max_chars: int) -> None:
    lines: list[tuple[str, str]] = [
        (json.dumps({"id": "j1", "text": report(rng, 3), "title": 1}), "ok"),
        (json.dumps({"id": "j2", "text": report(rng, 3), "title": ["a", "b"], "published": "2024-13-45"}), "ok"),
        (json.dumps({"id": "a/b", "text": report(rng, 3)}), "ok"),
        (json.dumps({"id": "a_b", "text": report(rng, 3)}), "ok"),
        (json.dumps({"id": "dup", "text": report(rng, 3)}), "ok"),
        (json.dumps({"id": "dup", "text": report(rng, 3), "url": {"x": 1}}), "ok"),
        (json.dumps({"id": None, "text": report(rng, 2), "published": 20240101}), "ok"),
        (json.dumps({"id": "../../etc/passwd", "text": report(rng, 2)}), "ok"),
        (json.dumps({"id": "nul", "text": "x" * 5, "source": True}), "ok"),
        ('{"id": "broken", "text": "unterminated', "error"),
        (json.dumps(["not", "an", "object"]), "error"),
        (json.dumps({"id": "notext"}), "error"),
        (json.dumps({"id": "numtext", "text": 42}), "error"),
        (json.dumps({"id": "blank", "text": "   "}), "error"),
        (json.dumps({"id": "toolong", "text": "Qatar met Oman. " * (max_chars // 8)}), "error"),
        ("\xff\xfe not utf8 {", "error"),
    ]
    path = root / "jsonl" / "batch.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        for n, (line, expect) in enumerate(lines, 1):
            fh.write(line.encode("latin-1") if line.startswith("\xff") else line.encode("utf-8"))
            fh.write(b"\n")
            fate[f"{path}:{n}"] = expect


def _links(root: Path, fate: dict[str, str]) -> None:
    """A symbolic link loop and a broken link inside the tree (never followed, never fatal)."""
    loop = root / "links"
    loop.mkdir(parents=True, exist_ok=True)
    try:
        os.symlink(loop, loop / "self")
        os.symlink(root / "nowhere.txt", loop / "broken.txt")
    except OSError:  # file systems without symbolic links: nothing to test
        return
    fate[str(loop / "broken.txt")] = "error"
