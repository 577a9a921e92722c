"""across.links.retell_tree: a fact retold by n reports gets n - 1 corroborations (invented claims)."""

from __future__ import annotations

from dataclasses import replace

from backchannel.resolve.across.links import retell_claims, scored_similar_claims
from backchannel.resolve.across.records import ClaimRec, content_tokens
from backchannel.resolve.across.retell import at_odds, denies, passage_of
from backchannel.resolve.across.retelltree import RULE, retell_tree


def claim(doc: str, cid: str, text: str) -> ClaimRec:
    return ClaimRec(doc, cid, None, text, True, content_tokens(text))


def kept(claims: list[ClaimRec], made: list[dict] | None = None) -> list[dict]:
    return retell_tree(made or [], scored_similar_claims(claims), passage_of([], claims))


def pairs(links: list[dict]) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in links}  # type: ignore[misc]


QUOTE = [  # one invented statement quoted by four outlets, in four shapes
    claim("r1", "c1", "the Varnish harbour accord ends the blockade of Ostrel at dawn on Friday"),
    claim("r2", "c1", "The harbour accord ends the Ostrel blockade at dawn Friday, the Varnish envoy said"),
    claim("r3", "c1", "the accord on Varnish harbour will end the blockade of Ostrel by Friday dawn"),
    claim("r4", "c2", "Ostrel's blockade ends at dawn on Friday under the harbour accord"),
]
OTHER = [  # a second, unrelated fact told by two of them
    claim("r1", "c9", "grain barges from Tellmark will be inspected by a joint customs team"),
    claim("r3", "c9", "a joint customs team is to inspect the grain barges from Tellmark"),
]


def test_retell_tree_four_retellings_give_three_links() -> None:
    every = [lk for _, lk in scored_similar_claims(QUOTE + OTHER) if lk["a"]["claim"] != "c9"]
    assert len(every) == 6  # every pair of the four retellings is similar
    out = [lk for lk in kept(QUOTE + OTHER) if lk["a"]["claim"] != "c9"]
    assert len(out) == 3
    reports = {d for lk in out for d in (lk["a"]["doc"], lk["b"]["doc"])}
    assert reports == {"r1", "r2", "r3", "r4"}  # every report still linked
    assert all(RULE in lk["note"] for lk in out)


def test_retell_tree_two_facts_each_keep_their_links() -> None:
    out = kept(QUOTE + OTHER)
    assert len(out) == 4
    assert any(lk["a"]["claim"] == "c9" and lk["b"]["claim"] == "c9" for lk in out)


def test_retell_tree_pair_already_corroborated_is_not_linked_again() -> None:
    statement = {"kind": "corroborates", "on": "content", "a": {"doc": "r1", "claim": "c1"},
                 "b": {"doc": "r2", "claim": "c1"}, "note": "the same statement"}
    out = kept(QUOTE + OTHER, [statement])
    assert len(out) == 3  # r1-r2 said by the statement; r3, r4 each joined once; c9 once
    assert ("r1", "r2") not in pairs(out)


def test_retell_tree_contradiction_does_not_stand_for_a_corroboration() -> None:
    contra = {"kind": "contradicts", "on": "count", "a": {"doc": "r1", "claim": "c1"},
              "b": {"doc": "r2", "claim": "c1"}, "note": "counts differ"}
    assert len(kept(QUOTE + OTHER, [contra])) == 4


def test_retell_tree_two_retellings_keep_their_one_link() -> None:
    out = kept(QUOTE[:2])
    assert len(out) == 1 and pairs(out) == {("r1", "r2")}


def test_retell_tree_strongest_retelling_is_kept_first() -> None:
    three = [claim("r1", "c1", "the ferry crews of Dunmark will strike from Monday over unpaid wages"),
             claim("r2", "c1", "the ferry crews of Dunmark will strike from Monday over unpaid wages"),
             claim("r3", "c1", "crews of Dunmark ferries may strike over wages")]
    out = [lk for lk in kept(three + OTHER) if lk["a"]["claim"] != "c9"]
    assert len(out) == 2
    assert ("r1", "r2") in pairs(out)  # the verbatim pair, the most similar, is one of the two


