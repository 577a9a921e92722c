"""Cross-report links: the third review of session 34's rules, mended in session 35 (every text here is invented).

Rules: ``across.links.denial`` (a refusal is no denial that an act happened), ``across.links.refusal`` (parties
compared by whole names, not one shared word). Each test holds the reviewer's sentence reworded, more shapes, and near
misses that must keep today's behaviour.
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies
from backchannel.resolve.across.refusal import other_parties


def contradictions(t1: str, t2: str) -> list[dict]:
    """The contradictions between two one-claim reports (each claim its text without its full stop)."""
    r1, r2 = Report("r1", t1, published="2031-05-04"), Report("r2", t2, published="2031-05-05")
    r1.say("c1", None, t1.rstrip("."))
    r2.say("c2", None, t2.rstrip("."))
    return [lk for lk in resolve_dossiers([r1.d, r2.d]).links if lk["kind"] == "contradicts"]


def test_a_refusal_denies_no_act():
    # refusing or declining an act says it was not agreed, not that it never took place; nor does it tell it
    for text, family in [("Norland refused to swap Ola Brandt for three Vesterland agents", "exchange"),
                         ("Vesterland refuses to exchange prisoners with Norland", "exchange"),
                         ("Pell declined to exchange the two captives for Vesterland agents", "exchange"),
                         ("Vesterland refused to sign the truce", "agreement"),
                         ("Norland declined to meet the Vesterland envoy", "meeting")]:
        assert not denies(text, family), text
        assert not asserts(text, family), text
    assert not contradictions("Norland refused to swap Ola Brandt for three Vesterland agents.",
                              "Norland swapped Ola Brandt for three Vesterland agents on Monday.")


def test_a_negation_still_denies():
    # near misses: a plain negation keeps denying
    for text, family in [("Norland never exchanged any prisoners with Vesterland", "exchange"),
                         ("Norland did not exchange Ola Brandt for the agents", "exchange"),
                         ("Vesterland has not signed any truce", "agreement"),
                         ("Norland never met the Vesterland envoy", "meeting")]:
        assert denies(text, family), text
    assert asserts("Norland swapped Ola Brandt for three agents", "exchange")


def test_refusal_parties_are_whole_names():
    # two states that share only a word of direction are two parties
    assert other_parties("South Lorvia rejected Norland's request for a ceasefire.",
                         "South Ostrava and Pell agreed to a ceasefire on Monday.")
    assert other_parties("West Ostrava turned down the demand for a truce.",
                         "West Lorvia and East Pell signed a truce.")
    # near misses: a state and its people, a full name and its surname stay one party
    assert not other_parties("North Lorvia rejected Norland's request for a ceasefire.",
                             "The North Lorvians and Pell agreed to a ceasefire on Monday.")
    assert not other_parties("Otto Brandt's request for payment was rejected by Vesterland.",
                             "Brandt and Pell signed an agreement to pay.")
    assert not other_parties("Vesterland rejected Norland's request for a ceasefire.",
                             "Vesterland and Pell agreed to a ceasefire.")


def test_denial_verbs_and_modals_are_read_once():
    # one reader of denial.deny_verbs and denial.modals: the denial rule and the split rule share them
    from backchannel.resolve.across.denial import denial_words
    from backchannel.resolve.across.denialsplit import split_words
    assert denial_words().deny_verbs is split_words().deny_verbs
    assert denial_words().modals is split_words().modals
    assert "denied" in denial_words().deny_verbs and "would" in denial_words().modals


def test_a_particle_before_a_number_is_no_qualifier():
    # rule across.links.count_particle: "hand over three soldiers" counts three, and the count's text has no "over"
    from backchannel.resolve.across.quantities import quantities
    for text, value, noun in [("Norland agreed to hand over three soldiers to Vesterland", 3.0, "soldiers"),
                              ("Vesterland handed over 12 detainees on Monday", 12.0, "detainees"),
                              ("The rebels turned over two Norland pilots", 2.0, "norland pilots")]:
        [q] = quantities(text)
        assert (q.low, q.high, q.noun) == (value, value, noun), (text, q)
        assert not q.text.startswith("over") and text.lower()[q.start:q.end] == q.text, (text, q)
    # near misses: "over" with no verb of its particle before it is "more than"
    for text in ["Over three soldiers were freed on Monday", "Norland freed over 40 prisoners",
                 "Vesterland holds over twelve Norland sailors"]:
        [q] = quantities(text)
        assert q.text.startswith("over") and q.high > q.low > 2, (text, q)
    # across reports: "hand over three soldiers" and "three soldiers were handed over" tell one count
    assert not [lk for lk in contradictions("Norland agreed to hand over three soldiers to Vesterland on Monday.",
                                            "Three soldiers were handed over to Vesterland on Monday, officials said.")
                if lk.get("on") == "count"]
