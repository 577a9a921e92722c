"""Precondition disputes, counts in attribution phrases, counts of another group, and denials under a modal.

Rules: ``across.links.precondition`` (resolve/across/precondition.py), ``across.links.count_attribution``
(countwords.attributed), ``across.links.count_told_too`` (links.told_too), ``across.links.denial_modal``
(denial.modal_noun). Every text here is invented (Lorvia, Ostrava, Pell are not real).
"""

from __future__ import annotations

from backchannel.resolve.across.denial import denies
from backchannel.resolve.across.links import count_contradictions
from backchannel.resolve.across.passages import count_passages
from backchannel.resolve.across.precondition import denies_condition, precondition_links, sets_condition, side
from backchannel.resolve.across.records import ClaimRec


def claim(content: str, doc: str = "r1", cid: str = "c1", speaker: str | None = None, direct: bool = False) -> ClaimRec:
    return ClaimRec(doc, cid, speaker, content, direct, frozenset())


def test_across_links_precondition_denials_of_several_shapes() -> None:
    for text in ["handing back the sailors cannot be a prerequisite for the Pell talks",
                 "the return of the envoys would not be considered a precondition for any summit",
                 "Lorvia said the ceasefire is not tied to the release of the fishermen",
                 "the talks should open without preconditions on the border",
                 "freeing the crew was never a condition of the negotiations",
                 "the amnesty isn't contingent on the disarmament"]:
        assert side(claim(text)) == -1, text


def test_across_links_precondition_settings_of_several_shapes() -> None:
    for text in ["the Pell talks will open only after the sailors are handed back",
                 "negotiations must start after the fishermen have been released",
                 "Ostrava will not join the summit until its envoys are freed",
                 "if the crew is not released, there will be no meeting in Pell",
                 "there will be no talks unless the blockade is lifted",
                 "unless the envoys return home, Lorvia will not sign anything",
                 "the return of the envoys has to come first, before any negotiations",
                 "any truce is contingent on the withdrawal of the Lorvian battalions",
                 "the crew should be freed before the summit opens"]:
        assert side(claim(text)) == 1, text


def test_across_links_precondition_near_misses_set_no_condition() -> None:
    for text in ["within a week after the accord is signed, the talks will begin",
                 "the Pell talks began after the envoys arrived on Monday",
                 "if the talks fail, the ceasefire will end",
                 "if asked, the minister said he would not comment",
                 "the crew was not released before the storm",
                 "the ceasefire took effect on Friday under conditions of secrecy"]:
        assert side(claim(text)) == 0, text
    # a claim telling both sides ("X says it is no condition; Y says talks only after") is neither
    both = "the release cannot be a precondition, though Ostrava says talks start only after it"
    assert denies_condition(both) and sets_condition(both) and side(claim(both)) == 0


def test_across_links_precondition_links_other_reports_and_speakers_only() -> None:
    no = claim("releasing the sailors cannot be a prerequisite for the Pell talks", "r1", "c1", "marren")
    no_long = claim("Marren repeated that releasing the sailors cannot be a prerequisite for the Pell talks at all",
                    "r1", "c2", "marren")
    yes = claim("the Pell talks will open only after the sailors are freed", "r2", "c1", "voss")
    same_side = claim("the Pell talks will open only after the sailors are freed", "r3", "c1", "marren2")
    other_topic = claim("the grain deal will be signed only after the harbour reopens", "r4", "c1", "kell")
    entity_of = {("r1", "marren"): "e1", ("r2", "voss"): "e2", ("r3", "marren2"): "e1", ("r4", "kell"): "e3"}
    links = precondition_links([no, no_long, yes, same_side, other_topic], entity_of)
    assert [(lk["a"]["doc"], lk["a"]["claim"], lk["b"]["doc"]) for lk in links] == [("r1", "c1", "r2")]
    assert links[0]["kind"] == "contradicts" and links[0]["on"] == "content"
    assert "across.links.precondition" in links[0]["note"]
    # the same two claims in one report: no link
    assert precondition_links([no, claim(yes.content, "r1", "c3", "voss")], entity_of) == []


def test_across_links_count_attribution_needs_a_speech_cue() -> None:
    said = "Officials from three ministries said the talks went on; 12 rounds of talks were held."
    assert [c.quantity.noun for c in count_passages("r1", said)] == ["rounds"]
    told = "Diplomats from four countries, speaking on condition of anonymity, described the draft."
    assert count_passages("r1", told) == []
    came = "The signing in Pell was witnessed by envoys from forty countries."
    assert [c.quantity.text for c in count_passages("r1", came)] == ["forty countries"]
    nxt = "Delegates from thirty states attended the signing. According to the host, it went well."
    assert [c.quantity.text for c in count_passages("r1", nxt)] == ["thirty states"]


def test_across_links_count_told_too_keeps_another_groups_count_apart() -> None:
    a = count_passages("r1", "The accord frees 3,000 detainees held by Lorvia and up to 400 detainees held by Ostrava.")
    b = count_passages("r2", "Lorvia is to free 3,000 detainees under the accord.")
    c = count_passages("r3", "Lorvia is to free 2,000 detainees under the accord.")
    links = count_contradictions(a + b + c)
    notes = sorted(lk["note"] for lk in links)
    # r1's 400 is another group (r1 gives 3,000 too, as r2 does); 3,000 against 2,000 is a dispute
    assert notes == ["'3,000 detainees' vs '2,000 detainees'", "'3,000 detainees' vs '2,000 detainees'"]
    assert {(lk["a"]["doc"], lk["b"]["doc"]) for lk in links} == {("r1", "r3"), ("r2", "r3")}


