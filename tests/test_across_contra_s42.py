"""Counts of a deal told as a plan or set out as a list, "others" added to a group, and a case's plea and charge
told in a report's own voice (rules across.links.count_own_plan, across.links.count_list_items,
across.links.count_other_pronoun, across.links.case_plea, across.links.case_charge). Every text here is invented."""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.countparts import part_starts
from backchannel.resolve.across.factcounts import fact_counts
from backchannel.resolve.across.owncounts import told_counts
from backchannel.resolve.across.recbase import ClaimRec

STATES = frozenset({"ostland", "westmark"})


def told(text: str) -> list[str]:
    r = Report("r1", text, published="2031-05-04")
    return [c.content for c in told_counts("r1", text, [], r.d, "2031-05-04", STATES)]


def sides(text: str) -> list[tuple[str | None, float, bool]]:
    return [(f.side, f.low, f.part) for f in fact_counts(ClaimRec("d", "c1", None, text, False, frozenset()), STATES)]


def contradictions(res, on: str) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links
                  if lk["kind"] == "contradicts" and lk["on"] == on)


def test_across_links_count_own_plan_reads_a_deal_told_as_what_it_will_free():
    got = told("Under the exchange, up to 30 people held in Ostland will be freed, including eight Westmarkers.")
    assert got and "eight Westmarkers" in got[-1]
    got = told("Ostland said on Monday that it will hand over 14 Westmark soldiers at the border crossing.")
    assert got and "14 Westmark soldiers" in got[-1]


def test_across_links_count_own_plan_keeps_a_guess_out():
    assert told("The exchange could see the release of up to 30 people, including eight Westmarkers.") == []
    assert told("Observers say the trade might free 40 Westmarkers held in Ostland.") == []


def test_across_links_count_list_items_reads_the_items_under_their_lead_in():
    text = ("Officials in Westmark said the trade freed:\n\nfive Westmarkers held in Ostland for a year\n\n"
            "three other Westmarkers detained at the port\n\n17 Ostlander prisoners, among them a printer\n\n"
            "The ministry gave no other details.")
    got = told(text)
    assert len(got) == 1 and got[0].startswith("Officials in Westmark said the trade freed:")
    assert got[0].endswith("among them a printer")
    counts = sides(got[0])
    assert ("westmark", 8.0, False) in counts and ("ostland", 17.0, False) in counts


def test_across_links_count_list_items_needs_a_colon_lead_in():
    text = "The ferry left at noon.\n\nfive Westmarkers held in Ostland for a year\n\nThe port stayed shut."
    assert told(text) == []
    # an item with its own act is read as before, its clause only
    text2 = "Agenda:\n\nOstland freed nine Westmarkers on Tuesday.\n\nThe talks resume in June."
    assert all(not c.startswith("Agenda") for c in told(text2))


def test_across_links_count_other_pronoun_adds_the_others_to_the_group():
    text = "among those freed are 30 Westmarkers held for years, as well as six others arrested in March"
    assert sides(text) == [("westmark", 36.0, False)]
    assert not part_starts(text, STATES)
    # a list of two kinds of people is still a list of parts
    assert part_starts("the 30 Westmarkers and two relatives flew home", STATES)


def test_across_links_count_other_pronoun_makes_two_reports_disagree():
    a = Report("r1", "Westmark officials said 30 Westmarkers and four others were freed on Friday.",
               published="2031-05-04", source="Westmark Daily")
    a.actor("westmark", "Westmark", kind="state", mention="Westmark")
    a.say("c1", "westmark", "30 Westmarkers and four others were freed on Friday")
    b = Report("r2", "Ostland said it freed 34 Westmarkers on Friday.", published="2031-05-04", source="Ostland Post")
    b.actor("ostland", "Ostland", kind="state", mention="Ostland")
    b.say("c1", "ostland", "it freed 34 Westmarkers on Friday")
    c = Report("r3", "Ostland said it freed 31 Westmarkers on Friday.", published="2031-05-04", source="Harbour Times")
    c.actor("ostland", "Ostland", kind="state", mention="Ostland")
    c.say("c1", "ostland", "it freed 31 Westmarkers on Friday")
    res = resolve_dossiers([a.d, b.d, c.d])
    pairs = contradictions(res, "count")
    assert ("r1", "r3") in pairs and ("r1", "r2") not in pairs


