"""The syntax layer's phrase and speech helpers on invented sentences (parsed by the
bundled English pipeline)."""

from __future__ import annotations

from backchannel.syntax.phrases import (has_own_finite, is_nominal_segment, np_left, np_postmodifiers,
                                        pronoun_owned_title, span_text)
from backchannel.syntax.speech import clause_cut, root_speaker, speech_subject


def _tok(doc, text):
    return next(t for t in doc if t.text == text)


def test_np_left_keeps_coordinated_premodifiers(nlp):
    doc = nlp("Chilean, Peruvian, and Bolivian officials told reporters the border talks were over.")
    assert span_text(doc, np_left(_tok(doc, "officials"))) == "Chilean, Peruvian, and Bolivian officials"


def test_np_left_stops_at_an_apposition_comma(nlp):
    doc = nlp("The mediator, who spoke on Monday, said talks were close.")
    assert [t.text for t in np_left(_tok(doc, "mediator"))] == ["The", "mediator"]


def test_np_postmodifiers_takes_the_given_prepositions_only(nlp):
    doc = nlp("The Norwegian envoy of the king met them on Monday.")
    envoy = _tok(doc, "envoy")
    assert [t.text for t in np_postmodifiers(envoy, ("of",), ())] == ["of", "the", "king"]
    assert np_postmodifiers(envoy, ("from",), ()) == []


def test_span_text_covers_gaps(nlp):
    doc = nlp("The Norwegian envoy of the king met them on Monday.")
    assert span_text(doc, [doc[0], doc[2]]) == "The Norwegian envoy"
    assert span_text(doc, []) == ""


def test_pronoun_owned_title(nlp):
    doc = nlp("The talks, its spokesman Tom Berg said, were over.")
    assert pronoun_owned_title(_tok(doc, "Berg"))
    doc = nlp("The talks, the spokesman Tom Berg said, were over.")
    assert not pronoun_owned_title(_tok(doc, "Berg"))


def test_finite_verbs_and_nominal_segments(nlp):
    doc = nlp("The mediator, who spoke on Monday, said talks were close.")
    assert not has_own_finite(doc[0:7])  # "spoke" is the relative clause's
    assert is_nominal_segment(doc[0:2])
    assert not is_nominal_segment(doc[3:7])  # opens with "who"
    doc = nlp("The envoy said the talks failed, although both sides met again.")
    assert has_own_finite(doc[3:6])
    assert not is_nominal_segment(doc[7:12])


def test_speech_subject(nlp):
    doc = nlp("The deal was announced by the foreign minister on Friday.")
    announced = _tok(doc, "announced")
    assert speech_subject(announced).text == "minister"
    doc = nlp("The talks, its spokesman Tom Berg said, were over.")
    assert speech_subject(_tok(doc, "said")).text == "spokesman"
    doc = nlp("The mediator, who spoke on Monday, said talks were close.")
    assert speech_subject(_tok(doc, "spoke")).text == "mediator"  # the antecedent of "who"
    doc = nlp("Asked whether talks would resume, the minister said no.")
    assert speech_subject(_tok(doc, "Asked")) is None  # the minister was asked, not asking


def test_root_speaker_reads_an_inverted_cue(nlp):
    doc = nlp("The ceasefire will hold, insisted the general.")
    assert root_speaker(_tok(doc, "insisted")).text == "general"


def test_clause_cut(nlp):
    doc = nlp("The envoy said the talks failed, although both sides met again.")
    never = lambda c: False  # noqa: E731
    assert clause_cut(_tok(doc, "failed"), {"although"}, never, never) == _tok(doc, "although").i
    assert clause_cut(_tok(doc, "failed"), set(), never, never) is None
    doc = nlp("The mediator said the rebels had agreed and the army denied it.")
    said = _tok(doc, "said")
    assert clause_cut(said, set(), never, lambda c: c.lemma_ == "deny") == _tok(doc, "denied").left_edge.i
    assert clause_cut(said, set(), never, never) is None


def test_speech_subject_of_a_bare_passive_participle_is_its_agent(nlp):
    doc = nlp("The statement, released by the ministry on Friday, said talks would resume.")
    assert speech_subject(_tok(doc, "released")).text == "ministry"
