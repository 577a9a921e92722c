"""Who gave in, told by two sides (rule ``across.links.yield_dispute``, resolve/across/yielding.py,
data/across_yield.toml). Every text here is invented."""

from __future__ import annotations

import re

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.textspans import sentence_end, sentence_start
from backchannel.resolve.across.yielding import read_yield


def reading(text: str, claim: str, names: dict[str, str]):
    """The reading of ``claim`` inside ``text``, the actors found where ``names`` (name -> id) are written."""
    at = text.index(claim)
    mentions = sorted((m.start(), aid) for name, aid in names.items() for m in re.finditer(re.escape(name), text))
    return read_yield(text, (sentence_start(text, at), sentence_end(text, at + len(claim))), (at, at + len(claim)),
                      mentions)


NAMES = {"Lorvia": "lorvia", "Ostrava": "ostrava", "Brandt": "brandt", "the rebels": "rebels"}


def test_yieldings_told_of_several_shapes():
    for text, claim, party, to in [
            ("Brandt added the rebels \u201chave capitulated.\u201d", "have capitulated.", ("rebels",), ()),
            ("Pell was caught unaware by Brandt\u2019s capitulation to Lorvia.",
             "Pell was caught unaware by Brandt\u2019s capitulation to Lorvia", ("brandt",), ("lorvia",)),
            ("Officials said Lorvia surrendered after the siege.", "Lorvia surrendered after the siege", ("lorvia",), ()),
            ("Brandt said the capitulation by Ostrava was total.", "the capitulation by Ostrava was total",
             ("ostrava",), ()),
            ("Aides said Ostrava backed down under pressure.", "Ostrava backed down under pressure", ("ostrava",), ()),
            ("Brandt said Lorvia has given in to Ostrava.", "Lorvia has given in to Ostrava", ("lorvia",), ("ostrava",)),
            ("Ostrava has raised the white flag, Brandt said.", "Ostrava has raised the white flag", ("ostrava",), ())]:
        r = reading(text, claim, NAMES)
        assert r is not None and r.told and r.party == party and r.to == to, text


def test_yieldings_denied():
    for text, claim in [
            ("Claims by Brandt that Lorvia has surrendered are \u201cabsolutely wrong,\u201d an aide said.",
             "absolutely wrong,"),
            ("An aide said Lorvia never capitulated.", "Lorvia never capitulated"),
            ("Lorvia denied that it had backed down, its envoy said.", "Lorvia denied that it had backed down")]:
        r = reading(text, claim, NAMES)
        assert r is not None and not r.told and r.party == ("lorvia",), text


def test_near_misses_read_no_yielding():
    for text, claim in [("Think Lorvia has surrendered? Brandt asked.", "Think Lorvia has surrendered?"),
                        ("Brandt called on Lorvia to surrender at once.", "Brandt called on Lorvia to surrender at once"),
                        ("Ostrava demanded the surrender of weapons by Lorvia.",
                         "Ostrava demanded the surrender of weapons by Lorvia"),
                        ("Brandt said Lorvia would back down soon.", "Lorvia would back down soon"),
                        ("The envoy said it was absolutely wrong, Brandt added.", "it was absolutely wrong")]:
        assert reading(text, claim, NAMES) is None, text


def report(doc: str, text: str) -> Report:
    return outlet_report(doc, text, ("Lorvia", "Ostrava"), "2031-05-06")


def test_told_against_denied_and_against_the_other_side_giving_in():
    told = report("r1", "Ola Brandt of Ostrava said Lorvia \u201chas capitulated.\u201d")
    told.actor("brandt", "Ola Brandt", affiliation="ostrava")
    told.say("c1", "brandt", "has capitulated.", direct=True)
    denied = report("r2", "Claims that Lorvia has surrendered are \u201cabsolutely wrong,\u201d Ilse Marren said. "
                    "Ola Brandt said Lorvia surrendered.")
    denied.actor("marren", "Ilse Marren", affiliation="lorvia")
    denied.actor("brandt", "Ola Brandt", affiliation="ostrava")
    denied.say("c1", "marren", "absolutely wrong,", direct=True)
    denied.say("c2", "brandt", "Lorvia surrendered")  # relayed by a report that denies it: no end
    other = report("r3", "Analysts saw Ostrava\u2019s capitulation to Lorvia in the halt.")
    other.say("c1", None, "Analysts saw Ostrava\u2019s capitulation to Lorvia in the halt")
    neutral = report("r4", "Lorvia said it would never surrender its claims on the river.")
    neutral.say("c1", "lorvia", "it would never surrender its claims on the river")
    res = resolve_dossiers([told.d, denied.d, other.d, neutral.d])
    got = {(lk["a"]["doc"], lk["a"]["claim"], lk["b"]["doc"], lk["b"]["claim"]) for lk in res.links
           if "across.links.yield_dispute" in lk["note"]}
    assert got == {("r1", "c1", "r2", "c1"), ("r1", "c1", "r3", "c1")}
    assert all(lk["on"] == "content" for lk in res.links if "yield_dispute" in lk["note"])
    # the denial and the other side's capitulation agree: no link between r2 and r3
