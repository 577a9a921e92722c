"""No line of the repository repeats a run of seven words from a third-party report.

Why: the news reports we develop on (``../shared``, ``../freshgold*/{texts,docs}``,
``../freshcluster*/*/docs`` beside the repository) are not ours to publish. Tests and
comments must use invented sentences; copying a report's sentence and swapping its
names still republishes its wording. This test shingles every report into runs of
seven lower-cased word tokens and lists each tracked line that shares one.

The only report we may ship is the bundled ``edan-alexander-backchannel.txt`` (and its
gold), so it is neither a source nor a checked file. The reports are read from the
directories beside the repository only; the test skips when none is there (a clone
on its own) and never touches the network.

``BACKCHANNEL_TEXT_CHECK_SKIP`` (comma-separated directory names, e.g.
``freshgold5,holdout``) leaves out source directories a session must not read (blind
or held-out sets); unset, every source is read.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BESIDE = ROOT.parent
RUN = 7
BUNDLED = "edan-alexander-backchannel"
CHECKED = ("src/", "tests/", "docs/", "benchmarks/", "examples/", "README.md")

# Official names of institutions are names, not prose: a report and an invented example
# may both write them out in full (the synthetic Yemen example names the ICRC, the
# country data the OSCE). In a checked line each such name counts as one token that no
# report shares, so it breaks a run instead of making one; the words around it are still
# checked. People's names and titles do not belong here: invent them.
ALLOWED_NAMES: tuple[str, ...] = (
    "International Committee of the Red Cross",
    "Organization for Security and Co-operation in Europe",
    # the invented Niger example in examples/synthetic names the West African bloc in full
    "Economic Community of West African States",
    # a head of state's official style is a name too (the invented Congo example in
    # examples/unseen has Qatar's emir host the meeting)
    "Sheikh Tamim bin Hamad Al Thani",
)
NAME = "\0name"

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text: str) -> list[str]:
    """Lower-cased word tokens; curly apostrophes count as straight ones."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def shingles(tokens: list[str]) -> Iterator[tuple[str, ...]]:
    return (tuple(tokens[i:i + RUN]) for i in range(len(tokens) - RUN + 1))


def _skipped() -> set[str]:
    return {n.strip() for n in os.environ.get("BACKCHANNEL_TEXT_CHECK_SKIP", "").split(",") if n.strip()}


def _walk(top: Path, skip: set[str]) -> Iterator[Path]:
    """The .txt files under ``top``, never entering a directory named in ``skip``."""
    for here, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if d not in skip)
        for f in sorted(files):
            if f.endswith(".txt") and not f.startswith(BUNDLED):
                yield Path(here) / f


def source_files() -> list[Path]:
    """The third-party reports beside the repository (minus the bundled one)."""
    skip = _skipped()
    tops: list[Path] = []
    if (BESIDE / "shared").is_dir() and "shared" not in skip:
        tops.append(BESIDE / "shared")
    for d in sorted(BESIDE.iterdir()):
        if d.name in skip or not d.is_dir():
            continue
        if d.name.startswith("freshgold"):
            # older sets keep their reports in texts/, newer ones in docs/ (as the clusters do)
            tops.extend(d / sub for sub in ("texts", "docs") if (d / sub).is_dir())
        elif d.name.startswith("freshcluster"):
            tops.extend(c / "docs" for c in sorted(d.iterdir()) if c.name not in skip and (c / "docs").is_dir())
    return [p for top in tops for p in _walk(top, skip)]


def without_names(tokens: list[str]) -> list[str]:
    """``tokens`` with each allowed institution name folded into one token no report has."""
    names = [words(n) for n in ALLOWED_NAMES]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        name = next((n for n in names if tokens[i:i + len(n)] == n), None)
        out.append(NAME if name else tokens[i])
        i += len(name) if name else 1
    return out


def tracked_files() -> list[Path]:
    """The repository's tracked files under the checked folders (minus the bundled report)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--", *CHECKED], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: no list of tracked files")
    names = [n for n in out.split("\0") if n]
    return [ROOT / n for n in names
            if not (n.startswith("examples/") and Path(n).name.startswith(BUNDLED)) and (ROOT / n).is_file()]


def test_shingles_and_words():
    assert words("Norland\u2019s envoy, Ilse Varn, said: talks RESUME_soon.") == [
        "norland's", "envoy", "ilse", "varn", "said", "talks", "resume", "soon"]
    assert list(shingles(words("one two three four five six"))) == []
    assert len(list(shingles(words("one two three four five six seven eight")))) == 2


def test_an_institution_name_breaks_a_run():
    line = words("the team of the International Committee of the Red Cross met them")
    assert without_names(line) == ["the", "team", "of", "the", NAME, "met", "them"]
    assert all(NAME in g for g in shingles(without_names(line)))


def test_no_line_shares_a_seven_word_run_with_a_report():
    sources = source_files()
    if not sources:
        pytest.skip("no third-party reports beside the repository")
    # the bundled report is ours to ship, also where a cluster carries it again under
    # another name (the seed article is one of the edan-alexander-release reports)
    bundled = {g for p in (ROOT / "examples").glob(f"{BUNDLED}*.txt")
               for g in shingles(words(p.read_text(encoding="utf-8", errors="ignore")))}
    seen: dict[tuple[str, ...], Path] = {}
    for p in sources:
        for g in shingles(words(p.read_text(encoding="utf-8", errors="ignore"))):
            if g not in bundled:
                seen.setdefault(g, p)
    hits: list[str] = []
    for f in tracked_files():
        raw = f.read_bytes()
        if b"\0" in raw:
            continue  # binary
        for n, line in enumerate(raw.decode("utf-8", errors="ignore").splitlines(), 1):
            shared = next((g for g in shingles(without_names(words(line))) if g in seen), None)
            if shared is not None:
                hits.append(f"{f.relative_to(ROOT)}:{n}: \"{' '.join(shared)}\" <- {seen[shared].name}")
    assert not hits, f"{len(hits)} lines repeat a report's wording:\n" + "\n".join(hits)
