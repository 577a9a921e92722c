"""Session 43 (s43-speaker): who speaks when the speaker phrase is coordinated or set apart from its cue
(every text invented).

Why: news text often names two sources at once ("according to their lawyer and a relative") or puts an
aside between the speaker and the cue ("X, asked about Y, told reporters …", "the family of X, a captive
held since May, said Monday …", "X, a lawyer for citizens held by Y, said …"). The parse then hangs the
speaker on the aside, takes the day after the cue for an inverted name, or makes the whole coordination
one source; each test holds a shape of these constructions and a near miss.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


@pytest.mark.parametrize("text, words, who", [
    ("Six aid workers were freed on Tuesday, according to their lawyer and the brother of one of them.",
     "aid workers were freed", "their lawyer"),
    ("The bodies were handed over at the crossing, according to their lawyer and the brother of one of them.",
     "handed over", "their lawyer"),
])
def test_claims_speakers_source_conjunct(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == who, (c.speaker, trace(c))
    assert trace(c).get("speaker") == "claims.speakers.source_conjunct"


def test_claims_speakers_source_conjunct_named_first(claims_of):
    """A first conjunct the actors stage already made an actor speaks as before (first_conjunct)."""
    claims, actors = claims_of("A local official and a Red Crescent worker said the prisoners had been moved.")
    c = by_content(claims, "prisoners had been moved")
    assert name(c, actors) == "local official"
    assert trace(c).get("speaker") != "claims.speakers.source_conjunct"


@pytest.mark.parametrize("text, words, who", [
    ("Lena Dahl, asked about the talks, told reporters in Kessel that progress had been slow.",
     "progress had been slow", "Lena Dahl"),
    ("Berg, asked about the possibility of a swap, told reporters travelling with her in Lund that the "
     "situation \"looks good\".", "looks good", "Berg"),
])
def test_claims_attribution_aside_before_cue(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == who, (c.speaker, trace(c))
    assert not any(cl.cue.startswith("asked") for cl in claims)  # the one asked makes no claim of asking
    assert "reporters" not in {a.name for a in actors.values()}


def test_claims_attribution_aside_before_cue_near_miss(claims_of):
    """An aside the parse already reads right keeps its subject without the rule."""
    claims, actors = claims_of("Mikael Strand, pressed by reporters, told a news conference that no deal had been reached.")
    c = by_content(claims, "no deal had been reached")
    assert name(c, actors) == "Mikael Strand"


@pytest.mark.parametrize("text, words", [
    ("Ana Lutz and Karl Brun jointly said the ceasefire must hold.", "ceasefire must hold"),
    ("The talks were chaired by Ana Lutz and Oskar Renn, who together announced that the prisoners would be freed.",
     "prisoners would be freed"),
    ("The summit was hosted by Westmark President Ana Lutz and Ostland President Karl Brun, who jointly called "
     "for an \"immediate and unconditional\" ceasefire.", "immediate and unconditional"),
])
def test_claims_speakers_each_party_joint_adverb(claims_of, text, words):
    claims, actors = claims_of(text)
    found = [c for c in claims if words in c.content]
    assert len(found) == 2, [(c.content, c.rule) for c in claims]
    assert [name(c, actors) for c in found][0] == "Ana Lutz"
    assert all(trace(c).get("speaker") == "claims.speakers.each_party" for c in found)


def test_claims_speakers_each_party_no_adverb(claims_of):
    """No joint adverb: one claim, the first conjunct's."""
    claims, actors = claims_of("The talks were attended by Ana Lutz and Karl Brun, who said the truce would hold.")
    c = by_content(claims, "truce would hold")
    assert name(c, actors) == "Ana Lutz"


@pytest.mark.parametrize("text, words, who", [
    ("Holm's comment comes after the family of Jon Amsel, the longest-held Westmark prisoner in an Ostland "
     "jail, said Saturday they were hopeful that his release was near.", "hopeful", "family of Jon Amsel"),
    ("Holm's remark came after the relatives of Lena Dahl, a nurse held in Ostland since May, said Monday "
     "they had not heard from her.", "not heard from her", "relatives of Lena Dahl"),
])
def test_claims_attribution_speaker_before_aside_of_phrase(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == who, (c.speaker, trace(c))
    assert not {"Saturday", "Monday"} & {a.name for a in actors.values()}  # the day is no speaker


@pytest.mark.parametrize("text, words, who", [
    ("Jon Amsel, a lawyer for Westmark citizens held prisoner by Ostland, said that they were getting ready to leave.",
     "getting ready to leave", "Jon Amsel"),
    ("Ilse Marrow, an envoy for families of sailors seized off Tolvik, said that the ships would be returned.",
     "ships would be returned", "Ilse Marrow"),
])
def test_claims_attribution_leading_speaker_reduced_relative(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == who, (c.speaker, trace(c))


@pytest.mark.parametrize("text, words, who", [
    ("\"This is not yet the end of the process,\" warned Holm, flanked by two other members of the mediation "
     "team: former Westmark Vice-President Ana Lutz and former Ostland President Karl Brun.", "not yet the end", "Holm"),
    ("\"The guns must fall silent,\" cautioned Lena Dahl, flanked by the other members of the panel: former "
     "Ostland premier Oskar Renn and former Westmark minister Jon Amsel.", "guns must fall silent", "Lena Dahl"),
])
def test_claims_attribution_inverted_before_aside(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == who, (c.speaker, trace(c))


def test_claims_attribution_inverted_before_aside_near_miss(claims_of):
    """A name right after the cue that the parse already made the subject keeps it, without the rule."""
    claims, actors = claims_of("\"We will not give up,\" said Ilse Marrow, standing beside the mayor of Tolvik, Jon Amsel.")
    c = by_content(claims, "not give up")
    assert name(c, actors) == "Ilse Marrow"
    assert trace(c).get("speaker") != "claims.attribution.inverted_before_aside"


def test_claims_speakers_source_conjunct_two_titles(claims_of):
    """A singular second conjunct without a determiner is a second title of the same person: no split."""
    claims, actors = claims_of("The former trade minister and current envoy to Ostland said the talks would resume.")
    c = by_content(claims, "talks would resume")
    assert trace(c).get("speaker") != "claims.speakers.source_conjunct"
