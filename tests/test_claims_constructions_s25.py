"""Attribution constructions of issue 12 (session 25), each test named after its rule id.

Why: the blind sets missed claims in older wire copy and British prose (quotation marks other than
the double ones), in two reports coordinated in one sentence, in a medium that speaks again as
"the report" or "the paper", in "Country's Name daily reported", and in contents the clause cut
ended at a coordinated verb. Every sentence here is invented (names, places, events); each rule
has near-miss sentences on which it must not fire.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, trace
from claim_helpers import name as speaker_name
from backchannel.extract import STAGES
from backchannel.extract.context import Context
from backchannel.model import Document
from backchannel.quotes import scan_quotes


# -- quotation marks: wire copy `` … ″ and single-quote style -------------------------------------

def quoted(text: str) -> list[str]:
    return [text[s:e] for r in scan_quotes(text) for s, e in r.pieces]


@pytest.mark.parametrize("text, pieces", [
    ("``We will not leave the valley,″ the commander said.", ["We will not leave the valley,"]),
    ("'We will not leave the valley,' the commander said.", ["We will not leave the valley,"]),
    ("‘We will not leave,’ he said. ‘Not this year.’", ["We will not leave,", "Not this year."]),
    ("She called the offer 'an insult' on Friday.", ["an insult"]),
    ("He wanted ‘firm guarantees’ before the vote.", ["firm guarantees"]),
    # an apostrophe inside a quotation neither opens nor closes it
    ("'The guards' families cannot wait, and we don't either,' she said.",
     ["The guards' families cannot wait, and we don't either,"]),
])
def test_quotes_single_and_wire_marks(text, pieces):
    assert quoted(text) == pieces


@pytest.mark.parametrize("text", [
    "The hostages' families met the envoy's staff in the '90s.",  # possessives and an elision
    "Mr Orlov's aide said the rebels' demands were unchanged.",
])
def test_quotes_single_marks_near_misses(text):
    assert quoted(text) == []


def test_quotes_single_marks_ignored_beside_double_marks():
    """A text that quotes with double marks reads its single marks as apostrophes and nested quotes."""
    text = "\"The 'deal' is dead,\" the envoy said. The villagers' 'council' met."
    assert quoted(text) == ["The 'deal' is dead,"]


def test_claims_assign_single_quote_style_and_continued_paragraph(claims_of):
    text = ("'The road to Tarsk is open again,' the mediator Ilse Varga said on Monday.\n\n"
            "'The convoys can move. The rest depends on the militia.'")
    claims, actors = claims_of(text)
    assert len(claims) == 2, [(c.content, c.rule) for c in claims]
    assert all(c.direct and speaker_name(c, actors) == "Ilse Varga" for c in claims)
    assert claims[1].content.startswith("The convoys can move.")


# -- claims.coordinated.second_report -------------------------------------------------------------

@pytest.mark.parametrize("text, first, second, name", [
    ("The Valdor Courier reported that the envoy had left Brenna, but the weekly Morgenlicht reported "
     "that he was still in the capital.", "the envoy had left Brenna", "he was still in the capital", "Morgenlicht"),
    ("Officials in Tarsk said the convoy was delayed while the rebel spokesman Ivo Marek insisted that it "
     "had been stopped at the bridge.", "the convoy was delayed", "it had been stopped at the bridge", "Ivo Marek"),
])
def test_claims_coordinated_second_report(claims_of, text, first, second, name):
    claims, actors = claims_of(text)
    a, b = by_content(claims, first), by_content(claims, second)
    assert second not in a.content
    assert speaker_name(b, actors) == name


@pytest.mark.parametrize("text, words", [
    # a second verb of the same content, not a report of its own (no clause after the cue)
    ("Lena Vost said the rebels had left and the villagers reported the attack to the police.",
     "the rebels had left"),
    # a "that"-clause of the first cue, not a new speaker's act
    ("Teodor Brandt said that the talks failed and that the mediators had reported no progress.",
     "the talks failed"),
])
def test_claims_coordinated_second_report_near_misses(claims_of, text, words):
    claims, _ = claims_of(text)
    assert all(trace(c).get("content") != "claims.coordinated.second_report" for c in claims)
    assert by_content(claims, words)


# -- claims.speakers.reporting_medium -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Radio Kestra said on Monday that the envoy had flown to Lumen. The report said he carried a letter.",
    "Radio Kestra said on Monday that the envoy had flown to Lumen. Ana Petrov said the talks would resume. "
    "The broadcaster added that he carried a letter.",
    "The Lumen Herald reported that the envoy had flown home. Since Friday, the newspaper reported, he carried a letter.",
])
def test_claims_speakers_reporting_medium(claims_of, text):
    claims, actors = claims_of(text)
    c = by_content(claims, "carried a letter")
    assert trace(c).get("speaker") in ("claims.speakers.reporting_medium", "claims.speakers.same_document")
    assert speaker_name(c, actors) in ("Radio Kestra", "Lumen Herald", "The Lumen Herald")


@pytest.mark.parametrize("text", [
    # the last speaker is a person, not an outlet: no outlet to point back to
    "Ana Petrov said the talks would resume. The report said the envoy carried a letter.",
    # an outlet that spoke five sentences before is too far
    "Radio Kestra said the envoy had flown to Lumen. The rain fell. The roads closed. The town waited. "
    "The market shut. The report said the envoy carried a letter.",
    # a report that names its own issuer
    "Radio Kestra said the envoy had flown to Lumen. The ministry's report said the envoy carried a letter.",
])
def test_claims_speakers_reporting_medium_near_misses(claims_of, text):
    claims, actors = claims_of(text)
    c = by_content(claims, "carried a letter")
    assert trace(c).get("speaker") != "claims.speakers.reporting_medium"
    assert speaker_name(c, actors) != "Radio Kestra"


# -- claims.speakers.possessed_name ---------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Marek Holt sent a message to the rebels that he wants new talks, Norland's Kestrel daily reported on Sunday.",
     "Kestrel"),
    ("Vesterland's Polar news agency said the talks had collapsed.", "Polar"),
])
def test_claims_speakers_possessed_name(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1
    assert speaker_name(claims[0], actors) == name
    assert trace(claims[0]).get("speaker") == "claims.speakers.possessed_name"


@pytest.mark.parametrize("text", [
    "Norland's Foreign Minister Ivo Sand said the talks had collapsed.",  # the name is the head
    "Norland's largest newspaper said the talks had collapsed.",  # no name between
])
def test_claims_speakers_possessed_name_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1
    assert trace(claims[0]).get("speaker") != "claims.speakers.possessed_name"


# -- claims.content.shared_infinitive and claims.content.listed_continuation --------------------------

@pytest.mark.parametrize("text, words", [
    ("Security analysts say the militia uses raids to frighten villages and highlight the army's weakness.",
     "highlight the army's weakness"),
    ("Aid officials said the rebels hope to split the valley and stress their claim to the pass.",
     "stress their claim to the pass"),
    # the parse makes "frighten" the reported clause itself, with "to" and "highlight" under it
    ("Kidnappings are rising in the valley. Security analysts say the Front uses raids to frighten villages "
     "and highlight the army's weakness.", "highlight the army's weakness"),
])
def test_claims_content_shared_infinitive(claims_of, text, words):
    claims, _ = claims_of(text)
    assert len(claims) == 1, [(c.content, c.rule) for c in claims]
    assert claims[0].content.endswith(words)
    assert trace(claims[0]).get("content") == "claims.content.shared_infinitive"


@pytest.mark.parametrize("text", [
    # the speaker's own second act, after the whole clause: two claims
    "Aid officials said the rebels had left, and stressed that the valley was calm.",
])
def test_claims_content_shared_infinitive_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert by_content(claims, "the valley was calm")
    assert by_content(claims, "the rebels had left")


@pytest.mark.parametrize("text, start, end", [
    ("A Dorvan colleague said that Hallen reads Tarsic, knows the northern clans by name, and has unusual patience.",
     "Hallen reads Tarsic", "has unusual patience"),
    ("An aide close to Hallen told reporters that she reads every cable, knows the border clans personally, and "
     "keeps a diary of each meeting.", "she reads every cable", "keeps a diary of each meeting"),
])
def test_claims_content_listed_continuation(claims_of, text, start, end):
    claims, _ = claims_of(text)
    c = by_content(claims, start)
    assert c.content.endswith(end)
    assert c.rule == "claims.content.listed_continuation"


@pytest.mark.parametrize("text, words", [
    # the past-tense verbs are the speaker's own acts
    ("Marta Quell said that the talks were over, left the hall and flew home.", "the talks were over"),
])
def test_claims_content_listed_continuation_near_misses(claims_of, text, words):
    claims, _ = claims_of(text)
    c = by_content(claims, words)
    assert "flew home" not in c.content


def misparsed_list(nlp):
    """"A source said that Brandt speaks Dari, knows the valley well, and has friends there." with
    the parse a tagger gives some reports of this shape: "knows" hung on "said", "has" on "knows"."""
    from spacy.tokens import Doc
    words = ["A", "source", "said", "that", "Brandt", "speaks", "Dari", ",", "knows", "the", "valley", "well",
             ",", "and", "has", "friends", "there", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 8, 2, 10, 8, 8, 8, 8, 8, 14, 14, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj", "punct", "conj", "det", "dobj", "advmod",
            "punct", "cc", "conj", "dobj", "advmod", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "NNP", "VBZ", "NNP", ",", "VBZ", "DT", "NN", "RB", ",", "CC", "VBZ", "NNS",
            "RB", "."]
    pos = ["DET", "NOUN", "VERB", "SCONJ", "PROPN", "VERB", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "ADV",
           "PUNCT", "CCONJ", "VERB", "NOUN", "ADV", "PUNCT"]
    lemmas = ["a", "source", "say", "that", "Brandt", "speak", "Dari", ",", "know", "the", "valley", "well",
              ",", "and", "have", "friend", "there", "."]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_claims_content_listed_continuation_on_a_misparse(nlp):
    from backchannel.extract.claims.content import content_clause
    from backchannel.extract.claims.cue_lexicon import lexicon
    doc = misparsed_list(nlp)
    lex = lexicon()
    (s, e), _, _, rule = content_clause(doc[2], lex.verbs["say"], lex, doc.text)
    assert rule == "claims.content.listed_continuation"
    assert doc.text[s:e] == "Brandt speaks Dari, knows the valley well, and has friends there"


def test_claims_content_listed_continuation_not_without_a_list(nlp):
    """The same parse without the list after the verb ("…, knows the valley well."): a verb hung
    on the cue after a comma alone may be the speaker's own act, so the content is not widened."""
    from spacy.tokens import Doc
    from backchannel.extract.claims.content import content_clause
    from backchannel.extract.claims.cue_lexicon import lexicon
    full = misparsed_list(nlp)
    n = 12
    doc = Doc(nlp.vocab, words=[t.text for t in full[:n]] + ["."], spaces=[bool(t.whitespace_) for t in full[:n]] + [False],
              heads=[t.head.i for t in full[:n]] + [2], deps=[t.dep_ for t in full[:n]] + ["punct"],
              tags=[t.tag_ for t in full[:n]] + ["."], pos=[t.pos_ for t in full[:n]] + ["PUNCT"],
              lemmas=[t.lemma_ for t in full[:n]] + ["."])
    lex = lexicon()
    (s, e), _, _, rule = content_clause(doc[2], lex.verbs["say"], lex, doc.text)
    assert rule == "claims.content.complement"
    assert doc.text[s:e] == "Brandt speaks Dari"


