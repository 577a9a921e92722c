""""In return for Y" hung on another noun of the clause (session 38, ``build._exchange_for``).

Why: "in exchange for Y" the parser hangs on a noun of the object ("released two engineers
together with the body of a fourth man in exchange for ...") was already read; "in return for Y", the
same trade, was read only on the verb. The other side's release of Y is now read in both.
Invented sentences; real state names stand in for parties, as elsewhere.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text

RULE = "interactions.build.exchange_other_release"


def releases(text: str) -> list[tuple[str | None, str | None, str]]:
    return sorted((i.source, i.target, i.rule) for i in analyze_text(text).interactions if i.type == "release")


def test_in_return_for_people_hung_on_the_object() -> None:
    got = releases("Peru confirmed the deal on Monday. The rebels have released two Chilean engineers together "
                   "with the body of a fourth man in return for some 250 fighters held in Peru.")
    assert ("peru", None, RULE) in got


def test_in_exchange_for_people_hung_on_the_object() -> None:
    got = releases("Peru confirmed the deal on Monday. The rebels have freed two Chilean engineers together "
                   "with the body of a fourth man in exchange for some 250 fighters held in Peru.")
    assert ("peru", None, RULE) in got


def test_in_return_for_a_thing_frees_nobody() -> None:
    got = releases("Peru confirmed the deal on Monday. The rebels have released two Chilean engineers together "
                   "with the body of a fourth man in return for a large sum of money.")
    assert [g for g in got if g[2] == RULE] == []


def test_bare_in_return_frees_nobody_else() -> None:
    got = releases("Peru confirmed the deal on Monday. In return, the rebels released two Chilean engineers.")
    assert [g for g in got if g[2] == RULE] == []