def charge_report(doc: str = "r1") -> Report:
    text = ("Ostland freed Anna Berg, a shipping agent, on Friday. Ostland prosecutors accused Berg of diverting "
            "$4 million from the port authority.")
    r = Report(doc, text, published="2031-05-04", source="Ostland Post")
    r.actor("berg", "Anna Berg", mention="Anna Berg")
    r.actor("prosecutors", "Ostland prosecutors", kind="group", named=False)
    r.act("i1", "accuse", "prosecutors", "berg", "Ostland prosecutors accused Berg")
    r.say("c1", "prosecutors", "Berg of diverting $4 million from the port authority")
    return r


def test_across_links_case_plea_contradicts_the_charge():
    b = Report("r2", "Anna Berg landed in Westmark on Saturday. Berg has always maintained her innocence, and she "
               "pleaded not guilty to the fraud charges last year.", published="2031-05-05", source="Westmark Daily")
    b.actor("berg", "Anna Berg", mention="Anna Berg")
    res = resolve_dossiers([charge_report().d, b.d])
    ends = [lk["b"] if lk["a"]["doc"] == "r1" else lk["a"] for lk in res.links
            if lk["kind"] == "contradicts" and lk["on"] == "content"]
    texts = sorted(b.text[e["start"]:e["end"]] for e in ends)
    assert texts == ["her innocence", "not guilty to the fraud charges last year"]


def test_across_links_case_plea_needs_a_named_person_before_it():
    b = Report("r2", "Anna Berg landed in Westmark on Saturday. The dock workers, held with her, proclaimed their "
               "innocence.", published="2031-05-05", source="Westmark Daily")
    b.actor("berg", "Anna Berg", mention="Anna Berg")
    b.actor("workers", "dock workers", kind="group", named=False, mention="The dock workers")
    res = resolve_dossiers([charge_report().d, b.d])
    assert contradictions(res, "content") == []


def _charged_passages(a: Report) -> list[str]:
    """The passages of ``a`` (a report in which Ostland charged Anna Berg) that a content contradiction links
    to a second report's claim, by Anna Berg, that she was wrongfully detained."""
    a.actor("berg", "Anna Berg", mention="Anna Berg")
    a.actor("ostland", "Ostland", kind="state", mention="Ostland")
    a.act("i1", "accuse", "ostland", "berg", "Ostland charged Anna Berg")
    b = Report("r2", "Westmark welcomed the release. Anna Berg said she was wrongfully detained.",
               published="2031-05-05", source="Westmark Daily")
    b.actor("berg", "Anna Berg", mention="Anna Berg")
    b.say("c1", "berg", "she was wrongfully detained")
    res = resolve_dossiers([a.d, b.d])
    ends = [lk[k] for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "content" for k in "ab"
            if lk[k]["doc"] == "r1" and "start" in lk[k]]
    return [a.text[e["start"]:e["end"]] for e in ends]


def test_across_links_case_charge_reads_an_office_s_charge_in_the_report_s_voice():
    a = Report("r1", "Ostland charged Anna Berg in March. The ship's owner is Berg, whom Ostland prosecutors allege "
               "diverted $4 million from the port authority.", published="2031-05-04", source="Ostland Post")
    assert _charged_passages(a) == ["diverted $4 million from the port authority"]


