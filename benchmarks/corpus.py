"""Benchmark inputs, read at run time from ../shared (never copied into the repository).

Why at run time: the corpus articles and the PolNeAR dev texts are third-party
texts. The harness reads them from ``/work/shared`` (or ``$BACKCHANNEL_SHARED``)
and writes anything it derives from them (the JSONL files for the memory runs)
under ``benchmarks/work/``, which git ignores.
"""

from __future__ import annotations

import json
import os
import re
import statistics
from pathlib import Path

from backchannel.ingest import Item, parse_text
from backchannel.model import Document

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"


def shared_dir() -> Path:
    """The shared data folder: ``$BACKCHANNEL_SHARED``, else ../shared next to the repository, else /work/shared."""
    env = os.environ.get("BACKCHANNEL_SHARED")
    for cand in ([Path(env)] if env else []) + [HERE.parent.parent / "shared", Path("/work/shared")]:
        if (cand / "corpus").is_dir():
            return cand
    raise SystemExit("shared data not found: set BACKCHANNEL_SHARED to the folder holding corpus/ and bench/")


def words(text: str) -> int:
    """Words = whitespace-separated tokens (independent of spaCy's tokenizer, so every system is counted alike)."""
    return len(text.split())


def load_documents(limit_polnear: int | None = None) -> list[Document]:
    """The throughput set: every corpus article, then the PolNeAR dev articles (all, or the first ``limit_polnear``)."""
    root = shared_dir()
    docs = [parse_text(p.read_text(encoding="utf-8"), p.stem) for p in sorted((root / "corpus").glob("*.txt"))]
    path = root / "bench" / "polnear_dev.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if limit_polnear is not None and n >= limit_polnear:
                    break
                rec = json.loads(line)
                docs.append(Document(id=rec["id"], text=rec["text"], title=rec.get("title"),
                                     published=(rec.get("published") or "")[:10] or None,
                                     source=rec.get("publisher"), author=rec.get("author")))
    return docs


def as_items(docs: list[Document]) -> list[Item]:
    return [Item(d, d.id, d.id) for d in docs]


PARA = re.compile(r"\n\s*\n")


def paragraphs(docs: list[Document]) -> list[str]:
    return [p.strip() for d in docs for p in PARA.split(d.text) if p.strip()]


def short_texts(docs: list[Document], max_words: int) -> list[str]:
    """Short documents for the memory runs: each paragraph cut to its first ``max_words`` words."""
    out = []
    for p in paragraphs(docs):
        w = p.split()
        if len(w) >= 3:
            out.append(" ".join(w[:max_words]))
    return out


def write_stream(n: int, texts: list[str], tag: str) -> Path:
    """A JSONL file of ``n`` documents cycling ``texts``, each line with a unique id (cached under benchmarks/work/)."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"stream-{tag}-{n}.jsonl"
    if path.exists() and sum(1 for _ in path.open("rb")) == n:
        return path
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"bench-{i:06d}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def length_series(docs: list[Document]) -> list[tuple[str, Document]]:
    """Documents of growing length for the cost-growth curve: a paragraph, the median article, 3x and 10x it.

    The long ones concatenate whole articles (blank line between them) until the
    word count reaches 3x / 10x the median article's.
    """
    arts = sorted(docs, key=lambda d: words(d.text))
    med = arts[len(arts) // 2]
    med_w = words(med.text)
    paras = paragraphs(docs)
    para = sorted(paras, key=words)[len(paras) // 2]
    out = [("paragraph", Document(id="len-paragraph", text=para)), ("median article", med)]
    pool = [d for d in arts if d is not med]
    for k in (3, 10):
        parts, n, i = [med.text], med_w, 0
        while n < k * med_w:
            d = pool[(i * 7) % len(pool)]  # a spread of lengths, deterministic
            parts.append(d.text)
            n += words(d.text)
            i += 1
        out.append((f"{k}x median", Document(id=f"len-{k}x", text="\n\n".join(parts), published=med.published)))
    return out


def describe(docs: list[Document]) -> dict:
    w = [words(d.text) for d in docs]
    return {"documents": len(docs), "words": sum(w), "chars": sum(len(d.text) for d in docs),
            "median_words": statistics.median(w) if w else 0}