def test_two_claims_of_one_sentence_are_one_passage() -> None:
    """across.links.one_sentence: "Lorvia announced a swap with Ostrava, confirming the release of a Lorvian
    pilot" gives two claims in one sentence; another report's retelling is linked to that sentence once."""
    a1 = replace(claim("r1", "c1", "a prisoner swap with Ostrava over the pilot"), sentence=120)
    a2 = replace(claim("r1", "c2", "the release of a Lorvian pilot in return for the Ostravan sailor"), sentence=120)
    b = claim("r2", "c1", "a Lorvian pilot freed in a prisoner swap with Ostrava in return for the sailor")
    every = [lk for _, lk in scored_similar_claims([a1, a2, b])]
    assert len(every) == 2  # both claims retell r2's
    assert len(kept([a1, a2, b])) == 1
    apart = [a1, replace(a2, sentence=300), b]  # two sentences: two passages, each linked
    assert len(kept(apart)) == 2


def test_across_links_retell_tree_india_pakistan_floor(nlp) -> None:  # noqa: ANN001
    """Floor on the india-pakistan cluster (looked at for this rule; the path is named, never globbed):
    links 0.481 before across.links.retell_tree (55 retellings, 5 in the gold), 0.622 after."""
    from across_helpers import score_cluster
    from conftest import ROOT

    s = score_cluster(ROOT.parent / "freshcluster2" / "india-pakistan-ceasefire-may-2025", nlp)
    assert s["links"]["f1"] >= 0.60
    assert s["links_contradicts"]["tp"] >= 17  # contradictions are not thinned


RETOLD = [  # (report 1's claim, report 2's retelling in other words): rule across.links.retell_words
    ("Lorvia would halt its strikes", "Lorvia will stop bombing"),
    ("the rebels freed Brandt", "Brandt was released by them"),
    ("talks resumed in Tellmark", "Tellmark negotiations restarted"),
    ("a truce took hold in Varn", "the Varn ceasefire held"),
    ("Dunmark escorts vessels", "ships escorted by Dunmark"),
    ("Ostrava suspended its raids", "Ostrava halted airstrikes"),
]


def test_retellings_in_other_words_are_linked() -> None:
    for one, two in RETOLD:
        claims = [claim("r1", "c1", one), claim("r2", "c1", two), *OTHER]
        plain = [lk for _, lk in scored_similar_claims(claims) if lk["a"]["claim"] == "c1"]
        found = [lk for _, lk in scored_similar_claims(retell_claims(claims)) if lk["a"]["claim"] == "c1"]
        assert len(found) == 1, (one, two)
        assert plain == []  # one plain word in common: no retelling without the groups


def test_one_word_of_a_group_in_common_is_no_retelling() -> None:
    for one, two in [("Lorvia halted grain exports to Dunmark", "Ostrava stopped the ferry service from Kell"),
                     ("the truce holds along the Varn", "Tellmark hopes for a ceasefire in Dunmark")]:
        claims = [claim("r1", "c1", one), claim("r2", "c1", two), *OTHER]
        assert [lk for _, lk in scored_similar_claims(retell_claims(claims)) if lk["a"]["claim"] == "c1"] == []


def test_contracted_negations_deny() -> None:
    """retell.denies reads "don't" as one word ending in "n't" (straight or curly mark), so two claims that
    both deny with a contraction and with "not" can retell one fact, and "don't" against no negation cannot."""
    for text in ["They don't want to fight", "Lorvia won\u2019t sign", "we can't say", "Ostrava didn't attend",
                 "the ferry isn\u2019t sailing", "Brandt doesn\u2019t know", "Lorvia will not sign"]:
        assert denies(text), text
    for text in ["Don Brandt said the ferry sails", "Lorvia's envoy signed", "the nation\u2019s ports opened"]:
        assert not denies(text), text
    a = claim("r1", "c1", "the rebels don\u2019t want to fight anymore and the bombing will stop")
    b = claim("r2", "c1", "they don't want to fight anymore, so the bombing stops, and they will not attack ships")
    c = claim("r3", "c1", "the rebels want to fight on and the bombing will stop")
    assert at_odds(a, b) is None
    assert at_odds(a, c) == "one denies, the other not"