def test_across_links_denial_modal_a_negated_noun_under_a_modal_is_a_plan() -> None:
    for text in ["if our envoys are not freed, there will be no talks", "there would be no deal unless Pell pays",
                 "there can be no agreement without the harbour", "no talks will take place before May",
                 "Ostrava said there won't be any meeting this week"]:
        assert not any(denies(text, f) for f in ("agreement", "meeting", "talks")), text
    for text in ["there is no agreement on a truce", "no deal has been reached", "there has been no meeting since May",
                 "no deal could be reached by Friday", "she said a meeting will follow, but there is no deal yet"]:
        assert any(denies(text, f) for f in ("agreement", "meeting", "talks")), text


def test_across_links_modality_achieved_shapes() -> None:
    from backchannel.resolve.across.denial import achieved_in
    for text in ["Ostrava has not pledged to free anyone, as the accord Lorvia and the Front reached sets out",
                 "under the accord signed in Pell last week, Lorvia will hand over the sailors",
                 "the truce struck on Monday requires Lorvia to agree to monitors"]:
        assert achieved_in(text, "agree"), text
    for text in ["Lorvia and Ostrava are expected to sign a deal next week",
                 "Pell urged the two to seal a deal before May",
                 "no deal has been reached",
                 "the accord signed in Pell frees the sailors"]:  # a release: no family of the rule
        assert not achieved_in(text, "agree" if "release" not in text and "frees" not in text else "release"), text


def test_across_links_modality_achieved_keeps_a_planned_telling_that_says_the_deal_was_reached() -> None:
    from across_helpers import Report
    from backchannel.resolve.across import resolve_dossiers

    def run(later: str) -> int:
        r1 = Report("r1", "Lorvia and Ostrava agreed a truce on 2 May.", published="2031-05-02")
        r2 = Report("r2", later, published="2031-05-09")
        for r in (r1, r2):
            r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
            r.actor("ostrava", "Ostrava", kind="state", mention="Ostrava")
        r1.act("i1", "agree", "lorvia", "ostrava", "Lorvia and Ostrava agreed", time="2031-05-02")
        r2.act("i1", "agree", "lorvia", "ostrava", later.rstrip("."), modality="planned")
        res = resolve_dossiers([r1.d, r2.d])
        return len([lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "modality"])

    assert run("Lorvia and Ostrava will agree to free the sailors, as stated in the truce reached on 2 May.") == 0
    assert run("Lorvia and Ostrava will agree a truce soon, officials in Pell said.") == 1


def test_across_links_negation_condition_a_denied_condition_is_not_a_denied_act() -> None:
    from across_helpers import Report
    from backchannel.resolve.across import resolve_dossiers

    def run(denied: str) -> int:
        r1 = Report("r1", "Lorvia held talks with the Karst Front in Pell.")
        r2 = Report("r2", denied)
        for r in (r1, r2):
            r.actor("lorvia", "Lorvia", kind="state", mention="Lorvia")
            r.actor("karst-front", "Karst Front", kind="organization")
        r1.act("i1", "negotiate", "lorvia", "karst-front", "Lorvia held talks with the Karst Front")
        r2.act("i1", "negotiate", "lorvia", "karst-front", denied.rstrip("."), negated=True)
        res = resolve_dossiers([r1.d, r2.d])
        return len([lk for lk in res.links if lk["kind"] == "contradicts" and lk["on"] == "negation"])

    assert run("Lorvia said freeing the crew cannot be a precondition for talks with the Karst Front.") == 0
    assert run("Lorvia said the Karst Front talks are not tied to the release of the crew.") == 0
    assert run("Lorvia did not hold talks with the Karst Front.") == 1
    assert run("Lorvia never held talks with the Karst Front, whatever the conditions.") == 1


def test_across_links_precondition_blocked_and_capped(monkeypatch) -> None:
    """A denial meets only the settings that share a topic word, the first CAP of them, the rest counted."""
    from backchannel.resolve.across import precondition
    from backchannel.resolve.across.caps import Capped

    setters = [claim("the Pell talks will open only after the sailors are handed back", doc=f"s{k}",
                     speaker=f"p{k}") for k in range(4)]
    other = claim("the harvest fair opens only after the rains", doc="s9", speaker="p9")  # no shared topic word
    denial = claim("handing back the sailors cannot be a prerequisite for the Pell talks", doc="d1", speaker="q")
    entity_of = {(c.doc, c.speaker or ""): c.speaker or "" for c in [*setters, other, denial]}
    whole = precondition_links([denial, other, *setters], entity_of)
    assert sorted(lk["b"]["doc"] for lk in whole) == ["s0", "s1", "s2", "s3"]
    monkeypatch.setattr(precondition, "CAP", 2)
    capped = Capped()
    some = precondition_links([denial, other, *setters], entity_of, capped)
    assert sorted(lk["b"]["doc"] for lk in some) == ["s0", "s1"]
    assert (capped.blocks, capped.largest, capped.skipped) == (1, 4, 2)