def test_across_links_case_charge_leaves_an_accusing_act_s_sentence_to_the_act():
    a = Report("r1", "The ship's owner is Anna Berg, whom Ostland prosecutors allege diverted $4 million from the "
               "port authority.", published="2031-05-04", source="Ostland Post")
    a.actor("berg", "Anna Berg", mention="Anna Berg")
    a.act("i1", "accuse", None, "berg", "whom Ostland prosecutors allege diverted")
    b = Report("r2", "Westmark welcomed the release. Anna Berg said she was wrongfully detained.",
               published="2031-05-05", source="Westmark Daily")
    b.actor("berg", "Anna Berg", mention="Anna Berg")
    b.say("c1", "berg", "she was wrongfully detained")
    res = resolve_dossiers([a.d, b.d])
    assert not [lk for lk in res.links if lk["on"] == "content" and any("start" in lk[k] for k in "ab")]


def test_across_links_case_charge_needs_an_accusing_office():
    a = Report("r1", "The ship's owner is Anna Berg, whom rivals accuse of diverting $4 million.",
               published="2031-05-04", source="Ostland Post")
    a.actor("berg", "Anna Berg", mention="Anna Berg")
    a.act("i1", "accuse", None, "berg", "whom rivals accuse of diverting")
    b = Report("r2", "Anna Berg said she was wrongfully detained.", published="2031-05-05", source="Westmark Daily")
    b.actor("berg", "Anna Berg", mention="Anna Berg")
    b.say("c1", "berg", "she was wrongfully detained")
    assert contradictions(resolve_dossiers([a.d, b.d]), "content") == []


def test_across_links_case_charge_needs_the_accused_named_in_its_sentence():
    # review s42 #3: the charge's sentence names another person; the accused named only before is not its topic
    a = Report("r1", "Ostland charged Anna Berg in March. Ostland prosecutors allege the money was later moved by "
               "Karl Lind, a banker who is not charged.", published="2031-05-04", source="Ostland Post")
    a.actor("berg", "Anna Berg", mention="Anna Berg")
    a.actor("lind", "Karl Lind", mention="Karl Lind")
    a.actor("ostland", "Ostland", kind="state", mention="Ostland")
    a.act("i1", "accuse", "ostland", "berg", "Ostland charged Anna Berg")
    b = Report("r2", "Westmark welcomed the release. Anna Berg said she was wrongfully detained.",
               published="2031-05-05", source="Westmark Daily")
    b.actor("berg", "Anna Berg", mention="Anna Berg")
    b.say("c1", "berg", "she was wrongfully detained")
    res = resolve_dossiers([a.d, b.d])
    assert not [lk for lk in res.links if lk["on"] == "content" and any("start" in lk[k] for k in "ab")]


def test_across_links_case_plea_of_a_co_defendant_clears_nobody_else():
    # review s42 #4: the plea is its own subject's, not the accused named in the sentence before
    b = Report("r2", "Anna Berg landed in Westmark on Saturday. Her co-defendant Karl Lind pleaded not guilty to "
               "the fraud charges.", published="2031-05-05", source="Westmark Daily")
    b.actor("berg", "Anna Berg", mention="Anna Berg")
    b.actor("lind", "Karl Lind", mention="Karl Lind")
    res = resolve_dossiers([charge_report().d, b.d])
    assert contradictions(res, "content") == []


def test_across_links_case_charge_lets_two_words_stand_before_the_verb():
    # review s42 #13: "prosecutors have also alleged" (two words of charge_between)
    a = Report("r1", "Ostland charged Anna Berg in March. The ship's owner is Berg, whom Ostland prosecutors have "
               "also alleged diverted $4 million from the port authority.", published="2031-05-04",
               source="Ostland Post")
    assert _charged_passages(a) == ["diverted $4 million from the port authority"]


def test_across_links_count_other_pronoun_needs_a_coordinator_alone():
    # review s42 #5: a clause break or another date between: the others are another group
    assert sides("Ostland freed 20 Westmarkers on Friday, but two others died in custody") == [("westmark", 20.0, False)]
    assert sides("Ostland freed 20 Westmarkers in 2019 and 12 others in 2023") == [("westmark", 20.0, False)]
    assert sides("Ostland freed 20 Westmarkers and four others on Friday") == [("westmark", 24.0, False)]
