"""Session 38's faster helpers of cross-report resolution read what the slower ones read (behaviour, not timing)."""

from __future__ import annotations

import re

from backchannel import numbers
from backchannel.resolve.across.countparts import lists, part_starts
from backchannel.resolve.across.links import dedupe
from backchannel.resolve.across.mediators import NameWords, names_overlap
from backchannel.resolve.across.quantities import number_words
from backchannel.resolve.across.sums import _lead, sums


def _slow_overlap(a: set[str], b: set[str]) -> bool:
    """The word-by-word test names_overlap replaced (session 37's _overlap)."""
    def words_of(ids: set[str]) -> set[str]:
        return {w for e in ids for w in e.split("-") if len(w) >= 2}
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
               for x in words_of(a) for y in words_of(b))


def test_names_overlap_as_word_by_word() -> None:
    cases = [({"lorvia"}, {"lorvian-envoys"}), ({"lorvian-envoys"}, {"lorvia"}), ({"kessia"}, {"vesterland"}),
             ({"the-norland-office"}, {"norl"}), ({"nor"}, {"norland"}), ({"ab-cd"}, {"cd"}),
             ({"u-s-embassy"}, {"u-s"}), (set(), {"kessia"}), ({"x"}, {"x"}), ({"castelian-delegation"}, {"castel"})]
    for a, b in cases:
        assert names_overlap(a, b) == _slow_overlap(a, b), (a, b)
        assert names_overlap(b, a) == _slow_overlap(a, b), (b, a)


def test_name_words_kept_once_per_set() -> None:
    one = NameWords.of(frozenset({"lorvia", "kessia-front"}))
    assert one is NameWords.of(frozenset({"kessia-front", "lorvia"}))
    assert "lorv" in one.heads and "lorvia" in one.heads and "lor" not in one.heads
    assert not one.meets(NameWords.of(frozenset({"vesterland"})))


def test_first_letters_lead_matches_what_the_words_match() -> None:
    nums = {"three": 3, "thirty": 30, "seven": 7, "hundred": 100}
    lead = numbers.first_letters(nums)
    assert lead == "(?=[hst])"
    assert numbers.first_letters([]) == "" and numbers.first_letters(["two", ""]) == ""
    bare = re.compile(r"\b(?:" + "|".join(sorted(nums, key=len, reverse=True)) + r")\b", re.I)
    led = re.compile(r"\b" + lead + r"(?:" + "|".join(sorted(nums, key=len, reverse=True)) + r")\b", re.I)
    for text in ["Thirty-three sailors", "the seventh day", "three hundred and seven", "SEVEN aides", "none"]:
        assert [m.span() for m in bare.finditer(text)] == [m.span() for m in led.finditer(text)]


def test_number_words_still_read_compounds() -> None:
    number = re.compile(rf"\b(?:\d[\d,]*|{number_words()})\b", re.I)
    got = [m.group(0) for m in number.finditer("Twenty-six envoys, three hundred and five guards and 1,200 aides")]
    assert got == ["Twenty-six", "three hundred and five", "1,200"]
    assert not number.search("the oneness of the often-stated aim")


def test_sum_lead_and_sums() -> None:
    assert _lead(["over", "$"]) == r"(?=[\d\$o])" and _lead(["over", ""]) == ""
    got = [q.text for q, _, _ in sums("Lorvia paid over $5 million; Kessia paid €40 and 12 euros later.")]
    assert got == ["over $5 million", "€40", "12 euros"]
    assert sums("no money changed hands") == []


def test_count_lists_read_once_but_given_fresh() -> None:
    text = "The five freed Lorvians and two of their relatives flew home. Four sailors and three detainees stayed."
    first = lists(text, frozenset({"lorvia"}))
    assert len(first) == 2 and [len(r) for r in first] == [2, 2]
    first[0].clear()  # a caller's change does not reach the next caller
    assert [len(r) for r in lists(text, frozenset({"lorvia"}))] == [2, 2]
    assert part_starts(text, frozenset({"lorvia"})) == frozenset({text.index("five"), text.index("two"),
                                                                   text.index("Four"), text.index("three")})
    assert lists("Nobody was counted. None flew.", frozenset()) == []


def test_dedupe_keeps_first_of_kind_and_unordered_ends() -> None:
    def ln(kind: str, a: str, b: str, note: str) -> dict:
        return {"kind": kind, "a": {"doc": a, "interaction": "i1"}, "b": {"doc": b, "interaction": "i1"}, "note": note}
    links = [ln("contradicts", "r1", "r2", "first"), ln("contradicts", "r2", "r1", "again, reversed"),
             ln("corroborates", "r1", "r2", "another kind"), ln("contradicts", "r1", "r3", "other ends"),
             {"kind": "contradicts", "a": {"doc": "r1", "claim": "i1"}, "b": {"doc": "r2", "interaction": "i1"},
              "note": "a claim end"}]
    assert [x["note"] for x in dedupe(links)] == ["first", "another kind", "other ends", "a claim end"]
