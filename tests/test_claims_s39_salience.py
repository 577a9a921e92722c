"""Session 39 (s39-speaker): a definite class description that speaks ("the NGO", "the media outlet", "the
rights group") is the latest named speaker of its class (``claims.salience.described_speaker``), however
far back, when no rule took it to a mention nearby. Every text invented.

Near misses: a description of an unnamed group introduced earlier ("a group of families … the group"), a
modifier of another kind ("the Lorvian group"), an outlet noun with only organisations speaking, no named
organisation speaking (a state only), an organisation brought forward as a subject in between.
"""

from __future__ import annotations

import pytest

from claim_helpers import name, trace

RULE = "claims.salience.described_speaker"


def by_content(claims, words):
    """The one claim whose content or evidence holds ``words`` (a frame cue's content may be its object)."""
    found = [c for c in claims if words in (c.content or "") or words in c.evidence.text]
    assert len(found) == 1, [(c.content, c.rule) for c in claims]
    return found[0]


FILLER = "The talks stalled in May. Heavy rain closed the roads to the north. Prices rose again in the capital. "


@pytest.mark.parametrize("text, content, who", [
    # an organisation that spoke, taken up much later by a class noun no rule knew
    ("The Marrow Fund for Ferry Crews urged the Ostrian cabinet to lift the harbour ban. "
     + FILLER + "Once more, the charity urged Ostria to reopen the docks at Delm before winter.",
     "reopen the docks", "Marrow Fund"),
    # a named outlet that reported, taken up by its kind
    ("Radio Quellen reported on Friday that the dock strike at Delm had ended. "
     "Later the media outlet said the crane drivers would meet the mayor.",
     "meet the mayor", "Radio Quellen"),
    # a rights group, far back, with a quotation and its cue after it
    ("The Vesta Watch Foundation said on Monday that the detainees had been moved to a new prison. " + FILLER
     + "\u201cThey must be freed at once,\u201d the rights group said in a statement.",
     "freed at once", "Vesta Watch Foundation"),
])
def test_described_speaker_is_the_salient_named_speaker(claims_of, text, content, who):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert who in (name(c, actors) or ""), (name(c, actors), trace(c))
    assert trace(c).get("speaker") == RULE


def test_the_description_actor_folds_into_the_named_party(claims_of):
    text = ("The Marrow Fund for Ferry Crews urged the Ostrian cabinet to lift the harbour ban. " + FILLER
            + "For that reason, the NGO urges Ostria to reopen the docks at Delm.")
    _, actors = claims_of(text)
    assert not any(a.name == "NGO" for a in actors.values())


@pytest.mark.parametrize("text, content, not_who", [
    # an unnamed group introduced before: that group, not the campaign
    ("The Lorvian Campaign for Peace said the talks must resume. A group of families marched to the ministry. "
     + FILLER + "The group said the prisoners had been held for two years.",
     "held for two years", "Lorvian Campaign"),
    # a modifier of another kind: a description of its own
    ("The Lorvian Campaign for Peace said the talks must resume. " + FILLER
     + "The Vestish group said the prisoners had been held for two years.",
     "held for two years", "Lorvian Campaign"),
    # an outlet noun when only an organisation spoke
    ("The Lorvian Campaign for Peace said the talks must resume. " + FILLER
     + "The newspaper said the prisoners had been held for two years.",
     "held for two years", "Lorvian Campaign"),
    # "party" is no class noun of an organisation: "the party" may be any side of a dispute
    ("The Marrow Fund for Ferry Crews said the docks must reopen. " + FILLER
     + "The party said the vote on the harbour levy would be held in June.",
     "vote on the harbour levy", "Marrow Fund"),
    # another organisation brought forward as a subject in between
    ("The Lorvian Campaign for Peace said the talks must resume. The Harbor Alliance then rejected the plan "
     "outright. " + FILLER + "The NGO said the prisoners had been held for two years.",
     "held for two years", "Lorvian Campaign"),
])
def test_near_misses_keep_their_speaker(claims_of, text, content, not_who):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert not_who not in (name(c, actors) or ""), (name(c, actors), trace(c))
    assert trace(c).get("speaker") != RULE


def test_no_named_organisation_spoke(claims_of):
    text = ("Norland said the talks must resume. " + FILLER
            + "The group said the prisoners had been held for two years.")
    claims, _ = claims_of(text)
    c = by_content(claims, "held for two years")
    assert trace(c).get("speaker") != RULE


