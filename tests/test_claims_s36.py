"""Session 36 (s36-claims): which claims are found, on invented sentences.

Why: on the reports annotated this session, four kinds of false or missing claims recurred: a
speech cue under "without" ("said in a statement without naming the captives") made a claim of
what was not said; a bare definite object of a verb of making known ("announced the agreement",
"the breakthrough was announced by X") made a claim of a topic the report had already told; an
embedded question ("Asked if the talks had stalled, …", "asked whether …") made a claim of what
nobody said; and a statement printed in full under a heading ("FULL MINISTRY STATEMENT") made no
claim at all. Near misses: a "without" phrase with no speech cue, an object with more than a
definite noun (a clause, a modifier, an indefinite, a quotation), thanks, "said if …" (a
condition, not a question), a request by "asked … to", a headline sentence that mentions a
statement, a heading that is not a statement's.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


def contents(claims) -> list[str]:
    return [c.content or "" for c in claims]


# ---------------------------------------------------------------- claims.polarity.absent_cue

@pytest.mark.parametrize("text, absent, kept", [
    ("The Norland ministry spoke in a short communique without revealing the names of the freed men.", "the names",
     None),
    ("Kari Lund spoke to reporters in Lomvik without disclosing the terms of the deal.", "the terms", None),
    ("The rebels released a video on Monday without mentioning the two pilots held since May.", "the two pilots",
     None),
    ("The envoy left Lomvik without confirming that the talks had failed.", "the talks had failed", None),
    ("The rebels freed the hostages on Monday without announcing the terms of the deal, Kari Lund said.",
     "the terms", "The rebels freed the hostages"),
])
def test_cue_under_without_makes_no_claim(claims_of, text, absent, kept):
    claims, _ = claims_of(text)
    assert not any(c.startswith(absent) for c in contents(claims)), contents(claims)
    if kept:
        assert any(kept in c for c in contents(claims)), contents(claims)


@pytest.mark.parametrize("text, content", [
    # "without" before a noun, not a speech cue: the claim stands
    ("Ola Brandt said without hesitation that the sailors would be freed on Monday.",
     "the sailors would be freed on Monday"),
    # a cue beside a "without" phrase that holds no cue
    ("Kari Lund, without giving a reason, announced that the talks in Lomvik had ended.",
     "the talks in Lomvik had ended"),
    ("The envoy said the truce would hold without foreign troops.", "the truce would hold without foreign troops"),
])
def test_without_near_misses(claims_of, text, content):
    claims, _ = claims_of(text)
    assert any(content in c for c in contents(claims)), contents(claims)


# ---------------------------------------------------------------- claims.content.topic_object

@pytest.mark.parametrize("text", [
    "Ola Brandt announced the agreement shortly before midnight in Lomvik.",
    "On Tuesday night the breakthrough was announced by the Norland envoy Kari Lund.",
    "The two governments announced the exchange in twin statements on Saturday.",
    "The Vesterland ministry noted the decision on Monday.",
])
def test_bare_definite_topic_is_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], contents(claims)


@pytest.mark.parametrize("text, content", [
    ("Ola Brandt announced a ceasefire starting at noon.", "a ceasefire starting at noon"),
    ("The ministry confirmed the release of two sailors held since May.", "the release of two sailors"),
    ("The ministry confirmed reports that the sailors had been freed.", "the sailors had been freed"),
    ("The Vesterland ministry confirmed the exchange on Monday.", "the exchange"),
    ("Kari Lund thanked the mediators.", "the mediators"),
    ("President Mia Varn announced her decision on Monday.", "her decision"),
    ("Officials revealed the plan on Monday.", "the plan"),
    ("Ola Brandt announced the agreement, adding that the talks would resume in May.", "the talks would resume"),
])
def test_object_with_more_than_a_topic_is_a_claim(claims_of, text, content):
    claims, _ = claims_of(text)
    assert any(content in c for c in contents(claims)), contents(claims)
    assert not any(c.content == "the agreement" for c in claims)


# ---------------------------------------------------------------- claims.content.topic_anaphora

@pytest.mark.parametrize("text, content, speaker", [
    ("Lomvik (AP) -\n\nNorland and the rebels have agreed a plan for peace talks to end months of fighting.\n\n"
     "The breakthrough was announced late on Tuesday by the Vesterland envoy, Kari Lund, after five days of talks.",
     "Norland and the rebels have agreed a plan for peace talks", "Kari Lund"),
    ("The rebels freed two sailors on Monday. The deal was announced by the Norland ministry on Friday.",
     "The rebels freed two sailors on Monday", "Norland ministry"),
    ("Vesterland will reopen the border crossing at Lomvik next week. The decision was announced by Ola Brandt.",
     "Vesterland will reopen the border crossing", "Ola Brandt"),
])
def test_topic_opening_a_passive_takes_the_sentence_before(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert c.rule == "claims.content.topic_anaphora" and speaker in (name(c, actors) or ""), \
        [(x.content, x.rule) for x in claims]


@pytest.mark.parametrize("text", [
    # the topic does not open its sentence
    "The rebels freed two sailors on Monday. On Friday the deal was announced by the Norland ministry.",
    # active voice: the topic only ("announced the agreement")
    "The rebels freed two sailors on Monday. The Norland ministry announced the deal on Friday.",
])
def test_topic_anaphora_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not any(c.rule == "claims.content.topic_anaphora" for c in claims), [(c.content, c.rule) for c in claims]


def test_topic_anaphora_not_over_a_claim(claims_of):
    claims, _ = claims_of("Ola Brandt said the rebels freed two sailors on Monday. "
                          "The deal was announced by the Norland ministry on Friday.")
    assert [c.rule for c in claims] == ["claims.content.complement"], [(c.content, c.rule) for c in claims]


# ---------------------------------------------------------------- claims.content.question

@pytest.mark.parametrize("text, answer", [
    ("Asked if the parties were any closer, Lund said it had been a long day.", "it had been a long day"),
    ("Asked whether a deal was near, the Norland envoy said talks would go on.", "talks would go on"),
    ("Asked what he expected from the mediation, Ola Brandt said nothing had changed.", "nothing had changed"),
])
def test_reporters_question_is_no_claim(claims_of, text, answer):
    claims, _ = claims_of(text)
    assert not any(c.startswith(("if ", "what ", "whether ")) for c in contents(claims)), contents(claims)
    assert any(answer in c for c in contents(claims)), contents(claims)


def test_question_kept_as_attribution(nlp):
    from backchannel.model import Document
    from backchannel.pipeline import extract
    text = "Asked whether a deal was near, the Norland envoy said talks would go on."
    d = extract(Document(id="q", text=text), nlp(text))
    kinds = [(a.kind, a.content, a.rule) for a in d.attributions]
    assert ("question", "whether a deal was near", "claims.content.question") in kinds


@pytest.mark.parametrize("text, content", [
    # a condition inside a statement, not a question
    ("Ola Brandt said if the talks failed, fighting would resume in the north.", "fighting would resume"),
    # a request: "asked X to …" keeps its infinitive
    ("Kari Lund asked the rebels to free the sailors before Friday.", "to free the sailors"),
    ("The envoy said that the captives, who asked for water, were unharmed.", "the captives"),
    # a named party's question stays that party's claim
    ("Ola Brandt asked whether Vesterland was serious about the talks.", "whether Vesterland was serious"),
])
def test_question_near_misses(claims_of, text, content):
    claims, _ = claims_of(text)
    assert any(content in c for c in contents(claims)), contents(claims)


# ---------------------------------------------------------------- claims.heading.statement_paragraph

HEADED = [
    ("The Norland ministry welcomed the release of the sailors on Friday.\n\nFULL NORLAND MINISTRY STATEMENT\n\n"
     "We confirm that the sailors are safe and on their way home. Their families have been told.\n\n"
     "The talks in Lomvik were held in a spirit of trust between both delegations",
     ["We confirm that the sailors are safe and on their way home. Their families have been told.",
      "The talks in Lomvik were held in a spirit of trust between both delegations"], "STATEMENT"),
    ("Vesterland and Norland agreed a truce in Lomvik.\n\nText of the Joint Communique:\n\n"
     "Both parties commit to a ceasefire along the river from Monday.\n\n"
     "A commission of six officers will monitor the truce.",
     ["Both parties commit to a ceasefire along the river from Monday.",
      "A commission of six officers will monitor the truce."], "Communique"),
    ("Kari Lund spoke after the meeting.\n\nFULL STATEMENT\n\nThe prisoners will be exchanged next week.\n\n"
     "RELATED\n\nOther talks in the region have stalled.",
     ["The prisoners will be exchanged next week."], "STATEMENT"),
]


@pytest.mark.parametrize("text, paragraphs, cue", HEADED)
def test_paragraphs_under_a_statement_heading_are_claims(claims_of, text, paragraphs, cue):
    claims, _ = claims_of(text)
    headed = [c for c in claims if c.rule == "claims.heading.statement_paragraph"]
    assert [c.content for c in headed] == paragraphs, [(c.content, c.rule) for c in claims]
    assert all(c.direct and c.cue == cue for c in headed)


@pytest.mark.parametrize("text", [
    # a sentence that mentions a statement is no heading
    "The statement in full was published on Friday.\n\nThe talks in Lomvik were held in a spirit of trust.",
    # a heading that is no statement's
    "BACKGROUND\n\nThe talks in Lomvik were held in a spirit of trust.",
    # a quoted line
    "“FULL STATEMENT”\n\nThe talks in Lomvik were held in a spirit of trust.",
])
def test_heading_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not any(c.rule == "claims.heading.statement_paragraph" for c in claims), \
        [(c.content, c.rule) for c in claims]


def test_cue_inside_printed_statement_makes_no_second_claim(claims_of):
    claims, _ = claims_of(HEADED[0][0])
    one = by_content(claims, "We confirm that the sailors")
    assert one.rule == "claims.heading.statement_paragraph" and trace(one).get("content") is None


# ---------------------------------------------------------------- content.taking_object

@pytest.mark.parametrize("text", [
    "The war between Norland and Vesterland ended in May, after claiming around 9,000 lives over two years.",
    "The fighting in Lomvik has claimed the lives of 40 civilians.",
    "The siege claimed many victims before the truce.",
])
def test_toll_is_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], contents(claims)


@pytest.mark.parametrize("text, content", [
    ("The rebels claimed that 40 soldiers had died in Lomvik.", "40 soldiers had died"),
    ("The Norland Front claimed responsibility for the attack.", "responsibility for the attack"),
    ("Ola Brandt claimed victory in the vote.", "victory"),
])
def test_claim_as_speech_near_misses(claims_of, text, content):
    claims, _ = claims_of(text)
    assert any(content in c for c in contents(claims)), contents(claims)
