"""Denials of talks and contact across reports (session 27; every text here is invented).

Rules: ``across.links.denial_npi`` (a negation with "any" before an act noun), ``across.links.denial_took_place``
(an act noun told as having taken place by the words around it), ``across.links.denial_addressed`` (a third
party's words quoted as said to the speaker tell a contact), ``across.links.denial_first_person`` (a first-person
denial or assertion is its speaker's side's), all in resolve/across/denial.py and data/across_denial.toml.
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import addressed, asserts, denies
from backchannel.resolve.across.names import fold


def denial_pairs(res) -> set[tuple[str, str, str]]:
    return {(lk["a"]["doc"], lk["b"]["doc"], lk["b"].get("claim") or lk["b"].get("interaction"))
            for lk in res.links if "across.links.denial" in lk["note"]}


def report(doc: str, text: str, published: str = "2031-05-04") -> Report:
    return outlet_report(doc, text, ("Lorvia", "Ostrava", "Pell"), published)


def test_a_negation_with_any_denies_the_act_noun():
    for text, family in [("We never held any talks with Ostrava", "talks"),
                         ("Lorvia has never held any negotiations with the rebels", "talks"),
                         ("nor has there been any contact with Pell", "contact"),
                         ("They did not have any communication with the envoy", "contact"),
                         ("The ministry hasn't had any such talks", "talks"),
                         ("Ostrava's envoys did not take part in any meeting in Pell", "meeting"),
                         ("Lorvia said it had not been in touch with the rebels", "contact")]:
        assert denies(text, family), text
    # near misses: a question left open, a plan or refusal under a modal
    assert not denies("Lorvia did not say whether any talks took place", "talks")
    assert not denies("We will not hold any talks until the hostages are freed", "talks")
    assert not denies("the envoy would not rule out any contact with Pell", "contact")


def test_an_act_noun_told_as_having_taken_place_is_asserted():
    for text in ["The envoy Ola Brandt was involved in the talks",
                 "the truce came after talks led by Brandt with Ostrava",
                 "Following recent discussions between Lorvia and Ostrava, a truce was agreed",
                 "Brandt took part in the negotiations in Pell",
                 "talks held in Pell last week produced a draft",
                 "during the talks, the Ostrava envoy walked out",
                 "the envoy Ola Brandt brokered the truce over the past week"]:  # a deal brokered was negotiated
        assert asserts(text, "talks"), text
    for text in ["Lorvia wants to take part in talks",  # sought
                 "Lorvia said it had not taken part in the talks",  # negated
                 "Brandt hopes to be involved in the talks",  # governed
                 "Lorvia called for talks with Ostrava"]:  # no word that the talks took place
        assert not asserts(text, "talks"), text


def test_words_quoted_as_said_to_the_speaker_tell_a_contact():
    for text in ["They said 'we will not attack your ships'",
                 "He told me: \u201cyou have our word\u201d",
                 "she wrote, 'your proposal is accepted'",
                 "They have asked, 'will you stop the shelling?'",
                 "he promised, 'your men will be home by Friday'",
                 "they told us, 'you will hear from us'"]:
        assert addressed(fold(text)), text
        assert asserts(text, "contact"), text
    for text in ["They said they would fight on",  # no quoted words
                 "They said 'we will fight on'",  # words addressed to nobody
                 "We said 'you must leave'"]:  # the speaker's own words, not a third party's
        assert not addressed(fold(text)), text
    assert asserts("The rebels have announced to us that they want to stop", "contact")
    assert asserts("Pell has been in contact with the rebels for weeks", "contact")
    assert not asserts("The rebels announced that they want to stop", "contact")


def test_a_denial_of_contact_contradicts_the_other_side_telling_it_was_told():
    deny = report("r1", "Ola Brandt, a Lorvia commander, said there has been no communication with Ostrava.")
    deny.actor("brandt", "Ola Brandt", affiliation="lorvia")
    deny.say("c1", "brandt", "there has been no communication with Ostrava")
    told = report("r2", "Ilse Marren of Ostrava said: \"They said 'please stop and we will spare your ships'.\"",
                  published="2031-05-05")
    told.actor("marren", "Ilse Marren", affiliation="ostrava")
    told.say("c1", "marren", "They said 'please stop and we will spare your ships'.", direct=True)
    told_us = report("r3", "Ilse Marren said: \"Lorvia has announced to us that it wants a truce.\"")
    told_us.actor("marren", "Ilse Marren", affiliation="ostrava")
    told_us.say("c1", "marren", "Lorvia has announced to us that it wants a truce", direct=True)
    others = report("r4", "Pell informed Ostrava of the new border rules on Monday.")
    others.act("i1", "inform", "pell", "ostrava", "Pell informed Ostrava of the new border rules")
    plain = report("r5", "Ilse Marren said: \"They said they would fight on.\"")
    plain.actor("marren", "Ilse Marren", affiliation="ostrava")
    plain.say("c1", "marren", "They said they would fight on", direct=True)
    res = resolve_dossiers([deny.d, told.d, told_us.d, others.d, plain.d])
    # Pell's word to Ostrava is not a contact between Lorvia and Ostrava; words said to nobody tell no contact
    assert denial_pairs(res) == {("r1", "r2", "c1"), ("r1", "r3", "c1")}
    assert all(lk["on"] == "negation" and lk["kind"] == "contradicts" for lk in res.links
               if "across.links.denial" in lk["note"])


def test_a_first_person_denial_of_talks_contradicts_talks_told_elsewhere():
    deny = report("r1", "Ola Brandt of Lorvia said: \"We never held any talks with Ostrava.\"")
    deny.actor("brandt", "Ola Brandt", affiliation="lorvia")
    deny.say("c1", "brandt", "We never held any talks with Ostrava", direct=True)
    told = report("r2", "A source said the Pell envoy was involved in the talks between Lorvia and Ostrava.")
    told.say("c1", None, "the Pell envoy was involved in the talks between Lorvia and Ostrava")
    after = report("r3", "The truce came after talks led by Ostrava's envoy with Lorvia, officials said.")
    after.say("c1", None, "The truce came after talks led by Ostrava's envoy with Lorvia")
    third = report("r4", "Pell and Vesterland held nuclear talks in Norland on Monday.")
    third.actor("vest", "Vesterland", kind="state")
    third.act("i1", "negotiate", "pell", "vest", "Pell and Vesterland held nuclear talks in Norland")
    sought = report("r5", "Ostrava wants to take part in talks with Lorvia, its minister said.")
    sought.say("c1", None, "Ostrava wants to take part in talks with Lorvia")
    res = resolve_dossiers([deny.d, told.d, after.d, third.d, sought.d])
    # the talks of two other states are not the ones denied; talks sought were never told as held
    assert denial_pairs(res) == {("r1", "r2", "c1"), ("r1", "r3", "c1")}


def test_first_person_is_not_the_us_in_capitals():
    from backchannel.resolve.across.denial import first_person

    assert not first_person("The US had no contact with Pell, the envoy said.")
    assert first_person("They told us nothing.") and first_person("I never met him.")
    assert first_person("We never held any talks with Pell.")
