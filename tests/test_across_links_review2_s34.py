"""Contradictions across reports: the second review of session 34's link rules (every text here is invented).

Rules: ``across.links.denial_split_exchange``, ``across.links.denial_split_linkage``,
``across.links.denial_nothing_to_do``, ``across.links.refusal``, ``across.links.count_other_act``. Each test holds
the reviewer's sentence, more shapes, and near misses that must keep working.
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies
from backchannel.resolve.across.refusal import refused

NO_SWAP = "Vesterland's foreign minister Karin Holm said there was no prisoner swap with Norland."


def contradictions(res, on: str | None = None) -> list[dict]:
    return [lk for lk in res.links if lk["kind"] == "contradicts" and (on is None or lk["on"] == on)]


def pair(t1: str, t2: str, c1: str | None = None, c2: str | None = None, p1: str = "2031-05-04",
         p2: str = "2031-05-05", on: str | None = None) -> list[dict]:
    """The contradictions between two one-claim reports (each claim its text without its last clause, or given)."""
    r1, r2 = Report("r1", t1, published=p1), Report("r2", t2, published=p2)
    r1.say("c1", None, c1 or t1.rstrip("."))
    r2.say("c2", None, c2 or t2.rstrip("."))
    return contradictions(resolve_dossiers([r1.d, r2.d]), on)


def test_an_offered_or_possible_swap_tells_none():
    for text in ["Norland offered to swap Ola Brandt for three Vesterland agents held in Pell",
                 "Norland could exchange Ola Brandt for three Vesterland agents if talks go well",
                 "Vesterland is ready to swap the pilot, Ola Brandt, for two Norland agents",
                 "Norland would trade her for three Vesterlanders",
                 "the two sides discussed a possible exchange of Ola Brandt for three Vesterland agents",
                 "Pell proposed to exchange him for two Norland soldiers"]:
        assert not asserts(text, "exchange"), text
    # near misses: a swap told keeps telling
    for text in ["Norland has swapped the jailed pilot, Ola Brandt, for three Vesterlanders",
                 "Norland freed the pilot on Tuesday, swapping him for two Vesterland agents",
                 "The jailed scholar Ola Brandt was exchanged last week by Norland for three Vesterlanders"]:
        assert asserts(text, "exchange"), text
    assert not pair("Norland offered to swap Ola Brandt for three Vesterland agents held in Pell.", NO_SWAP,
                    c2="there was no prisoner swap with Norland")


def test_the_words_between_a_split_verb_and_its_preposition_are_one_person_phrase():
    for text in ["Norland exchanged intelligence on Tuesday with Vesterland officials about the missing pilot",
                 "Norland's envoy exchanged information about the captives with three Vesterland negotiators in Pell",
                 "Norland swapped its chief negotiator, Ola Brandt, for Karin Holm ahead of the next round of talks",
                 "the envoy exchanged views in March with Ola Brandt",
                 "the ministers exchanged notes during the meeting with two Vesterland envoys"]:
        assert not asserts(text, "exchange"), text
    for text in ["Norland has exchanged a jailed Vesterland pilot, Ola Brandt, with three Norlanders held abroad",
                 "Vesterland swapped Ola Brandt and Kari Lund for two Norland agents",
                 "she was swapped on Monday for two Norland agents"]:
        assert asserts(text, "exchange"), text


def test_exchanged_with_denies_but_tells_nothing():
    for text in ["Ola Brandt said the messages he exchanged with his family kept him going in captivity",
                 "Norland, which has traded with Vesterland for decades, welcomed the release of Ola Brandt",
                 "the envoy swapped with his deputy for the night shift"]:
        assert not asserts(text, "exchange"), text
    for text in ["the two Norlanders were not exchanged with anyone",
                 "Ola Brandt was never swapped with any prisoner"]:
        assert denies(text, "exchange"), text


def test_nothing_to_do_with_taking_captives_or_said_by_a_party_denies_no_link():
    for text in ["The Vesterland militia said it had nothing to do with the kidnapping of Ola Brandt",
                 "the group had nothing to do with the abduction",
                 "the ministry said it had nothing to do with the hostages",
                 "they had nothing to do with the captives held in Pell"]:
        assert not denies(text, "linkage"), text
    for text in ["The accord has nothing to do with the release of Ola Brandt",
                 "the aid package had nothing to do with the hostages",
                 "the transfer has nothing to do with the freedom of the two captives"]:
        assert denies(text, "linkage"), text
    assert not pair("Norland has swapped the jailed pilot, Ola Brandt, for three Vesterlanders.",
                    "The Vesterland militia said it had nothing to do with the kidnapping of Ola Brandt.",
                    c2="it had nothing to do with the kidnapping of Ola Brandt")


def test_a_negated_or_denied_linkage_is_a_denial_and_a_crime_is_no_linkage():
    for text in ["Vesterland rejected claims that the aid was linked to the release of the hostages",
                 "Karin Holm said the truce was not linked to the release of the hostages",
                 "the truce did not have anything to do with the hostages",
                 "Norland denied that it tied the aid to the freeing of the captives",
                 "the deal was never conditioned on the release of the prisoners"]:
        assert denies(text, "linkage"), text
        assert not asserts(text, "linkage"), text
    assert not asserts("Police said a Vesterland commander was linked to the abduction of the captives", "linkage")
    assert not denies("Norland will not link the aid to the release of the hostages", "linkage")  # a plan
    assert asserts("the talks tied the truce to the freeing of the Norland hostages", "linkage")
    assert pair("A diplomat in Pell said the talks tied the truce to the freeing of the Norland hostages.",
                "Karin Holm said the truce was not linked to the release of the hostages.",
                c1="the talks tied the truce to the freeing of the Norland hostages",
                c2="the truce was not linked to the release of the hostages")


def test_proposed_governs_only_an_infinitive():
    for text in ["The proposed ceasefire was signed by Norland and Vesterland on Monday",
                 "Qatar proposed a truce and Vesterland agreed to it on Monday"]:
        assert asserts(text, "agreement"), text
    assert not asserts("Norland proposed to sign a ceasefire with Vesterland", "agreement")
    assert not asserts("Norland offered to sign a truce", "agreement")


def test_a_refusal_needs_the_same_parties_period_and_head():
    # reviewer's shapes: a later agreement, other parties, another head noun: no contradiction
    assert not pair("Vesterland rejected Norland's demand for a prisoner release, the ministry said.",
                    "After three weeks of talks in Pell, Vesterland agreed to release the prisoners, officials said.",
                    c1="Vesterland rejected Norland's demand for a prisoner release",
                    c2="Vesterland agreed to release the prisoners", p1="2031-05-01", p2="2031-05-20")
    assert not pair("Vesterland rejected Norland's request for a ceasefire.",
                    "Ostrava and Lorvia agreed to a ceasefire on Monday after talks in Geneva.", p2="2031-05-04")
    assert not pair("Vesterland refused a request for prisoner visits by the Red Cross.",
                    "Officials in Pell said Vesterland agreed to free the prisoners held since March.",
                    c2="Vesterland agreed to free the prisoners held since March")
    # the same: contradicts (active, passive)
    assert pair("Vesterland rejected Norland's demand for a prisoner release.",
                "Vesterland agreed to the release of the prisoners.")
    assert pair("Norland's request for payment was rejected by Vesterland.",
                "The envoy Ola Brandt said Vesterland signed an agreement to pay the bill.",
                c2="Vesterland signed an agreement to pay the bill")
    assert refused("Norland's request for payment was rejected by Vesterland") == {"pay"}
    assert refused("the demands for a ransom were turned down") == {"ransom"}
    assert refused("Norland's request for payment was not rejected") == frozenset()


def test_a_count_takes_the_act_of_its_own_clause():
    assert pair("The governor said 95 girls, abducted in March, were freed on Tuesday in Pell.",
                "Officials in Pell said 91 girls were freed on Tuesday.", on="count")
    assert pair("Negotiators in Pell are seeking the release of 110 girls held by the gunmen since Monday.",
                "A police spokesman said 105 girls were abducted from the school in Pell on Monday.", on="count")
    # near misses: the taken against the freed stay apart
    assert not pair("Gunmen abducted 110 girls from the school in Pell.",
                    "Officials in Pell said 91 girls were freed on Tuesday.", on="count")
    assert not pair("The governor said 95 girls, freed in March, were abducted again on Tuesday.",
                    "Officials in Pell said 91 girls were freed in March.", on="count")


def test_link_notes_name_the_split_and_nothing_to_do_rules():
    links = pair("Norland has swapped the jailed pilot, Ola Brandt, for three Vesterlanders.",
                 "Karin Holm said Ola Brandt was not swapped for anyone.",
                 c2="Ola Brandt was not swapped for anyone")
    assert any("across.links.denial_split_exchange" in lk["note"] for lk in links)
    links = pair("Norland conditioned the prisoner transfer on the release of Ola Brandt, officials said.",
                 "Karin Holm said the transfer has nothing to do with the release of Ola Brandt.",
                 c1="Norland conditioned the prisoner transfer on the release of Ola Brandt",
                 c2="the transfer has nothing to do with the release of Ola Brandt")
    assert any("across.links.denial_nothing_to_do" in lk["note"] for lk in links)
