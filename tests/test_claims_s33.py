"""Session 33 (s33-claims): attribution on invented sentences.

Why: on the sets measured blind until this session, an "according to" phrase that opens a
quotation in which the quoted speaker reports what others said ("According to him, “the
mediators said they have freed the sailors …”") was read as a relay, so the whole quotation went
to the inner subject (a pronoun-like "those helping us" resolved to the wrong party); and an
adverbial clause opened by a wh-adverb after a cue ("said so again when she met the sailors",
"Speaking when he received …") was read as an unmarked reported clause. Near misses: a real relay
("According to Radio Norland, the minister said …"), a quotation before the phrase, quoted words
inside a paraphrase; an unmarked reported clause after an adverbial ("said after the meeting he
would resign"), a marked "that"-clause after "when".
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


# ---------------------------------------------------------------- "according to X, “… Y said …”"

@pytest.mark.parametrize("text, outer, speaker, inner, inner_speaker", [
    # a pronoun, the inner subject a plain noun phrase
    ("Governor Ola Brandt said the rebels had freed the sailors. According to him, “the mediators said the rebels "
     "have freed all the sailors. We have sent buses to bring them home.”",
     "We have sent buses", "Ola Brandt", "the rebels have freed all the sailors", "mediators"),
    # an adverbial opens the quotation; the inner subject a demonstrative with a participle
    ("Governor Ola Brandt spoke on Friday. According to him, “Late last night, those helping us in talks with the "
     "rebels said they have freed all the sailors. We have sent buses to bring them home.”",
     "We have sent buses", "Ola Brandt", "they have freed all the sailors", None),
    # a named speaker; "told" with an addressee and "that"
    ("According to Ola Brandt, “the Norland envoys told us that the prisoners would be released on Monday. We "
     "are ready to receive them.”",
     "We are ready", "Ola Brandt", "the prisoners would be released on Monday", "Norland envoys"),
    # a description; the inner speech act in the past perfect
    ("Kari Lund, the Vesterland foreign minister, met the envoys on Monday. According to the minister, “the "
     "rebels had informed the church that the talks would resume. We are hopeful.”",
     "We are hopeful", "Kari Lund", "the talks would resume", "rebels"),
])
def test_according_quote_holds_a_report(claims_of, text, outer, speaker, inner, inner_speaker):
    claims, actors = claims_of(text)
    whole = by_content(claims, outer)
    assert name(whole, actors) == speaker and whole.direct and inner in (whole.content or "")
    assert trace(whole).get("content") == "claims.assign.according_quote"
    nested = [c for c in claims if c.content == inner]
    assert len(nested) == 1, [(c.content, c.rule) for c in claims]
    assert name(nested[0], actors) == inner_speaker and not nested[0].direct


@pytest.mark.parametrize("text, content, speaker", [
    # "According to X, “A. B.”": the whole quotation, direct
    ("Ola Brandt spoke on Friday. According to him, “The rebels are ready to free the sailors. We accept the "
     "offer.”", "We accept the offer", "Ola Brandt"),
    ("According to Kari Lund, “The talks will resume in May. Nobody wants another war.”",
     "Nobody wants another war", "Kari Lund"),
])
def test_according_quote_whole(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker and c.direct
    assert trace(c).get("content") == "claims.assign.according_quote"


@pytest.mark.parametrize("text, content, speaker", [
    # a relay stays a relay: the minister's claim, not the radio's
    ("According to Radio Norland, the minister Ola Brandt said the talks would resume on Monday.",
     "the talks would resume on Monday", "Ola Brandt"),
    # footage relays what the speaker said
    ("According to footage aired on Sunday, Ola Brandt said he was unharmed.", "he was unharmed", "Ola Brandt"),
])
def test_according_relay_unchanged(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("content") != "claims.assign.according_quote"


@pytest.mark.parametrize("text, content", [
    # the quotation comes before the phrase
    ("“The talks will resume in May,” according to Kari Lund.", "The talks will resume in May"),
    # quoted words inside a paraphrase
    ("According to Kari Lund, the “final” deal was signed in Oslo on Monday.", "deal was signed"),
])
def test_according_quote_near_misses(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert trace(c).get("content") != "claims.assign.according_quote"


# ---------------------------------------------------------------- a wh-opened adverbial after a cue

@pytest.mark.parametrize("text, words", [
    ("The envoy repeated this when she welcomed the freed sailors in the capital.", "welcomed the freed"),
    ("Speaking when he received the sailors on Friday, the governor said no ransom was paid.", "received the"),
    ("Ola Brandt repeated the offer where the envoys had met the rebels a year before.", "envoys had met"),
    ("Kari Lund announced it when she visited the camp on Monday.", "visited the camp"),
])
def test_wh_adverbial_is_no_content(claims_of, text, words):
    claims, _ = claims_of(text)
    assert not [c for c in claims if words in (c.content or "")], [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text, content", [
    # an unmarked reported clause after an adverbial still is the content
    ("Ola Brandt said after the meeting he would resign.", "he would resign"),
    ("The envoy said on Friday the rebels would free the sailors.", "the rebels would free the sailors"),
])
def test_unmarked_clause_still_content(claims_of, text, content):
    claims, _ = claims_of(text)
    assert by_content(claims, content)


def test_when_clause_content_after_that(claims_of):
    # "said, when asked …, that …": the marked clause is still the content
    claims, _ = claims_of("Kari Lund said, when she was asked about the talks, that Norland would not pay a ransom.")
    assert by_content(claims, "Norland would not pay a ransom")


# ---------------------------------------------------------------- "put the number of X at N"

@pytest.mark.parametrize("text, content, speaker", [
    # the preposition hung inside the object (on a participle)
    ("Ola Brandt put the number of sailors held by the rebels at 40.",
     "the number of sailors held by the rebels at 40", "Ola Brandt"),
    # present perfect, a "death toll", a comparative figure
    ("The Norland Red Cross has put the death toll at more than 30.", "the death toll at more than 30",
     "Norland Red Cross"),
    # "gave ... as", a plural speaker, an apposition after the figure
    ("Officials gave the number of freed prisoners as 120, more than the 100 reported before.",
     "the number of freed prisoners as 120", "Officials"),
    # two estimates coordinated by "while"
    ("School officials put the number of pupils taken at 287 while Governor Ola Brandt put the figure at over 200.",
     "the figure at over 200", "Ola Brandt"),
    # a relative clause
    ("The Vesterland Red Crescent, which placed the total at 87, said more were missing.", "the total at 87",
     "Vesterland Red Crescent"),
    # "estimated", an approximate figure
    ("Kari Lund estimated the number of fighters at about 3,000.", "the number of fighters at about 3,000",
     "Kari Lund"),
])
def test_estimate_figure(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert c.rule == "claims.content.estimate_figure" and name(c, actors) == speaker


@pytest.mark.parametrize("text", [
    # no figure noun
    "Ola Brandt put the issue at the top of the agenda.",
    # no number in the preposition's phrase
    "The envoy put the figure at risk by talking to the press.",
    # a number only deeper inside the phrase
    "Ola Brandt put the number of questions at the talks in 2019 on the agenda.",
    # no "at"/"as"
    "The rebels gave the number of their fighters to the envoys in 2019.",
    # a date, not a figure noun
    "Kari Lund set the date of the talks at the end of May.",
])
def test_estimate_figure_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule == "claims.content.estimate_figure"], [(c.content, c.rule) for c in claims]


# ---------------------------------------------------------------- "X said A. X repeated this when …"

def test_anaphora_not_over_an_attributed_sentence(claims_of):
    claims, actors = claims_of("Governor Ola Brandt maintains that Norland paid nothing to free the sailors. The "
                               "governor repeated this when he welcomed the sailors in the capital.")
    assert [c.content for c in claims] == ["Norland paid nothing to free the sailors"]


def test_anaphora_over_a_plain_sentence(claims_of):
    # the near miss: a sentence with no cue of its own is still the content of "told reporters about this"
    claims, actors = claims_of("The rebels freed the sailors on Monday. Ola Brandt told reporters about this on "
                               "Tuesday.")
    c = by_content(claims, "The rebels freed the sailors")
    assert c.rule == "claims.content.anaphora" and name(c, actors) == "Ola Brandt"


# ---------------------------------------------------------------- "According to him" goes on with the speaker

@pytest.mark.parametrize("text, pronoun, expected", [
    ("According to him, the talks will resume in May.", "him", True),
    ("The talks, according to her, will resume in May.", "her", True),
    ("The rebels will free the sailors on Monday, according to him.", "him", True),
    # near misses: the pronoun is the object of another preposition
    ("Ola Brandt spoke to him on Monday.", "him", False),
    ("The envoys handed the letter to her in the capital.", "her", False),
    # a subject, handled by the finite-verb reading, not this one
    ("He said the talks would resume.", "He", False),
])
def test_according_object(nlp, text, pronoun, expected):
    from backchannel.extract.claims.continuity import _according_object
    doc = nlp(text)
    tok = next(t for t in doc if t.text == pronoun)
    assert _according_object(tok) is expected


# ---------------------------------------------------------------- "X, considered the main group, announced …"

@pytest.mark.parametrize("text, content, speaker", [
    ("The Norland Front, considered the main rebel group in the north, announced that it will suspend the talks.",
     "it will suspend the talks", "Norland Front"),
    ("The Vesterland army, backed by Norland, said the ceasefire would hold.", "the ceasefire would hold",
     "Vesterland army"),
    ("Kari Lund, widely seen as the next envoy, told reporters the talks would resume.", "the talks would resume",
     "Kari Lund"),
    ("Ola Brandt, speaking in Oslo on Monday, said the rebels were ready.", "the rebels were ready", "Ola Brandt"),
])
def test_participial_aside_after_speaker(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text", [
    # no cue: the aside on a thing
    "The talks, considered a failure by many, ended on Monday.",
])
def test_participial_aside_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == []


def test_participle_before_subject_is_no_speaker(claims_of):
    # "Asked about …, X said": the participle opens the sentence; X speaks, not the asker
    claims, actors = claims_of("After the talks collapsed, officials said the envoy would leave.")
    assert name(by_content(claims, "the envoy would leave"), actors) == "officials"


# ---------------------------------------------------------------- a participle cue after a passive main clause

@pytest.mark.parametrize("text, content, speaker", [
    ("The forum was delayed twice, most recently on 3 May when the Norland Front walked out, "
     "saying the government was not serious.", "the government was not serious", "Norland Front"),
    ("The meeting was cancelled after Ola Brandt left the capital, saying he had been threatened.",
     "he had been threatened", "Ola Brandt"),
    ("The talks were broken off when the Vesterland delegation left Oslo, accusing Norland of bad faith.",
     "Norland of bad faith", "Vesterland delegation"),
])
def test_clause_before_subject(claims_of, text, content, speaker):
    # (the parse may hang the participle on the nearer verb itself: the speaker is the same)
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # an active main clause keeps its subject
    ("Ola Brandt met the envoys after the talks ended, saying that the rebels were ready.",
     "the rebels were ready", "Ola Brandt"),
    # the participle on "said": the speaker of that cue
    ("The sailors were freed on Monday, officials said, adding that they were in good health.",
     "they were in good health", "officials"),
])
def test_clause_before_subject_near_misses(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker and trace(c).get("speaker") != "claims.attribution.clause_before_subject"


def test_passive_alone_no_clause_before(claims_of):
    # a passive main clause with no clause before the comma: nothing to borrow
    claims, _ = claims_of("The talks were suspended on Monday, citing security concerns.")
    assert all(trace(c).get("speaker") != "claims.attribution.clause_before_subject" for c in claims)


def test_clause_before_subject_rule(claims_of):
    claims, actors = claims_of("The meeting was cancelled after Ola Brandt left the capital, saying he had been "
                               "threatened.")
    c = by_content(claims, "he had been threatened")
    assert name(c, actors) == "Ola Brandt" and trace(c).get("speaker") == "claims.attribution.clause_before_subject"


# ---------------------------------------------------------------- “… him …,” he said: not the man spoken of

@pytest.mark.parametrize("text, content, speaker", [
    # a captive named last, the quotation speaks of "him"
    ('President Ola Brandt said the deal was fair. Jonas Berg, who was held by the rebels for a year, was handed '
     'over to Norland troops on Sunday, officials said. "We are glad to see him back with his family," he said.',
     "We are glad to see him back", "Ola Brandt"),
    # "he" inside the quotation first; the earlier speaker spoke through a participle; the man named last
    # is acted on ("was flown": with "arrived" he would be a clause's doer, and may be the speaker, s33-fix)
    ('Ola Brandt welcomed the release on Monday, saying the talks had worked. Jonas Berg was flown to Oslo on '
     'Tuesday. "I spoke to him this morning and he is well," he said.', "I spoke to him this morning", "Ola Brandt"),
    # a woman speaker, "her" spoken of
    ('Kari Lund said the envoys had done their part. Maria Holm was freed on Sunday. "We are proud of her and '
     'of the envoys," she said.', "We are proud of her", "Kari Lund"),
])
def test_spoken_of_in_quote(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker and trace(c).get("speaker") == "claims.continuity.spoken_of_in_quote"


@pytest.mark.parametrize("text, content, speaker", [
    # the quotation speaks in the first person only: the man named last speaks
    ('Kari Lund said the talks had ended. Jonas Berg was freed on Sunday. "I am glad to be home," he said.',
     "I am glad to be home", "Jonas Berg"),
    # the quotation names the man before "he": the pronoun goes back to that name
    ('Kari Lund said the talks had ended. Ola Brandt spoke on Monday. "Jonas Berg is free and he is well," he said.',
     "Jonas Berg is free", "Ola Brandt"),
    # "they" is no pronoun of the speaker's gender
    ('Kari Lund said the talks had ended. Jonas Berg was freed on Sunday. "They treated me well," he said.',
     "They treated me well", "Jonas Berg"),
])
def test_spoken_of_in_quote_near_misses(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker and trace(c).get("speaker") != "claims.continuity.spoken_of_in_quote"