# --- a courtesy title between the title and the name (claims.heading.titled_issuer, claims.descriptions.title_holder)

@pytest.mark.parametrize("text, content, who, rule", [
    # a title-case heading whose title the report gave "Dr. <name>"
    ("On Tuesday the Ostrian spokesman Dr. Bren Halvik read out the port board's terms.\n\n"
     "Ostrian Spokesman Communique\n\nThe cargo of the Delm barges stays sealed until the audit ends.\n",
     "cargo of the Delm barges", "Bren Halvik", "claims.heading.titled_issuer"),
    # "the mediator said" after "Mediator Sheikh <name>"
    ("Mediator Sheikh Tavo Rikan chaired the hearings at Delm. Nobody left the room until dusk. "
     "The mediator said the quay lines were fixed.", "quay lines were fixed", "Tavo Rikan",
     "claims.descriptions.title_holder"),
    # a letter heading after "spokeswoman Prof. <name>"
    ("Pella Varnsen, who met the dockers, heard from spokeswoman Prof. Ida Marwick on Sunday.\n\n"
     "OSTRIAN SPOKESWOMAN LETTER\n\nEvery crane at Delm will run again from March.\n",
     "crane at Delm", "Ida Marwick", "claims.heading.titled_issuer"),
])
def test_title_before_a_courtesy_title(claims_of, text, content, who, rule):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == who, (name(c, actors), trace(c))
    assert trace(c).get("speaker") == rule


@pytest.mark.parametrize("text, content, not_who", [
    # a courtesy title alone is no title: "the doctor" is not the one "Dr." names
    ("Dr. Ola Brandt examined the crane drivers on Monday. Nobody left the room until dusk. "
     "The mediator said the quay lines were fixed.", "quay lines were fixed", "Ola Brandt"),
    # two spokesmen with courtesy titles: the heading names neither
    ("Spokesman Dr. Ola Brandt backed the audit. Spokesman Mr. Jo Kessel opposed it.\n\n"
     "Ostrian Spokesman Communique\n\nThe cargo of the Delm barges stays sealed until the audit ends.\n",
     "cargo of the Delm barges", "Ola Brandt"),
])
def test_courtesy_title_near_misses(claims_of, text, content, not_who):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) not in (not_who, "Jo Kessel"), (name(c, actors), trace(c))


def test_plain_title_still_names_its_holder(claims_of):
    claims, actors = claims_of("President Jo Lee met the envoys on Monday. The talks went on for hours. "
                               "The president said the truce would hold.")
    assert name(by_content(claims, "truce would hold"), actors) == "Jo Lee"


# --- a missed name runs through its title-case prepositional tail (claims.speaker_actors.missed_name)

@pytest.mark.parametrize("text, content, who", [
    ("The Open Campaign for Truth and Dignity in Lorvia has urged the rebels to free the pilots.",
     "free the pilots", "Open Campaign for Truth and Dignity in Lorvia"),
    ("The Harbor Alliance for Lorvian Unity said on Monday that the talks would resume.",
     "talks would resume", "Harbor Alliance for Lorvian Unity"),
    ("The Civic Platform for Dialogue and Reform in Vesta has called on the army to withdraw.",
     "army to withdraw", "Civic Platform for Dialogue and Reform in Vesta"),
])
def test_missed_name_keeps_its_title_case_tail(claims_of, text, content, who):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == who


@pytest.mark.parametrize("text, content, who", [
    # a person's name with a place after it: the name only
    ("Ola Brandt of Norland said the talks would resume.", "talks would resume", "Ola Brandt"),
    # a tail with lower-case words is no part of the name
    ("The Harbor Alliance for the release of prisoners said the talks would resume.", "talks would resume",
     "Harbor Alliance"),
    # "in <place>" right after the name opens no tail
    ("The Harbor Alliance in Kessel said the talks would resume.", "talks would resume", "Harbor Alliance"),
])
def test_name_tail_near_misses(claims_of, text, content, who):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == who


# --- a description subject before a name with its closing comma missing (claims.speaker_actors.described_subject),
# and a surname the tagger took for a common noun (claims.speaker_actors.surname_noun)

