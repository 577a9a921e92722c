"""A ransom a report tells in its own voice answers a denial of another report (session 32; every text here is
invented).

Rule ``across.links.denial_own_voice`` (resolve/across/denialown.py, denialscan.voiced_ends): a sentence of a
report's own voice, holding no claim and no habit, open question or modal, that tells an act of a family no
interaction type carries (a ransom paid) is a passage end ``{doc, start, end}`` a denial contradicts.
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import denialscan, resolve_dossiers
from backchannel.resolve.across.denial import asserts
from backchannel.resolve.across.denialown import own_voice


def told(text: str, spans: list[tuple[int, int]] | None = None) -> list[str]:
    return [v.text for v in own_voice("d", text, spans or []) if asserts(v.text, "payment")]


def test_own_voice_tellings_of_a_ransom_in_several_shapes():
    for text in ["It was reported that a large ransom was paid to the gunmen to free the pupils.",
                 "The family paid a ransom of two million krona for Ola Brandt.",
                 "Before the pupils were driven home, a ransom of three million krona changed hands.",
                 "The ransom was handed over in Pell on Tuesday, a week after the raid.",
                 "Ola Brandt was ransomed by his employer last spring.",
                 "Contrary to what the ministers say, the ransom money was delivered to a camp near Pell."]:
        assert told(text) == [text], text


def test_a_habit_a_question_a_guess_a_demand_or_a_denial_is_no_telling():
    for text in ["Captive pupils are often released after ransoms are paid.",
                 "It is unclear whether a ransom was paid for the pupils.",
                 "A ransom may have been paid to the gunmen.",
                 "The gunmen demanded a ransom of one million krona.",
                 "No ransom was paid for Ola Brandt, the agency reported.",
                 "If a ransom is paid, the pupils will be freed."]:
        assert told(text) == [], text


def test_a_sentence_holding_a_claim_is_the_claims():
    text = "Talks went on for weeks. Officials said a large ransom was paid to the gunmen."
    start = text.index("a large ransom")
    assert told(text, [(start, len(text) - 1)]) == []  # the officials' claim: not the report's own voice
    assert told(text) == ["Officials said a large ransom was paid to the gunmen."]  # no claim read: its own
    assert told("The ministers denied that any ransom had gone to the gunmen.") == []


def report(doc: str, text: str) -> Report:
    return outlet_report(doc, text, ("Norland",), "2031-05-04")


def passage_contradictions(res) -> set[tuple[str, str]]:
    return {(lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links
            if lk["kind"] == "contradicts" and "start" in lk["b"] and "denial_own_voice" in lk["note"]}


def test_a_denial_contradicts_a_ransom_told_in_another_reports_own_voice():
    a = report("a", "No ransom was paid for the pupils, Norland said.")
    a.say("c1", "norland", "No ransom was paid for the pupils")
    a.d.claims[-1].cue = "said"
    b = report("b", "The pupils came home at dawn. It was reported that a large ransom was paid to the gunmen.")
    c = report("c", "The pupils came home at dawn. Captive pupils are often released after ransoms are paid.")
    d = report("d", "The pupils came home at dawn. A ransom may have been paid to the gunmen.")
    res = resolve_dossiers([a.d, b.d, c.d, d.d])
    assert passage_contradictions(res) == {("a", "b")}
    link = next(lk for lk in res.links if "denial_own_voice" in lk["note"])
    assert b.d.documents[0].text[link["b"]["start"]:link["b"]["end"]].startswith("It was reported")


def told_in(text: str, published: str) -> list[str]:
    return [v.text for v in own_voice("d", text, [], published) if asserts(v.text, "payment")]


def test_background_hearsay_and_another_case_are_no_telling():
    """The reviewer's sentences and more shapes: another case, hearsay the report does not vouch for, a year
    before the report's by more than one."""
    for text in ["In a separate case in 2015, a ransom was paid for a Vesterland engineer.",
                 "Rumours that a ransom was paid circulated in Vesterland.",
                 "Reports that a ransom was paid were dismissed by Norland.",
                 "In another case, the family of Ola Brandt paid a ransom to the gunmen.",
                 "Speculation that a ransom was paid grew after the pupils came home.",
                 "A ransom of two million krona was paid for Kari Lund in 2019."]:
        assert told_in(text, "2031-05-04") == [], text


def test_a_telling_of_the_story_years_stays():
    for text in ["In 2031, a ransom was paid for the Vesterland engineer.",
                 "The ransom was paid in December 2030, a month before the pupils came home.",
                 "It was reported that a large ransom was paid to the gunmen.",
                 "A ransom was paid in 2015 money, the report said."]:  # no date of the report: no year check
        assert told_in(text, "2031-05-04" if "2015" not in text else None) == [text], text


def test_a_telling_dated_after_the_denial_is_not_what_it_denied():
    a = report("a", "No ransom was paid for the pupils, Norland said.")
    a.say("c1", "norland", "No ransom was paid for the pupils")
    a.d.claims[-1].cue = "said"
    b = report("b", "The pupils came home at dawn. A large ransom was paid to the gunmen in 2032.")
    c = report("c", "The pupils came home at dawn. A large ransom was paid to the gunmen in 2031.")
    assert passage_contradictions(resolve_dossiers([a.d, b.d, c.d])) == {("a", "c")}


def test_the_voiced_scan_counts_against_max_scan(monkeypatch):

    a = report("a", "No ransom was paid for the pupils, Norland said.")
    a.say("c1", "norland", "No ransom was paid for the pupils")
    a.d.claims[-1].cue = "said"
    others = [report(x, "The pupils came home at dawn. A large ransom was paid to the gunmen.") for x in "bcd"]
    whole = resolve_dossiers([a.d] + [o.d for o in others])
    assert whole.capped["denial"].to_dict()["largest_block"] == 3
    assert whole.capped["denial"].to_dict()["blocks_over_cap"] == 0
    monkeypatch.setattr(denialscan, "MAX_SCAN", 2)
    cut = resolve_dossiers([a.d] + [o.d for o in others])
    assert cut.capped["denial"].to_dict() == {"blocks_over_cap": 1, "largest_block": 3, "pairs_not_compared": 1}
    assert len(passage_contradictions(cut)) == 2