def test_claims_reverse_clause_not_inside_a_report(claims_of):
    """A weak cue inside another cue's reported clause attributes nothing before it."""
    claims, _ = claims_of("A Kestran colleague said that Orlov reads Tarsic, knows the river ports and the hill "
                          "roads by heart, and keeps a diary of each meeting.")
    assert len(claims) == 1 and claims[0].content.endswith("a diary of each meeting")


# -- claims.speakers.agentless_passive ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Friday it was reported that the envoy had left Lumen.",
    "Norland, once accused of arming the rebels, now pays for the talks.",
    # (s33: was "… informed of the truce when he made the statement", whose kept content was the "when"
    # clause, an occasion: claims.content.unmarked_clause no longer reads one)
    "It was unclear, however, if Ivan Orlov had been informed that the truce had begun.",
])
def test_claims_speakers_agentless_passive(nlp, text):
    ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
    STAGES["actors"](ctx)
    STAGES["claims"](ctx)
    assert ctx.claims == []
    kept = [a for a in ctx.attributions if a.kind == "unattributed"]
    assert len(kept) == 1 and kept[0].source is None and kept[0].rule == "claims.speakers.agentless_passive"


@pytest.mark.parametrize("text, name", [
    ("It was reported by Radio Kestra that the envoy had left Lumen.", "Radio Kestra"),  # an agent speaks
    ("Ivan Orlov was quoted as saying the road was closed.", "Ivan Orlov"),
    ("The envoy was told that the road was closed, Ivan Orlov said.", "Ivan Orlov"),
])
def test_claims_speakers_agentless_passive_near_misses(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1
    assert speaker_name(claims[0], actors) == name


# -- claims.attribution.adjective_control ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Ivan Orlov was careful to reiterate that Norland did not start the war.", "Ivan Orlov"),
    ("Ivan Orlov met the envoys on Monday. Later Orlov was quick to deny that the talks had failed.", "Ivan Orlov"),
])
def test_claims_attribution_adjective_control(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1
    assert speaker_name(claims[0], actors) == name
    assert trace(claims[0]).get("speaker") == "claims.attribution.adjective_control"


@pytest.mark.parametrize("text", [
    "Ivan Orlov was unable to confirm that the talks had failed.",  # nothing was said
    "Ivan Orlov was reluctant to say whether the talks had failed.",
])
def test_claims_attribution_adjective_control_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == []


def test_claims_attribution_adjective_control_not_an_extraposed_it(claims_of):
    claims, actors = claims_of("Ivan Orlov said it was wise to note that the talks had failed.")
    assert len(claims) == 1 and speaker_name(claims[0], actors) == "Ivan Orlov"
    assert "speaker" not in trace(claims[0])