@pytest.mark.parametrize("text, content, who", [
    ("A raiders\u2019 commander in Tessal, Ulo Tamvi has warned the boatmen that the ford stays shut.",
     "ford stays shut", "Ulo Tamvi"),
    ("A raiders\u2019 commander in Tessal, Ulo Tamvi has promised that the ferry would run by Friday. "
     "He added that the boatmen could stay.", "boatmen could stay", "Ulo Tamvi"),
    ("The raiders\u2019 leader from the Tessal ridge, Aru Pemvi insisted that the herders were unharmed. "
     "He added that the cattle had been sold.", "cattle had been sold", "Aru Pemvi"),
])
def test_description_subject_is_the_named_person(claims_of, text, content, who):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == who, (name(c, actors), trace(c))
    assert not any(not a.named and a.name.lower().endswith("commander") for a in actors.values())


def test_description_subject_folds_into_the_missed_name(claims_of):
    _, actors = claims_of("A raiders\u2019 commander in Tessal, Ulo Tamvi has warned the boatmen that the ford stays shut.")
    who = next(a for a in actors.values() if a.name == "Ulo Tamvi")
    assert who.kind == "person"
    assert any(k.startswith("merged:") and v == "claims.speaker_actors.described_subject"
               for k, v in (who.trace or {}).items())


def _surname_case(nlp, text, people, word):
    """A context with ``people`` named at their first place in ``text``, and the span of the later ``word``
    tagged a common noun (as the tagger does with some rare surnames opening a sentence)."""
    from claim_helpers import speaker_context
    from backchannel.extract.claims.state import Cand, Kind

    ctx = speaker_context(nlp, text, [(p, k) for p, k in people])
    for a in list(ctx.actors.values()):
        at = text.index(a.name)
        ctx.add_mention(a.id, at, at + len(a.name), rule="test")
    at = text.rindex(word)
    span = ctx.doc.char_span(at, at + len(word))
    span.root.pos_ = "NOUN"
    return ctx, span, Cand(None, [0, 0], "", "neutral", span, None, Kind.CLAUSE, None)


@pytest.mark.parametrize("text, people, word, who", [
    ("The first to speak at the quay was a captain, Bren Halvik. Halvik assured that the cargo was intact.",
     [("Bren Halvik", "person")], "Halvik", "Bren Halvik"),
    ("The Harbor Front met the dockers. Front said the cranes were idle.",
     [("Harbor Front", "organization")], "Front", "Harbor Front"),
    ("Ama Sule Tade and Jo Lee met. The audit went on. Tade insisted that the barges were sealed.",
     [("Ama Sule Tade", "person"), ("Jo Lee", "person")], "Tade", "Ama Sule Tade"),
])
def test_surname_tagged_as_a_noun(nlp, text, people, word, who):
    from backchannel.extract.claims.speaker_actors import SURNAME_NOUN, surname_speaker
    ctx, span, c = _surname_case(nlp, text, people, word)
    assert surname_speaker(ctx, c, span)
    assert ctx.actors[c.speaker_actor].name == who and c.trace["speaker"] == SURNAME_NOUN


@pytest.mark.parametrize("text, people, word", [
    # two names end in the word
    ("Ama Halvik and Bren Halvik met. Halvik assured that the cargo was intact.",
     [("Ama Halvik", "person"), ("Bren Halvik", "person")], "Halvik"),
    # a one-word name is the known-name rule's, not this one's
    ("Halvik met the dockers. The audit went on. Halvik assured that the cargo was intact.",
     [("Halvik", "person")], "Halvik"),
    # named only after the word
    ("Halvik assured that the cargo was intact, said Bren Halvik.", [("Bren Halvik", "person")], "Halvik"),
])
def test_surname_noun_near_misses(nlp, text, people, word):
    from backchannel.extract.claims.speaker_actors import surname_speaker
    ctx, span, c = _surname_case(nlp, text, people, word)
    if text.startswith("Halvik assured"):
        span = ctx.doc.char_span(0, len(word))
        span.root.pos_ = "NOUN"
    assert not surname_speaker(ctx, c, span)


@pytest.mark.parametrize("text, content, not_who", [
    # a description with its own comma pair: a plain apposition, nothing to mend (and no person noun: no merge)
    ("The Vesta Relief Foundation, Kofi Darra said, had sent food to the camps.", "sent food", "Vesta Relief Foundation"),
    # two names end in the same word: a capitalised common noun subject takes neither
    ("Ama Darra and Kofi Darra met the envoys. The talks went on. Darra assured that the release was near.",
     "release was near", "Ama Darra"),
])
def test_described_subject_near_misses(claims_of, text, content, not_who):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) != not_who, (name(c, actors), trace(c))
