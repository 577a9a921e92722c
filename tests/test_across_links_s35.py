"""Contradictions across reports, session 35 (every text here is invented).

Rules: ``across.links.count_head`` (one counted group however each report words its noun: "12 Lorvians" /
"roughly ten wrongly held Lorvians"; "33 hostages" / "three female hostages" are a group and a part of it),
``across.links.count_others`` ("six Lorvians, along with four other Lorvians" is ten), ``across.links.count_least``
("at least 20" holds 20), ``across.links.count_about`` ("about ten" is 9 to 11), ``across.links.modality_earlier``
(a plan told as it stood before is not a plan still to come) and ``across.links.charge_rebutted`` (a charge in one
report against a statement in another that it is untrue).
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies
from backchannel.resolve.across.links import count_contradictions, told_before
from backchannel.resolve.across.passages import count_passages


def count_links(a: str, b: str) -> list[dict]:
    """The count contradictions between two one-sentence reports."""
    return count_contradictions(count_passages("r1", a) + count_passages("r2", b))


def test_a_count_with_describing_words_before_its_noun_counts_the_same_group():
    for a, b in [("Norland freed 12 Lorvians on Monday.", "Norland sent home roughly ten wrongly held Lorvians."),
                 ("The envoy said 30 messages were passed.", "Only eight secretly delivered messages reached Pell."),
                 ("Five unlawfully detained reporters were released.", "The two sides swapped twenty reporters.")]:
        assert len(count_links(a, b)) == 1, (a, b)
    # near misses: a class that picks out part of the group, or two different classes, count different groups
    for a, b in [("Pell still holds 33 hostages.", "Three female hostages were freed."),
                 ("Lorvia freed 20 opposition prisoners.", "Norland freed 10 foreign prisoners."),
                 ("Around 40 Lorvian fishermen were held.", "Norland held six Pell fishermen."),
                 ("Five detained reporters were released.", "The two sides swapped twenty reporters.")]:
        assert count_links(a, b) == [], (a, b)


def test_a_group_counted_in_two_parts_is_their_sum():
    whole = "all six Lorvians held by Pell were released, along with four other Lorvians."
    for other in ["Norland said ten Lorvians were freed.", "Officials said roughly ten Lorvians came home."]:
        assert count_links(whole, other) == [], other
    assert len(count_links(whole, "A source said 16 Lorvians were freed.")) == 1
    for whole, other in [("Pell freed two hostages and later three more hostages.", "Pell freed five hostages."),
                         ("Norland released 20 captives; two additional captives followed.", "It released 22 captives.")]:
        assert count_links(whole, other) == [], whole


def test_at_least_holds_its_own_number():
    for a, b in [("At least 20 pupils were freed.", "The 20 pupils came home on Friday."),
                 ("No fewer than 30 fishermen were held.", "The navy held 30 fishermen."),
                 ("at least 20 pupils were freed", "25 pupils were freed")]:
        assert count_links(a, b) == [], (a, b)
    assert len(count_links("At least 20 pupils were freed.", "Twelve pupils were freed.")) == 1


def test_about_allows_a_little_either_way():
    for a, b in [("Roughly ten Lorvians were freed.", "Twelve Lorvians were freed."),
                 ("About 20 messages were passed.", "Some 30 messages were passed."),
                 ("Around 300 letters were sent.", "Pell sent 240 letters.")]:
        assert len(count_links(a, b)) == 1, (a, b)
    for a, b in [("About 20 messages were passed.", "The envoy passed 21 messages."),
                 ("Around 300 prisoners were swapped.", "More than 300 prisoners were swapped."),
                 ("Nearly 50 captives were freed.", "They freed 48 captives.")]:
        assert count_links(a, b) == [], (a, b)


def test_a_plan_told_as_it_stood_before_is_no_plan_still_to_come():
    for text in ["Earlier, officials had said Norland would release the pilot",
                 "Norland had announced it would free the two captives",
                 "As previously reported, Pell will release the crew"]:
        assert told_before(" " + " ".join(text.lower().replace(",", "").split()) + " "), text
    for text in ["Norland will release the pilot next week", "officials said Pell would free the crew on Monday",
                 "Norland is expected to release the two captives"]:
        assert not told_before(" " + " ".join(text.lower().replace(",", "").split()) + " "), text


def test_a_plan_told_earlier_does_not_contradict_the_act_done():
    r1 = Report("r1", "Norland released Oskar Pell on Monday.", published="2031-05-06")
    r1.actor("a1", "Norland", kind="state")
    r1.actor("a2", "Oskar Pell")
    r1.act("i1", "release", "a1", "a2", "Norland released Oskar Pell on Monday.", time="2031-05-05")
    r2 = Report("r2", "Earlier, officials had said Norland would release Oskar Pell.", published="2031-05-07")
    r2.actor("b1", "Norland", kind="state")
    r2.actor("b2", "Oskar Pell")
    r2.act("i1", "release", "b1", "b2", "Earlier, officials had said Norland would release Oskar Pell.",
           modality="planned")
    assert not [lk for lk in resolve_dossiers([r1.d, r2.d]).links if lk["on"] == "modality" and lk["kind"] == "contradicts"]


def charged(rebuttal: str, speaker: str = "Ilse Marrow", accuser_speaks: bool = False) -> list[dict]:
    """A report charging Oskar Pell, and one carrying ``rebuttal`` said by ``speaker``."""
    r1 = Report("r1", "Lorvian prosecutors accused Oskar Pell of diverting funds from the port authority.",
                published="2031-05-04")
    r1.actor("a1", "Lorvian prosecutors", kind="group", named=False)
    r1.actor("a2", "Oskar Pell")
    r1.act("i1", "accuse", "a1", "a2", "Lorvian prosecutors accused Oskar Pell of diverting funds from the port authority.")
    text = f"Oskar Pell returned to Norland. {rebuttal}, {speaker} said."
    r2 = Report("r2", text, published="2031-05-05")
    r2.actor("b1", "Oskar Pell")
    if accuser_speaks:
        r2.actor("b2", "Lorvian prosecutors", kind="group", named=False)
    else:
        r2.actor("b2", speaker)
    r2.say("c1", "b2", rebuttal)
    res = resolve_dossiers([r1.d, r2.d])
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "content"]


def test_a_charge_and_its_rebuttal_in_another_report_contradict():
    for rebuttal in ["Oskar Pell's only crime was to buy medicine for his town",
                     "Pell is innocent of every charge",
                     "the case against Pell is baseless",
                     "Pell was targeted for his work with the fishermen"]:
        links = charged(rebuttal)
        assert len(links) == 1, rebuttal
        assert {links[0]["a"]["doc"], links[0]["b"]["doc"]} == {"r1", "r2"}


def test_no_rebuttal_without_its_words_its_party_or_another_speaker():
    for rebuttal in ["Oskar Pell was glad to be home",  # no word of rebuttal
                     "Anna Grell is innocent of every charge"]:  # another party
        assert charged(rebuttal) == [], rebuttal
    assert charged("Pell was targeted for his work", "Lorvian prosecutors", accuser_speaks=True) == []


def two_acts(first: tuple, second: tuple, extra: tuple | None = None) -> list[dict]:
    """Two reports each telling one act (type, source name, target name, time, negated); ``extra``: a second act
    in the second report. A name None leaves that end unknown."""
    out = []
    for k, acts in enumerate([[first], [second] + ([extra] if extra else [])], 1):
        text = " ".join(f"Sentence {j} of report {k} tells an act." for j in range(len(acts)))
        names = sorted({n for a in acts for n in a[1:3] if n})
        text += " " + " ".join(f"{n} is named." for n in names)
        r = Report(f"r{k}", text, published="2031-05-08")
        ids = {n: r.actor(f"a{j}", n, kind="state" if n == "Norland" else "person") for j, n in enumerate(names)}
        for j, (type_, src, tgt, when, neg) in enumerate(acts):
            r.act(f"i{j}", type_, ids.get(src), ids.get(tgt), f"Sentence {j} of report {k} tells an act.",
                  negated=neg, time=when)
        out.append(r.d)
    res = resolve_dossiers(out)
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] in ("time", "negation")]


def test_one_act_dated_two_ways_with_one_end_unnamed_contradicts():
    for first, second in [(("release", "Norland", "Oskar Pell", "2031-05-03", False),
                           ("release", "Norland", None, "2031-05-01", False)),   # whom: unnamed in one report
                          (("release", "Norland", "Oskar Pell", "2031-05-06", False),
                           ("release", None, "Oskar Pell", "2031-05-05", False)),  # who: unnamed in one report
                          (("meet", "Norland", "Ilse Marrow", "2031-05-02", False),
                           ("meet", "Norland", None, "2031-05-04", False))]:
        links = two_acts(first, second)
        assert [lk["on"] for lk in links] == ["time"], (first, second)


def test_one_act_told_and_denied_with_one_end_unnamed_contradicts():
    for first, second in [(("inform", "Norland", "Ilse Marrow", None, False), ("inform", None, "Ilse Marrow", None, True)),
                          (("mediate", "Norland", "Oskar Pell", None, True), ("mediate", "Norland", None, None, False)),
                          (("release", "Norland", "Oskar Pell", None, False), ("release", None, "Oskar Pell", None, True))]:
        links = two_acts(first, second)
        assert [lk["on"] for lk in links] == ["negation"], (first, second)


def test_no_dispute_of_one_end_when_the_acts_may_be_two():
    # weeks apart: two rounds; two different named targets; the second report tells two such acts
    assert two_acts(("release", "Norland", "Oskar Pell", "2031-05-03", False),
                    ("release", "Norland", None, "2031-04-01", False)) == []
    assert two_acts(("release", "Norland", "Oskar Pell", "2031-05-03", False),
                    ("release", "Norland", "Anna Grell", "2031-05-01", False)) == []
    assert two_acts(("release", "Norland", "Oskar Pell", "2031-05-03", False),
                    ("release", "Norland", None, "2031-05-01", False),
                    ("release", "Norland", None, "2031-05-02", False)) == []


def passive_reports(first: str, second: str, doers: tuple[str, str] = ("Norland", "Vesterland"),
                    affiliation: str | None = None) -> list[dict]:
    """Two reports on Oskar Pell, each a sentence in the passive naming a doer; the actor links on ``actor``."""
    out = []
    for k, (text, doer) in enumerate([(first, doers[0]), (second, doers[1])], 1):
        r = Report(f"r{k}", text, published=f"2031-05-0{k}")
        r.actor("a1", "Oskar Pell", mention="Oskar Pell" if "Oskar Pell" in text else "Pell")
        r.actor("a2", doer, kind="person" if " " in doer else "state",
                affiliation="a3" if affiliation and " " in doer else None)
        if affiliation and " " in doer:
            r.actor("a3", affiliation, kind="state")
        out.append(r.d)
    res = resolve_dossiers(out)
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "actor"]


def test_an_act_told_in_the_passive_with_two_doers_contradicts():
    from backchannel.resolve.across.agents import agent_passages
    for text in ["Oskar Pell was arrested in 2030 by Norland police in the port.",
                 "Pell, a trader with ties to the court, was detained on June 3, 2030, by the Norland guard.",
                 "Oskar Pell had been freed by Norland after long talks.",
                 "The two sailors were handed over by Norland on Monday."]:
        assert len(agent_passages("r", text)) == 1, text
    for text in ["Oskar Pell was praised by Norland.", "Oskar Pell arrested two men by the harbour.",
                 "Oskar Pell was arrested. By then Norland had left."]:
        assert agent_passages("r", text) == [], text
    for first, second in [("Oskar Pell was arrested in 2030 by Norland.", "Pell was arrested on 3 May 2030 by Vesterland."),
                          ("Oskar Pell was freed by Norland on Monday.", "On Monday Oskar Pell was freed by Vesterland."),
                          ("Oskar Pell was kidnapped by Norland in May.", "Pell had been kidnapped by Vesterland.")]:
        assert len(passive_reports(first, second)) == 1, (first, second)


def test_no_dispute_over_a_doer_of_one_side_or_another_act():
    # the same doer, a person acting for that state, another act, another verb's opinion
    assert passive_reports("Oskar Pell was arrested by Norland.", "Pell was arrested by Norland.",
                           ("Norland", "Norland")) == []
    assert passive_reports("Oskar Pell was arrested by Norland.", "Pell was arrested by Ilse Marrow. She serves Norland.",
                           ("Norland", "Ilse Marrow"), affiliation="Norland") == []
    assert passive_reports("Oskar Pell was arrested by Norland.", "Pell was freed by Vesterland.") == []
    assert passive_reports("Oskar Pell was praised by Norland.", "Pell was praised by Vesterland.") == []


def test_a_party_singled_out_rebuts_only_with_a_cause():
    from backchannel.resolve.across.rebuttal import rebuttal_words
    rw = rebuttal_words()
    for text in ["pell was targeted due to his work for the fishermen", "pell is persecuted for his views",
                 "pell was singled out because he spoke to the press"]:
        assert rw.rebuts(text), text
    for text in ["the convoy carrying pell was targeted near the border", "pell was punished", "pell left the court"]:
        assert not rw.rebuts(text), text


def test_a_denied_mediation_is_read_as_the_mediation_family():
    for text in ["There was no mediation in the talks", "No mediator was involved in the exchange, the ministry said",
                 "Pell never mediated between the two sides", "the talks took place without any intermediary",
                 "Norland denied that any third country was involved"]:
        assert denies(text, "mediation") and not asserts(text, "mediation"), text
    for text in ["mediation efforts continue", "there was no progress in the mediation",
                 "the mediators said there was no deal"]:
        assert not denies(text, "mediation"), text
    assert asserts("Vesterland mediated the release of the crew", "mediation")


def test_a_mediation_told_and_denied_contradicts():
    r1 = Report("r1", "Officials said the crew was freed in an exchange mediated by Vesterland.", published="2031-05-04")
    r1.actor("a1", "Vesterland", kind="state")
    r1.say("c1", None, "the crew was freed in an exchange mediated by Vesterland")
    r2 = Report("r2", "There was no mediation in the talks, the Norland minister said.", published="2031-05-05")
    r2.actor("b1", "Norland minister", named=False)
    r2.say("c1", "b1", "There was no mediation in the talks")
    links = [lk for lk in resolve_dossiers([r1.d, r2.d]).links if lk["kind"] == "contradicts"]
    assert [lk["on"] for lk in links] == ["negation"]


def mediation_reports(*told: tuple[str, list[str]]) -> list[dict]:
    """Reports each telling one go-between mediating for the parties listed (one act per party)."""
    out = []
    for k, (broker, sides) in enumerate(told, 1):
        text = f"{broker} mediated between " + " and ".join(sides) + "."
        r = Report(f"r{k}", text, published=f"2031-05-0{k}")
        r.actor("m", broker, kind="state")
        for j, side in enumerate(sides):
            r.actor(f"s{j}", side, kind="state")
            r.act(f"i{j}", "mediate", "m", f"s{j}", text)
        out.append(r.d)
    res = resolve_dossiers(out)
    return [lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "actor"]


def test_two_reports_naming_different_go_betweens_dispute_once():
    assert len(mediation_reports(("Vesterland", ["Norland", "Lorvia"]), ("Kessia", ["Norland", "Lorvia"]))) == 1
    assert len(mediation_reports(("Vesterland", ["Norland", "Lorvia"]), ("Kessia", ["Norland"]))) == 1
    assert len(mediation_reports(("Vesterland", ["Norland", "Lorvia"]), ("Kessia", ["Norland", "Lorvia"]),
                                 ("Tarsia", ["Lorvia", "Norland"]))) == 3
    # near miss: the same go-between in both reports
    assert mediation_reports(("Vesterland", ["Norland", "Lorvia"]), ("Vesterland", ["Lorvia"])) == []
