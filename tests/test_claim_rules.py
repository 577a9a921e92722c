"""Provenance of the claims stage: each test is named after the rule id it checks.

Why: a rule id is only useful if it names the rule that really produced a claim;
these tests pin, on sentences written for them, the id recorded on the claim
(``rule``), in its ``trace`` (``content``/``direct`` for the quotation rules,
``speaker`` for a speaker resolved by inference) and on the speaker actors the
stage makes. Every claim of the bundled examples must carry a rule.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claim_helpers import trace
from backchannel.extract import STAGES
from backchannel.extract.context import Context
from backchannel.model import Actor, Claim, Document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def claim(claims_of):
    """The only claim of a text."""

    def go(text: str) -> Claim:
        claims, _ = claims_of(text)
        assert len(claims) == 1, [(c.rule, c.content) for c in claims]
        return claims[0]

    return go


# -- content of a verb cue ------------------------------------------------------

def test_claims_content_complement(claim):
    c = claim("Foreign Minister Anna Lindqvist said that the ceasefire would hold through the winter.")
    assert c.rule == "claims.content.complement" and c.speaker == "anna-lindqvist"
    assert trace(c) == {}


def test_claims_content_complement_before(claim):
    c = claim('"We are ready to sign the accord tomorrow," Lindqvist told the BBC on Monday.')
    assert c.rule == "claims.content.complement_before" and c.direct


def test_claims_content_quotes_around_cue(claim):
    c = claim("“We are not leaving the table,” Lindqvist said, “and we expect the same of them.”")
    assert c.rule == "claims.content.quotes_around_cue"
    assert trace(c) == {"content": "claims.assign.whole_quotation", "direct": "claims.assign.whole_quotation"}


def test_claims_content_quote_before_cue(claims_of):
    claims, _ = claims_of('Anna Lindqvist arrived in Oslo. "We will not be rushed," she said of the talks, '
                          'in which Uganda demanded more time.')
    c = claims[0]
    assert c.rule == "claims.content.quote_before_cue" and c.content == "We will not be rushed,"
    assert trace(c)["speaker"] == "claims.speakers.pronoun_coref"


def test_claims_content_as_saying(claim):
    c = claim("The Norwegian mediator cited Holm as saying that the prisoners were safe.")
    assert c.rule == "claims.content.as_saying" and c.content == "the prisoners were safe"


def test_claims_content_clause_on_noun(claim):
    c = claim("The mediators confirmed in a statement that both delegations would return to Geneva.")
    assert c.rule == "claims.content.clause_on_noun"


def test_claims_content_phrasal_clause(claim):
    c = claim("Anna Lindqvist welcomed the release, pointing out that the prisoners had been held for two years.")
    assert c.rule == "claims.content.phrasal_clause" and c.cue == "pointing out"


def test_claims_content_phrasal_frame(claim):
    c = claim("Norway has repeatedly called for a humanitarian pause in the fighting.")
    assert c.rule == "claims.content.phrasal_frame" and c.speaker == "norway"


def test_claims_content_phrasal_infinitive(claim):
    c = claim("Lindqvist called on both sides to respect the truce.")
    assert c.rule == "claims.content.phrasal_infinitive"


def test_claims_content_infinitive(claim):
    c = claim("Anna Lindqvist pledged to return to Nairobi next month.")
    assert c.rule == "claims.content.infinitive" and c.content == "to return to Nairobi next month"


def test_claims_content_object(claim):
    c = claim("The mediator denied the report about the secret meeting.")
    assert c.rule == "claims.content.object" and c.content == "the report about the secret meeting"


def test_claims_content_frame(claim):
    c = claim("The guerrillas attacked the plan as a trap.")
    assert c.rule == "claims.content.frame"


def test_claims_content_naming(claim):
    c = claim("Lindqvist called the blockade a crime.")
    assert c.rule == "claims.content.naming"


def test_claims_content_naming_pronoun(claim):
    c = claim("The foreign minister called it a betrayal of the agreement.")
    assert c.rule == "claims.content.naming_pronoun" and c.content == "it a betrayal of the agreement"
    c = claim("Talks resumed on Monday. Lindqvist called this a provocation by the rebels.")
    assert c.rule == "claims.content.naming_pronoun" and c.content == "this a provocation by the rebels"


def test_claims_content_naming_pronoun_needs_a_predicate(claims_of):
    claims, _ = claims_of("The convoy reached the border. The envoy mentioned it at a press conference.")
    assert all(c.rule != "claims.content.naming_pronoun" for c in claims)


def test_claims_content_object_frame(claim):
    c = claim("At the summit, the president cited the shelling of the port as evidence of bad faith.")
    assert c.rule == "claims.content.object_frame"
    assert c.content == "the shelling of the port as evidence of bad faith"
    c = claim("The rebel commanders cited the raid on the convoy as their reason for leaving the talks.")
    assert c.rule == "claims.content.object_frame" and c.content.startswith("the raid on the convoy as")


def test_claims_content_object_participle(claim):
    c = claim("The court blocked the sale of the port, citing a threat to public safety.")
    assert c.rule == "claims.content.object_participle" and c.content == "a threat to public safety"
    c = claim("The minister postponed the vote on Monday, citing security concerns in the north.")
    assert c.rule == "claims.content.object_participle" and c.speaker == "minister"


def test_claims_content_object_participle_needs_the_comma(claims_of):
    claims, _ = claims_of("Reporters citing the figures were asked to leave.")
    assert all(c.rule != "claims.content.object_participle" for c in claims)


def test_claims_content_clause_on_addressee(claim):
    c = claim("In Geneva last week, the envoy told a meeting of regional leaders that the ceasefire would hold.")
    assert c.rule == "claims.content.clause_on_addressee" and c.content == "the ceasefire would hold"


def test_claims_content_object_frame_needs_the_frame(claims_of):
    claims, _ = claims_of("The envoy cited the figures at a press conference.")
    assert claims == []


def test_claims_content_naming_quote(claim):
    c = claim("Holm took part in what the diplomat called a “difficult but honest conversation.”")
    assert c.rule == "claims.content.naming_quote" and c.direct


def test_claims_content_anaphora(claim):
    c = claim("The two delegations agreed to a partial exchange of prisoners in the border town. "
              "Anna Lindqvist told reporters about this on Friday.")
    assert c.rule == "claims.content.anaphora" and c.content.startswith("The two delegations")


# -- attributions read from the surface ------------------------------------------

def test_claims_attribution_tail_said(claim):
    c = claim("The ceasefire would hold through the winter, Foreign Minister Anna Lindqvist said on Tuesday.")
    assert c.rule == "claims.attribution.tail_said" and c.speaker == "anna-lindqvist"


@pytest.mark.parametrize("text, speaker, content_end", [
    # a description segment after a segment that only ends in a name ("last October") is the speaker
    ("Norland and Vesterland freed nine fishermen at the port on Friday, the first such release since the "
     "storm last October, Norland officials said.", "norland-officials", "since the storm last October"),
    # a name segment after a description: the name
    ("Talks with the rebels have stalled over the convoy, the mayor's spokeswoman, Ilse Marek, told reporters.",
     "ilse-marek", "over the convoy"),
])
def test_claims_attribution_tail_said_name_segment(claim, text, speaker, content_end):
    c = claim(text)
    assert c.rule == "claims.attribution.tail_said" and c.speaker == speaker
    assert c.content.endswith(content_end)


@pytest.mark.parametrize("text, speaker", [
    ("Talks had stalled, the agency quoted Olek Brand as saying.", "olek-brand"),
    ("The talks had stalled over the convoy, the Lodz Herald quoted a senior Norland official as saying.",
     "senior-norland-official"),
])
def test_claims_attribution_tail_said_quoted_as_saying(claim, text, speaker):
    """"A, the medium quoted X as saying": X speaks, not the medium before the cue."""
    c = claim(text)
    assert c.rule == "claims.attribution.tail_said" and c.speaker == speaker


@pytest.mark.parametrize("text, obj, quote", [
    ("Envoy Ana Brel criticized the delay in the talks: “We have waited far too long.”",
     "the delay in the talks", "We have waited far too long."),
    ("Mayor Olek Brand praised the mediators for their patience: “They never gave up on us.”",
     "the mediators for their patience", "They never gave up on us."),
])
def test_claims_content_object_before_quote(claims_of, text, obj, quote):
    claims, _ = claims_of(text)
    assert sorted((c.content, c.direct) for c in claims) == sorted([(obj, False), (quote, True)])
    assert claims[0].speaker == claims[1].speaker is not None
    assert next(c for c in claims if not c.direct).rule == "claims.content.object_before_quote"


def test_claims_content_object_before_quote_said(claims_of):
    """"X said: “…”": a cue without an object makes the one quotation claim."""
    claims, _ = claims_of("Envoy Ana Brel said: “We have waited far too long.”")
    assert [(c.content, c.direct) for c in claims] == [("We have waited far too long.", True)]


@pytest.mark.parametrize("text, content", [
    ("Foreign Minister Ana Brel walked out of the meeting over what her office called hostile "
     "statements made by a Vesterland envoy.", "hostile statements"),
    ("The talks collapsed over what the rebels called a betrayal.", "a betrayal"),
])
def test_claims_content_naming_what(claim, text, content):
    c = claim(text)
    assert c.rule == "claims.content.naming_what" and c.content == content and c.cue == "called"


def test_claims_attribution_reverse_clause(claim):
    c = claim("The rebels released four engineers on Sunday, the ministry said, but the convoy was delayed by rain.")
    assert c.rule == "claims.attribution.reverse_clause"
    assert c.content == "The rebels released four engineers on Sunday"


def test_claims_candidates_relative_pronoun(claim):
    c = claim("The envoy later spoke with Anna Lindqvist, who admitted the talks were stuck.")
    assert c.rule == "claims.content.complement" and c.speaker == "anna-lindqvist"
    assert trace(c) == {"speaker": "claims.candidates.relative_pronoun"}


# -- non-verbal cues and signed text -----------------------------------------------

def test_claims_nominal_according_to(claim):
    c = claim("According to the mediators, the two sides agreed to exchange prisoners next week.")
    assert c.rule == "claims.nominal.according_to" and c.cue == "according to"


def test_claims_nominal_according_continued(claim):
    c = claim("Exports fell by a third, according to the ministry, and imports rose for the fourth month.")
    assert trace(c).get("content") == "claims.nominal.according_continued"
    assert len(c.spans.content) == 2 and c.content.startswith("Exports fell by a third")
    assert c.content.endswith("imports rose for the fourth month")
    c = claim("Two villages were shelled overnight, according to local officials, and a school was damaged.")
    assert trace(c).get("content") == "claims.nominal.according_continued"


def test_claims_attribution_continued_after_cue(claim):
    c = claim("Exports fell by a third, the ministry said in a bulletin, and imports rose for the fourth month.")
    assert trace(c).get("content") == "claims.attribution.continued_after_cue"
    assert len(c.spans.content) == 2
    c = claim("The convoy reached the border town, the mayor said on Tuesday, and the wounded were taken to hospitals.")
    assert trace(c).get("content") == "claims.attribution.continued_after_cue"


def test_claims_attribution_continued_after_cue_needs_a_subject(claim):
    c = claim("Exports fell by a third, the ministry said, and left the figures unexplained.")
    assert trace(c).get("content") != "claims.attribution.continued_after_cue"


def test_claims_nominal_pronoun_possessor(claims_of):
    claims, _ = claims_of("Minister Anna Lindqvist spoke for an hour. Her claim that the army had withdrawn was "
                          "disputed.")
    # the pronoun found here is then resolved by claims.speakers.pronoun_coref, which traces last
    found = ("claims.nominal.pronoun_possessor", "claims.speakers.pronoun_coref")
    c = next(c for c in claims if c.rule == "claims.nominal.noun_cue")
    assert trace(c).get("speaker") in found
    assert c.speaker == "anna-lindqvist" and c.content == "the army had withdrawn"
    claims, _ = claims_of("General Omar Haddad met the envoys. His warning that the truce would collapse was ignored.")
    assert any(trace(c).get("speaker") in found and c.speaker == "omar-haddad" for c in claims)


def test_claims_nominal_finding_source(claim):
    c = claim("In the latest poll, the ruling party led the opposition by five points.")
    assert c.rule == "claims.nominal.finding_source"
    assert c.content == "the ruling party led the opposition by five points"
    c = claim("The ruling party rose two points in this survey.")
    assert c.rule == "claims.nominal.finding_source" and c.content == "The ruling party rose two points"


def test_claims_nominal_finding_source_leaves_cues_and_places(claims_of):
    claims, _ = claims_of("In a new survey, the ministry said the talks would resume.")
    assert [c.rule for c in claims] == ["claims.content.complement"]
    claims, _ = claims_of("The talks resumed in Geneva on Monday.")
    assert claims == []


def test_claims_nominal_opinion_source(claims_of):
    claims, _ = claims_of("Minister Anna Lindqvist met the envoys. In the minister's words, the talks are “dead”.")
    c = next(c for c in claims if c.rule == "claims.nominal.opinion_source")
    assert c.speaker == "anna-lindqvist"
    claims, _ = claims_of("In the view of the mediators, the truce is holding.")
    assert [c.rule for c in claims] == ["claims.nominal.opinion_source"]
    claims, _ = claims_of("In other words, the deal failed.")
    assert claims == []


def test_claims_nominal_noun_cue(claims_of):
    claims, _ = claims_of("Lindqvist's claim that the army had withdrawn was false.")
    assert [(c.rule, c.speaker) for c in claims] == [("claims.nominal.noun_cue", "lindqvist")]


def test_claims_nominal_charge_apposition(claim):
    c = claim("The army shelled the market, a charge the government denies.")
    assert c.rule == "claims.nominal.charge_apposition" and c.content == "a charge"


def test_claims_signed_post(claim):
    c = claim("Our talks were productive and we will meet again soon. — Anna Lindqvist (@AnnaLindqvist) May 3, 2024")
    assert c.rule == "claims.signed.post" and c.cue == "—" and c.speaker == "anna-lindqvist"


def test_claims_signed_transcript_line(claims_of):
    claims, _ = claims_of("HOST: What happened in the last round of talks?\n"
                          "LINDQVIST: We made real progress on the prisoner exchange.")
    assert [c.rule for c in claims] == ["claims.signed.transcript_line"] * 2


def test_claims_signed_transcript_continued(claims_of):
    claims, _ = claims_of('HOST: What happened in the talks?\n\nLINDQVIST: "We made progress on the exchange.\n\n'
                          '"And the hostages will come home before winter."')
    assert [c.rule for c in claims] == ["claims.signed.transcript_line", "claims.signed.transcript_line",
                                        "claims.signed.transcript_continued"]
    assert claims[2].speaker == claims[1].speaker == "lindqvist"


# -- quotations --------------------------------------------------------------------

def test_claims_assign_partial_quote(claim):
    c = claim('Lindqvist, a former judge, said the charges were "political theatre" and would be dropped.')
    assert c.rule == "claims.content.complement" and c.content == "political theatre"
    assert trace(c) == {"content": "claims.assign.partial_quote", "direct": "claims.assign.partial_quote"}


def test_claims_assign_quote_then_cue(claim):
    c = claim('"We are ready," as Lindqvist put it on Monday.')
    assert c.rule == "claims.assign.quote_then_cue" and c.direct and c.cue == "put"


def test_claims_assign_cue_then_quote(claim):
    c = claim('Lindqvist put it plainly on Monday: "The accord is ready."')
    assert c.rule == "claims.assign.cue_then_quote" and c.direct and c.content == "The accord is ready."


def test_claims_assign_continued_quote(claims_of):
    claims, _ = claims_of('"The prisoners are safe," Anna Lindqvist told reporters. "They will be home before the '
                          'holidays."')
    assert [c.rule for c in claims] == ["claims.content.complement_before", "claims.assign.continued_quote"]
    assert claims[1].speaker == "anna-lindqvist"


def test_claims_assign_second_piece(claim):
    c = claim('"The prisoners are safe," Anna Lindqvist said on Monday, "and they will be home soon."')
    assert c.rule == "claims.content.complement_before" and len(c.spans.content) == 2
    assert trace(c) == {"content": "claims.assign.second_piece", "direct": "claims.assign.whole_quotation"}


# -- speakers ----------------------------------------------------------------------

def test_claims_speakers_pronoun_coref(claim):
    c = claim("Anna Lindqvist spoke to reporters on Monday. She said the deal was close.")
    assert c.speaker == "anna-lindqvist" and c.inferred == ["speaker"]
    assert trace(c) == {"speaker": "claims.speakers.pronoun_coref"}


def test_claims_speakers_previous_speaker(claims_of):
    claims, _ = claims_of("Diplomats briefed on the talks said the convoy had been stopped at the border. "
                          "Kenya never contacted Uganda directly, they said.")
    second = claims[-1]
    assert second.speaker == claims[0].speaker and second.inferred == ["speaker"]
    assert trace(second) == {"speaker": "claims.speakers.previous_speaker"}


def test_claims_speakers_name_in_apposition(claim):
    # (a title before the name is already a mention of the person: actors.descriptors.apposition_before)
    c = claim("The Norwegian envoy, Lars Holm, told reporters that the exchange would happen on Friday.")
    assert c.speaker == "lars-holm"
    c = claim("One witness, Lars Holm, told reporters that the exchange would happen on Friday.")
    assert c.speaker == "lars-holm"
    assert trace(c) == {"speaker": "claims.speakers.name_in_apposition"}


def test_claims_speaker_actors_unnamed_source(claim, claims_of):
    c = claim('"The border will stay open until the harvest is in," the governor claimed.')
    assert trace(c)["speaker"] == "claims.speaker_actors.unnamed_source"
    _, actors = claims_of('"The border will stay open until the harvest is in," the governor claimed.')
    gov = actors[c.speaker]
    assert gov.rule == "claims.speaker_actors.unnamed_source" and not gov.named
    assert [m.rule for m in gov.mentions] == ["claims.speaker_actors.unnamed_source"]


def test_claims_speaker_actors_same_source_again(claims_of):
    claims, actors = claims_of("People familiar with the talks said the convoy had been stopped. "
                               "The army accepted the truce but refused the exchange, the people said.")
    assert claims[0].speaker == claims[1].speaker
    assert trace(claims[1]) == {"speaker": "claims.speaker_actors.same_source_again"}
    assert [m.rule for m in actors[claims[0].speaker].mentions] == [
        "claims.speaker_actors.unnamed_source", "claims.speaker_actors.same_source_again"]


def test_claims_speaker_actors_missed_name_and_known_name(claims_of):
    claims, actors = claims_of("The West said the vote was rigged. Later the West said it would impose sanctions.")
    assert [trace(c) for c in claims] == [{"speaker": "claims.speaker_actors.missed_name"},
                                         {"speaker": "claims.speaker_actors.known_name"}]
    west = actors["west"]
    assert west.rule == "claims.speaker_actors.missed_name"
    assert [m.rule for m in west.mentions] == ["claims.speaker_actors.missed_name", "claims.speaker_actors.known_name"]


# -- the bundled examples and the documentation -------------------------------------

def _examples() -> list[Path]:
    ex = ROOT / "examples"
    return sorted(ex.glob("*.txt")) + sorted((ex / "synthetic").glob("*.txt")) + sorted((ex / "unseen").glob("*.txt"))


@pytest.mark.parametrize("path", _examples(), ids=lambda p: p.name)
def test_every_claim_of_the_examples_has_a_rule(nlp, path):
    """Every claim names its rule, every inferred speaker the rule that inferred it, and every
    actor and mention the claims stage made its rule."""
    from backchannel.ingest import read_file

    for item in read_file(path):
        ctx = Context(document=item.document, doc=nlp(item.document.text))
        STAGES["actors"](ctx)
        STAGES["claims"](ctx)
        for c in ctx.claims:
            assert c.rule is not None and c.rule.startswith("claims."), (c.id, c.content)
            assert c.backend == "rules"
            t = trace(c)
            assert all(r.startswith("claims.") for r in t.values()), (c.id, t)
            if "speaker" in c.inferred:
                assert "speaker" in t, (c.id, c.content)
        for a in ctx.actors.values():
            assert a.rule is not None, a.id
            assert all(m.rule is not None for m in a.mentions), a.id


def test_every_literal_rule_id_of_the_claims_stage_is_documented():
    """docs/rules.md lists every id written in the claims stage, and no id the code no longer has."""
    code = "\n".join(p.read_text() for p in (ROOT / "src/backchannel/extract/claims").glob("*.py"))
    in_code = set(re.findall(r'"(claims\.[a-z_]+\.[a-z_]+)"', code))
    documented = set(re.findall(r"`(claims\.[a-z_]+\.[a-z_]+)`", (ROOT / "docs" / "rules.md").read_text()))
    assert in_code, "no literal claims rule ids found"
    assert in_code - documented == set(), "document these rule ids in docs/rules.md"
    assert documented - in_code == set(), "these documented ids are not in the code"


# -- issue 12: attribution structure ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The rebel commander did not say how many prisoners the group was holding.",
    "The ministry never confirmed that the convoy had crossed the border.",
    "The army declined to say whether the strike had hit the depot.",
    "A key obstacle was the militia's refusal to acknowledge who among the captives was still alive.",
    "The spokesman declined to comment on the talks.",
])
def test_claims_polarity_negated_cue(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


def test_claims_polarity_negated_cue_keeps_a_quoted_not(claim):
    c = claim("“Will the truce hold? Probably not,” Anna Lindqvist said.")
    assert c.speaker == "anna-lindqvist" and c.direct


@pytest.mark.parametrize("text", [
    "The deal was brokered by Norwegian diplomats who persuaded both sides finally to conclude the accord.",
    "The study relies on chats with nine aides, a few of whom were granted anonymity to discuss the budget.",
    "Journalists gathered in the hall, expecting to hear the minister.",
])
def test_claims_attribution_nonfinite_cue(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text, cue, content_start", [
    ("Marta Quispe said the pact would free thirty fishermen by May, adding she hoped "
     "the harbour would reopen in spring.", "adding", "she hoped"),
    ("President Omar Bashir has said his ministers will not meet as planned to approve the accord, "
     "blaming the rebels for a last-minute reversal.", "blaming", "the rebels"),
])
def test_claims_attribution_reporting_participle(claims_of, text, cue, content_start):
    claims, actors = claims_of(text)
    c = next(c for c in claims if c.cue == cue)
    first = claims[0]
    assert c.speaker == first.speaker and actors[c.speaker].kind == "person", [(x.cue, x.speaker) for x in claims]
    assert trace(c).get("speaker") == "claims.attribution.reporting_participle"
    assert c.content.startswith(content_start)


@pytest.mark.parametrize("text, name", [
    ("Reports said the envoy's plane had stopped in Lodz to refuel.", "Reports"),
    ("Local media reports say the convoy reached the border on Sunday.", "Local media reports"),
])
def test_claims_speakers_anonymous_reports(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1 and actors[claims[0].speaker].name == name and not actors[claims[0].speaker].named
    assert trace(claims[0]).get("speaker") == "claims.speakers.anonymous_reports"


def test_claims_speakers_anonymous_reports_not_a_report(claims_of):
    """"The report said": a document with an issuer to find, never an anonymous source of its own."""
    claims, _ = claims_of("The report said the convoy reached the border on Sunday.")
    assert [c.speaker for c in claims] == [None]


@pytest.mark.parametrize("second", [
    "According to them, the envoy met the army chief in Lodz.",
    "They said the envoy met the army chief in Lodz.",
])
def test_claims_speakers_plural_source_again(claims_of, second):
    claims, actors = claims_of("Norland's army freed six aid workers on Monday, two people with knowledge of the "
                               "talks said. " + second)
    assert len(claims) == 2 and claims[1].speaker == claims[0].speaker
    assert actors[claims[1].speaker].kind == "group" and not actors[claims[1].speaker].named
    assert trace(claims[1]).get("speaker") == "claims.speakers.plural_source_again"


@pytest.mark.parametrize("text, speaker", [
    ("A Norland government team and the command of the Ostrava Liberation Front, or OLF, confirmed they "
     "had reached Lima by Monday.", "norland"),
    ("The Norland government and the Ostrava Liberation Front said the talks would resume on Friday.",
     "norland"),
    ("Envoy Mara Lisk and her deputy Tomas Brel said the talks would resume on Friday.", "mara-lisk"),
])
def test_claims_speakers_first_conjunct(claims_of, text, speaker):
    claims, _ = claims_of(text)
    assert len(claims) == 1 and claims[0].speaker.startswith(speaker), [c.speaker for c in claims]
    assert "front" not in claims[0].speaker and "brel" not in claims[0].speaker
    assert trace(claims[0]).get("speaker") == "claims.speakers.first_conjunct"


@pytest.mark.parametrize("text, speaker", [
    ("Norland and Vesterland sent envoys to Lodz. “Both sides must return to the table,” a joint "
     "Norland–Vesterland statement said.", "norland"),
    ("Norland and Vesterland sent envoys to Lodz. A joint Vesterland–Norland statement said the talks would "
     "resume in May.", "vesterland"),
])
def test_claims_speakers_first_modifier(claims_of, text, speaker):
    claims, _ = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]
    assert trace(claims[0]).get("speaker") == "claims.speakers.first_modifier"


@pytest.mark.parametrize("text, content", [
    ("Senator Rona Pike said she expects the minister to recover from her illness, which forced her to "
     "cancel a trip.", "she expects the minister to recover from her illness"),
    ("Lawyers for the growers argue that the board overstepped its powers when it issued the rules, "
     "which a court has since put on hold.", "the board overstepped its powers when it issued the rules"),
    ("The footage shows that the guard had his hands raised, contradicting the police account.",
     "the guard had his hands raised"),
])
def test_claims_content_trailing_gloss(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]
    assert trace(claims[0]).get("content") == "claims.content.trailing_gloss"


@pytest.mark.parametrize("text, content", [
    # before its cue the relative clause is inside what was said
    ("The ferry line, which the port authority runs, will resume service on Monday, the mayor said.",
     "The ferry line, which the port authority runs, will resume service on Monday"),
    # quoted words in the gloss are the speaker's
    ("The army said its delegation left for Lodz to discuss the truce, which is aimed at “saving lives”.",
     "saving lives"),
])
def test_claims_content_trailing_gloss_kept(claims_of, text, content):
    claims, _ = claims_of(text)
    assert content in [c.content for c in claims]
    assert all(trace(c).get("content") != "claims.content.trailing_gloss" for c in claims)


@pytest.mark.parametrize("text, content", [
    ("Several callers said they had doubts about the mayor, but could not bear to vote against her.",
     "they had doubts about the mayor, but could not bear to vote against her"),
    ("The envoy Mara Lisk said the talks would resume, and the rebels would sign by May.",
     "the talks would resume, and the rebels would sign by May"),
    ("The central bank said it would cut the rate, but would keep the bond program.",
     "it would cut the rate, but would keep the bond program"),
])
def test_claims_content_reported_continuation(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [(c.content, c.rule) for c in claims] == [(content, "claims.content.reported_continuation")]


def test_claims_content_reported_continuation_not_a_new_act(claims_of):
    """"…, and the rebels denied it": a reporting verb is never the reported clause's continuation."""
    claims, _ = claims_of("The envoy Mara Lisk said the talks had stalled, and the rebels denied it.")
    said = next(c for c in claims if c.cue == "said")
    assert said.content == "the talks had stalled" and said.rule == "claims.content.complement"


@pytest.mark.parametrize("text, cue, said, content", [
    ("Morland Front spokesman Tavi Orrin said the movement was reading the text but accused Premier "
     "Jana Kessel of adding new demands.", "accused", "the movement was reading the text",
     "Premier Jana Kessel of adding new demands"),
    ("Mayor Lina Oste said the port would reopen on Friday and denied that the talks had failed.", "denied",
     "the port would reopen on Friday", "the talks had failed"),
    # a past tense after "would"/"will" cannot share the modal: the speaker's own next act
    ("The union leader Edo Varga said the strike would go on and warned the ministry against any delay.",
     "warned", "the strike would go on", "the ministry against any delay"),
    ("Health Minister Ilse Varn said the clinic will stay shut and urged families to stay home.", "urged",
     "the clinic will stay shut", "families to stay home"),
])
def test_claims_attribution_coordinated_act(claims_of, text, cue, said, content):
    claims, actors = claims_of(text)
    first = next(c for c in claims if c.cue == "said")
    c = next(c for c in claims if c.cue == cue)
    assert first.content == said
    assert c.speaker == first.speaker and actors[c.speaker].kind == "person", [(x.cue, x.speaker) for x in claims]
    assert c.content == content and trace(c).get("speaker") == "claims.attribution.coordinated_act"


def test_claims_attribution_coordinated_act_shared_auxiliary(claims_of):
    """"had met and agreed": the participle shares "had", so the agreement is still reported."""
    claims, _ = claims_of("Envoy Pia Lund said the two sides had met and agreed to meet again in May.")
    assert [(c.cue, c.content) for c in claims] == [("said", "the two sides had met and agreed to meet again in May")]


@pytest.mark.parametrize("text, content", [
    ("Hundreds of farmers marched on the capital, calling for the government to cancel the fuel tax.",
     "the government to cancel the fuel tax"),
    ("The bishop called for the miners to return to the table.", "the miners to return to the table"),
])
def test_claims_content_phrasal_for_clause(claim, text, content):
    c = claim(text)
    assert c.rule == "claims.content.phrasal_for_clause" and c.content == content and c.cue.endswith("for")


@pytest.mark.parametrize("text, content", [
    ("But the border will stay closed until Friday, the ministry said.", "the border will stay closed until Friday"),
    ("However, the talks collapsed on the second day, according to two diplomats.",
     "the talks collapsed on the second day"),
    ("And the convoy never reached the town, a local official said.", "the convoy never reached the town"),
    ("In addition, the border will reopen on Friday, the ministry said.", "the border will reopen on Friday"),
    ("For instance, two villages lost power for a week, according to the mayor.",
     "two villages lost power for a week"),
])
def test_claims_spans_leading_connective(claim, text, content):
    c = claim(text)
    assert c.content == content and trace(c).get("content") == "claims.spans.leading_connective"


def test_claims_spans_leading_connective_not_a_degree_adverb(claim):
    c = claim("However costly the delay, the plan is sound, the minister said.")
    assert c.content.startswith("However costly")


@pytest.mark.parametrize("text", [
    "Marta Quispe said via her Telegram channel that the union would join the strike.",
    "The rebel spokesman announced via his X account that the truce would start at noon.",
])
def test_claims_candidates_own_channel(claim, text):
    c = claim(text)
    assert c.rule == "claims.content.complement" and c.speaker is not None


def test_claims_candidates_outlet_sourcing_via_media(claims_of):
    claims, _ = claims_of("The agency reports via foreign media that the border reopened.")
    assert claims == []


@pytest.mark.parametrize("text, name", [
    ("In a message on Telegram, Iceland's trade minister Sigrun Halldorsdottir, said the vote would be held "
     "in Reykjavik.", "Sigrun Halldorsdottir"),
    ("On Sunday, Kenya's chief mediator Amina Odhiambo, said both sides had signed the accord.",
     "Amina Odhiambo"),
])
def test_claims_attribution_leading_speaker_after_adverbial(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1 and claims[0].speaker and actors[claims[0].speaker].name == name


@pytest.mark.parametrize("text, name", [
    ("The Kenyan Foreign Minister and Chief Mediator, Amina Odhiambo, confirmed that the truce would hold.",
     "Amina Odhiambo"),
    ("The Norwegian Special Envoy, Espen Barth Eide, said that both delegations had arrived.", "Espen Barth Eide"),
])
def test_claims_speakers_name_in_apposition_after_title(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1 and actors[claims[0].speaker].name == name


def test_claims_speakers_previous_speaker_content_after_pronoun(claims_of):
    claims, actors = claims_of("The interior ministry accused the rebels of breaking the truce. It added that the army "
                               "would hold its fire until the rebels withdrew from the town.")
    added = next(c for c in claims if c.cue == "added")
    assert actors[added.speaker].name != "rebels" and added.speaker == claims[0].speaker


@pytest.mark.parametrize("text, content", [
    ("The mayor expressed concern that the bridge would not reopen before winter.",
     "the bridge would not reopen before winter"),
    ("Union leaders voiced anger over the closure of the port.", "anger over the closure of the port"),
])
def test_claims_content_attitude_object(claim, text, content):
    c = claim(text)
    assert c.rule == "claims.content.attitude_object" and c.content == content


@pytest.mark.parametrize("text", [
    "Relatives of the fishermen expressed joy on Monday.",
    "The cabinet voiced its support in a short meeting.",
])
def test_claims_content_attitude_object_about_nothing(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text", [
    "Norway had proposed a swap of detainees in March.",
    "The senator cited the audit in a hearing on Tuesday.",
])
def test_claims_content_proposing_and_citing_are_acts(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text, content", [
    ("The border will reopen next week, per two officials familiar with the plan.", "The border will reopen next week"),
    ("Per the Kenyan foreign ministry, the convoy left Nairobi at dawn.", "the convoy left Nairobi at dawn"),
])
def test_claims_nominal_per_source(claim, text, content):
    c = claim(text)
    assert c.rule == "claims.nominal.per_source" and c.content == content and c.cue.lower() == "per"
    assert c.speaker is not None


def test_claims_nominal_per_source_not_a_rate(claims_of):
    claims, _ = claims_of("Fuel now costs four dollars per gallon in the capital.")
    assert claims == []


@pytest.mark.parametrize("text", [
    "The ELN issued a statement on Monday. The statement said the fighters would withdraw by Friday.",
    "The ELN said in a written statement that its fighters would stay. The statement also said the talks would resume.",
    "Late on Monday the ELN issued a statement confirming the ceasefire.",
    "The ELN released a statement announcing that its fighters would withdraw by Friday.",
])
def test_claims_speakers_document_author(claims_of, text):
    claims, actors = claims_of(text)
    last = claims[-1]
    assert actors[last.speaker].name == "ELN" and trace(last).get("speaker") == "claims.speakers.document_author"


def test_claims_nominal_noun_cue_partial_quote_inside_according_to(claims_of):
    claims, actors = claims_of("The pact moved forward after Brenn's constant warnings there would be “serious "
                               "consequences” if the hostages stayed in jail, according to aides close to the "
                               "mediator.")
    inner = next(c for c in claims if c.cue == "warnings")
    assert inner.direct and inner.content == "serious consequences" and actors[inner.speaker].name.endswith("Brenn")
    outer = next(c for c in claims if c.cue == "according to")
    assert not outer.direct


def test_claims_nominal_according_to_relative_clause_keeps_sentence(claim):
    c = claim("The deal was brokered by Amina Odhiambo, who spoke twice with the rebel leader, according to a diplomat.")
    assert c.content.startswith("The deal was brokered")


def test_claims_attribution_speaker_before_aside(claims_of):
    claims, actors = claims_of("The vote was moved up after several ministers, including members of the security "
                               "cabinet, said the delay would endanger the captives.")
    assert len(claims) == 1 and actors[claims[0].speaker].name == "ministers"


def test_claims_assign_partial_quote_each(claims_of):
    claims, _ = claims_of("The plan was adopted “after weighing every security risk” and on the understanding that it "
                          "“serves the goals of the war,” the ministry said.")
    assert [c.content for c in claims] == ["after weighing every security risk", "serves the goals of the war,"]
    assert all(c.direct and c.speaker == claims[0].speaker for c in claims)
    assert trace(claims[1])["content"] == "claims.assign.partial_quote_each"


def test_claims_speaker_actors_acronym(claims_of):
    claims, actors = claims_of("The PMO said the cabinet would meet on Friday. Hours later the Prime Minister's Office "
                               "announced the vote had been postponed.")
    assert len(claims) == 2 and claims[0].speaker == claims[1].speaker


def test_claims_speaker_actors_same_source_again_only_a_speaker(claims_of):
    claims, actors = claims_of("The forum of senior ministers met on Friday. Later, numerous ministers said the vote "
                               "should not wait for the weekend.")
    assert len(claims) == 1 and actors[claims[0].speaker].name == "ministers"


@pytest.mark.parametrize("text", [
    "The mayor wanted to double-check the list of detainees.",
    "The envoy plans to visit Khartoum next week.",
])
def test_claims_content_desire_and_plan_are_not_statements(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


@pytest.mark.parametrize("text, content", [
    ("Kenya, as the envoy pointed out, has never hosted such talks.", "Kenya has never hosted such talks"),
    ("As the minister noted, the border has been closed since May.", "the border has been closed since May"),
    ("The talks collapsed on the second day, as two diplomats said on Monday.", "The talks collapsed on the second day"),
])
def test_claims_attribution_as_parenthetical(claim, text, content):
    c = claim(text)
    assert c.rule == "claims.attribution.as_parenthetical" and c.content == content and c.speaker is not None


def test_claims_attribution_as_parenthetical_not_a_comparison(claims_of):
    claims, _ = claims_of("The envoy did exactly the same as his predecessor said he would.")
    assert all(c.rule != "claims.attribution.as_parenthetical" for c in claims)


@pytest.mark.parametrize("text, content, rule", [
    ("If the truce fails, Mr. Brenn argues, there are other tools in the toolbox.",
     "If the truce fails there are other tools in the toolbox", "claims.attribution.mid_parenthetical"),
    # the same shape, parsed well, stays with the parse's reading
    ("To see the real Brenn Plan, Senator Jo Brenn said, one must read the annex.",
     "To see the real Brenn Plan one must read the annex", "claims.attribution.reverse_clause"),
])
def test_claims_attribution_mid_parenthetical(claim, text, content, rule):
    c = claim(text)
    assert c.rule == rule and c.content == content and c.speaker is not None
    assert len(c.spans.content) == 2


@pytest.mark.parametrize("text, name", [
    ("Said the Norwegian envoy: “We will not sign this accord.”", "Norwegian envoy"),
    ("Added the Kenyan minister, “The border stays closed.”", "Kenyan minister"),
])
def test_claims_attribution_inverted_speaker(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1 and claims[0].direct and name.endswith(actors[claims[0].speaker].name)


def test_claims_candidates_inflected_cue(claim):
    # (s37) a hope is a claim only with quoted words (claims.mental.state_of_mind): quoted here
    c = claim("The mediator hoped “both delegations would return to Doha within a week.”")
    assert c.cue == "hoped" and c.content == "both delegations would return to Doha within a week."


# -- issue 12, round 3: nested attribution, issuers, descriptions ---------------------

@pytest.mark.parametrize("text, speaker", [
    ("The Valmont Courier quoted an aide to the governor saying the bridge would reopen in May.", "aide"),
    ("The Harlow Gazette reported a senior Dunmark official as saying that the truce was holding.",
     "senior Dunmark official"),
    # (s27) the outlet that cites speaks; the cited commander makes no claim
    ("The broadcaster said, citing a militia commander, that the fighters would pull back.", "broadcaster"),
])
def test_claims_relay_relayed_speaker(claims_of, text, speaker):
    claims, actors = claims_of(text)
    # a citing medium also has its own claim of the same words, traced "nesting"
    # (claims.relay.relaying_outlet, tests/test_claim_rules_structure.py)
    claims = [c for c in claims if "nesting" not in trace(c)]
    assert len(claims) == 1, [(c.cue, c.content) for c in claims]
    assert actors[claims[0].speaker].name == speaker
    assert trace(claims[0]).get("speaker") in ("claims.relay.relayed_speaker", "claims.speaker_actors.unnamed_source")


@pytest.mark.parametrize("text, speaker, content", [
    ("The Harlow Gazette reported a Dunmark envoy saying that the prisoners were safe.", "Dunmark envoy",
     "the prisoners were safe"),
    ("The Harlow Gazette reported that Mayor Ilse Varga had said the port would stay shut.", "Ilse Varga",
     "the port would stay shut"),
])
def test_claims_relay_innermost_speaker(claims_of, text, speaker, content):
    claims, actors = claims_of(text)
    assert len(claims) == 1 and speaker in actors[claims[0].speaker].name and claims[0].content == content
    assert trace(claims[0]).get("speaker") in ("claims.relay.innermost_speaker", "claims.relay.relayed_speaker",
                                               "claims.speaker_actors.unnamed_source")


def test_claims_relay_innermost_speaker_not_for_plain_speech(claims_of):
    claims, actors = claims_of("Mayor Ilse Varga said Tomas Reyes told her the port would stay shut.")
    # Varga's report stays hers; Reyes's telling is a nested claim of its own (claims.nesting.inner_speech)
    assert [actors[c.speaker].name for c in claims if "nesting" not in trace(c)] == ["Ilse Varga"]
    assert [actors[c.speaker].name for c in claims if "nesting" in trace(c)] == ["Tomas Reyes"]


@pytest.mark.parametrize("text, outlet, cited", [
    ("Radio Pellin, citing two officials close to the negotiations, reported that the rebels had dropped "
     "their demand.", "Radio Pellin", "officials close to the negotiations"),
    ("Radio Pellin reported on Sunday, citing two officials close to the negotiations, that the rebels had "
     "dropped their demand.", "Radio Pellin", "officials close to the negotiations"),
    ("“The rebels had dropped their demand,” Radio Pellin reported, citing two officials close to the "
     "negotiations.", "Radio Pellin", "officials close to the negotiations"),
    ("Radio Pellin said, citing two officials close to the negotiations, that the rebels had dropped "
     "their demand.", "Radio Pellin", "officials close to the negotiations"),
])
def test_claims_relay_outlet_speaks_when_citing(claims_of, text, outlet, cited):
    # "X reported, citing Y, C": the outlet's claim (as the gold: cited sources make no claim of their
    # own); the cited source is an actor (claims.relay.cited_source, resolved then left out)
    claims, actors = claims_of(text)
    assert [actors[c.speaker].name for c in claims] == [outlet], [(c.cue, c.content) for c in claims]
    assert "rebels had dropped their demand" in claims[0].content and "citing" not in claims[0].content
    assert any(a.name == cited for a in actors.values())


@pytest.mark.parametrize("text", [
    "Radio Pellin quoted a Norland envoy as saying that the border would reopen. The broadcaster reported, "
    "citing two officials, that talks had resumed in Ostmark.",
    "Radio Pellin quoted a Norland envoy as saying that the border would reopen. The report said talks had "
    "resumed in Ostmark.",
])
def test_claims_speakers_reporting_medium_relaying_subject(claims_of, text):
    # a quoted source's claim names the outlet in its cue's subject: "the broadcaster" is Radio Pellin
    claims, actors = claims_of(text)
    found = [c for c in claims if "talks had resumed" in c.content]
    assert [actors[c.speaker].name for c in found] == ["Radio Pellin"]
    assert [actors[c.speaker].name for c in claims if "border" in c.content] == ["Norland envoy"]


def test_claims_relay_cites_source_only(claims_of):
    claims, _ = claims_of("Radio Pellin, citing two officials close to the negotiations, reported that the rebels had "
                          "left.")
    assert all(c.cue != "citing" for c in claims)
    claims, _ = claims_of("The court blocked the sale of the port, citing a threat to public safety.")
    assert [c.cue for c in claims] == ["citing"]


@pytest.mark.parametrize("text, speaker", [
    ("Talks resumed on Monday. A statement from the Kestrel Front said the fighters would withdraw.", "Kestrel Front"),
    ("Talks resumed on Monday. A letter signed by Ilse Varga said the prisoners were safe.", "Ilse Varga"),
    ("The exchange will take place on Friday, according to the Kestrel Front's website.", "Kestrel Front"),
])
def test_claims_speakers_document_issuer(claims_of, text, speaker):
    claims, actors = claims_of(text)
    assert len(claims) == 1 and actors[claims[0].speaker].name == speaker
    assert trace(claims[0]).get("speaker") == "claims.speakers.document_issuer"


def test_claims_speakers_document_issuer_not_the_last_subject(claims_of):
    claims, actors = claims_of("The Kestrel Front issued a statement. A statement from the Dunmark ministry "
                               "said the talks were useful.")
    assert actors[claims[-1].speaker].name != "Kestrel Front"


@pytest.mark.parametrize("text, name", [
    ("Harlow Mining, which holds the licence, said it had not been consulted. The company said it would "
     "study every option.", "Harlow Mining"),
    ("The Kestrel Front rejected the offer on Monday. Officials met again on Tuesday. "
     "The movement said the offer was an insult.", "Kestrel Front"),
])
def test_claims_descriptions_definite_description(claims_of, text, name):
    claims, actors = claims_of(text)
    last = claims[-1]
    assert actors[last.speaker].name == name
    assert trace(last).get("speaker") in ("claims.descriptions.definite_description", None)


def test_claims_descriptions_definite_description_keeps_an_unnamed_group(claims_of):
    claims, actors = claims_of("Harlow Mining rejected the offer. A firm of auditors examined the books. "
                               "The firm said the accounts were sound.")
    assert actors[claims[-1].speaker].name != "Harlow Mining"


@pytest.mark.parametrize("text, name", [
    ("Dunmark's Prime Minister and Defence Minister, Sheikh Aram Tal, landed in Lindau at dawn. "
     "Dunmark's prime minister said the talks were useful.", "Aram Tal"),
    ("President Ilse Varga flew to Lindau. Talks began at noon. The president said the deal was close.",
     "Ilse Varga"),
])
def test_claims_descriptions_title_holder(claims_of, text, name):
    claims, actors = claims_of(text)
    assert name in actors[claims[-1].speaker].name


def test_claims_descriptions_title_holder_needs_one_holder(claims_of):
    claims, actors = claims_of("A Dunmark official, Tomas Reyes, arrived in Lindau. The official said the talks "
                               "were useful.")
    c = claims[-1]
    assert trace(c).get("speaker") != "claims.descriptions.title_holder"


@pytest.mark.parametrize("text", [
    "Spokeswoman Ilse Varga said via email that the mayor would defend himself.",
    "The governor said via a spokesman that the border would reopen.",
])
def test_claims_candidates_outlet_channel_own_medium(claim, text):
    c = claim(text)
    assert c.rule == "claims.content.complement" and c.speaker is not None


@pytest.mark.parametrize("text", [
    "Mayor Ilse Varga planned to announce the accord on Friday.",
    "The foreign minister is expected to confirm the exchange next week.",
    "The rebels were due to sign the truce in Lindau.",
    "Varga wants to tell the council that the port will reopen.",
])
def test_claims_polarity_unrealised_cue(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.cue, c.content) for c in claims]


def test_claims_polarity_unrealised_cue_keeps_what_was_said(claim):
    c = claim("Mayor Ilse Varga said she planned to visit the port.")
    assert c.cue == "said" and c.content == "she planned to visit the port"
    c = claim("The envoy tried to explain that the delay was technical.")  # an attempt is still said
    assert c.content == "the delay was technical"


@pytest.mark.parametrize("text", [
    "A senior Dunmark official said the deal was close. Another official said it was not.",
    "A Western diplomat said the convoy had left. A second diplomat said it was still at the border.",
])
def test_claims_speakers_another_source(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 2 and claims[0].speaker != claims[1].speaker


@pytest.fixture(scope="module")
def run_titled(nlp):
    """Run the actors and claims stages on a document whose body opens with its title."""

    def go(title: str, body: str) -> list[Claim]:
        text = f"{title}.\n\n{body}"
        ctx = Context(document=Document(id="t", text=text, title=title), doc=nlp(text))
        STAGES["actors"](ctx)
        STAGES["claims"](ctx)
        return ctx.claims

    return go


@pytest.mark.parametrize("title, content, direct", [
    ("Ilse Varga: Harbour talks will resume in May", "Harbour talks will resume in May.", False),
    ("Survey: Most fishermen back the truce", "Most fishermen back the truce.", False),
    ("A warning from Ilse Varga: 'The port will not reopen'", "'The port will not reopen'", True),
])
def test_claims_signed_headline_speaker(run_titled, title, content, direct):
    claims = run_titled(title, "The talks in Lindau ended on Monday without a date for the next round.")
    c = next(c for c in claims if c.rule == "claims.signed.headline_speaker")
    assert c.cue == ":" and c.content.strip(".'") == content.strip(".'") and c.direct == direct


@pytest.mark.parametrize("title", [
    "Latest: Harbour talks will resume in May",
    "Storm Over Lindau: Harbour talks will resume in May",
])
def test_claims_signed_headline_speaker_not_a_label(run_titled, title):
    claims = run_titled(title, "The talks in Lindau ended on Monday without a date for the next round.")
    assert all(c.rule != "claims.signed.headline_speaker" for c in claims)


def test_claims_signed_headline_speaker_only_the_title(claims_of):
    claims, _ = claims_of("Ilse Varga: Harbour talks will resume in May.\n\nThe talks ended on Monday.")
    assert all(c.rule != "claims.signed.headline_speaker" for c in claims)


@pytest.mark.parametrize("text, first, rest", [
    ("The harbour is near the old fort, which, Ilse Varga said, is usually full of tourists.", "which",
     "is usually full of tourists"),
    ("The convoy carried sacks of grain, which the mayor said were meant for the camps.", "which",
     "were meant for the camps"),
    ("The accord amounted to what the senators said was a surrender.", "what", "was a surrender"),
])
def test_claims_content_relative_attribution(claims_of, text, first, rest):
    claims, _ = claims_of(text)
    c = next(c for c in claims if c.rule == "claims.content.relative_attribution")
    pieces = [text[s:e] for s, e in c.spans.content]
    assert pieces == [first, rest]


def test_claims_content_relative_attribution_ends_the_outer_content(claims_of):
    text = ("Ilse Varga said the photographs do not show whether the courier carried a bag, which she said "
            "was left at the border.")
    claims, _ = claims_of(text)
    outer = next(c for c in claims if c.rule == "claims.content.complement")
    assert outer.content == "the photographs do not show whether the courier carried a bag"
    assert any(c.rule == "claims.content.relative_attribution" for c in claims)


@pytest.mark.parametrize("text, quoted, clause_end", [
    ('Varga said the rebels were to blame for focusing on "who said this, who wrote that."',
     "who said this, who wrote that.", 'that."'),
    ('Brenn said the envoy went on television to blame "hundreds of low-paid" workers.', "hundreds of low-paid",
     "workers"),
])
def test_claims_assign_quote_in_clause(claims_of, text, quoted, clause_end):
    claims, _ = claims_of(text)
    c = claims[0]
    assert c.direct and c.content == quoted  # a partial quote of its clause
    assert text[:c.spans.clause[1]].rstrip('."”').endswith(clause_end.rstrip('."'))


@pytest.mark.parametrize("text, clause_end", [
    ('Varga said the rebels were to blame for focusing on "who said this, who wrote that."', 'that."'),
    ('Lenz called the vote "a clear violation and in flagrant disregard" of five earlier resolutions.',
     "earlier resolutions"),
])
def test_claims_assign_quote_in_clause_traced(claims_of, text, clause_end):
    claims, _ = claims_of(text)
    c = claims[0]
    assert c.direct and trace(c).get("clause") == "claims.assign.quote_in_clause"
    assert text[:c.spans.clause[1]].endswith(clause_end)


@pytest.mark.parametrize("text, content", [
    ("Ilse Varga said the harbour talks would be much harder — and she noted that any delay would cost lives.",
     "the harbour talks would be much harder"),
])
def test_claims_content_complement_without_dangling_conjunction(claims_of, text, content):
    claims, _ = claims_of(text)
    assert claims[0].content == content


@pytest.mark.parametrize("text, content", [
    ("According to radio host Rush Lamb, the move reeks of fear and desperation.",
     "the move reeks of fear and desperation"),
    ("According to Ilse Varga, a spokeswoman for the port, the ferries will sail on Friday.",
     "the ferries will sail on Friday"),
])
def test_claims_nominal_according_to_sentence_hung_on_source(claim, text, content):
    c = claim(text)
    assert c.rule == "claims.nominal.according_to" and c.content == content


def test_claims_assign_quote_in_clause_stops_at_the_paragraph(claims_of):
    text = 'Ilse Varga said the fishermen were in "good spirits."\n\nThe talks resume on Monday.'
    claims, _ = claims_of(text)
    c = claims[0]
    assert c.spans.clause is None or not text[c.spans.clause[1] - 1].isspace()


@pytest.mark.parametrize("text, name", [
    ("Talks ended late, Trade Secretary Oriel Banfa said on Monday. The Trade Secretary, in a short "
     "briefing, added: \"Both teams will meet again in June.\"", "Oriel Banfa"),
    ("Norland President Kasimir Dovh praised the envoys. \"We are close to a deal,\" the Norland President "
     "wrote on his channel.", "Kasimir Dovh"),
    ("Talks resumed, Chief Negotiator Mira Esk said. The Chief Negotiator said the gaps were narrowing.",
     "Mira Esk"),
])
def test_claims_titles_title_person(claims_of, text, name):
    claims, actors = claims_of(text)
    c = claims[-1]
    assert name in actors[c.speaker].name
    assert trace(c).get("speaker") == "claims.titles.title_person"
    assert not any(a.name.endswith(("Secretary", "President", "Negotiator")) for a in actors.values())


def test_claims_titles_title_person_needs_one_holder(claims_of):
    claims, actors = claims_of("Trade Secretary Oriel Banfa met Trade Secretary Lev Amund in Lindau. "
                               "The Trade Secretary said the talks were useful.")
    assert trace(claims[-1]).get("speaker") != "claims.titles.title_person"


@pytest.mark.parametrize("text, name", [
    ("The ferry line will run again by June, Senior Minister and Justice Minister of Lorvia Anna Petrova "
     "confirmed on Saturday.", "Anna Petrova"),
    ("Grain exports will restart next week, Senior Minister and Justice Minister of Vesterland Anna Petrova "
     "told reporters.", "Anna Petrova"),
])
def test_claims_titles_person_in_title(claims_of, text, name):
    claims, actors = claims_of(text)
    c = claims[0]
    assert name in actors[c.speaker].name
    assert trace(c).get("speaker") == "claims.titles.person_in_title"


@pytest.mark.parametrize("text, body", [
    ("Norland's Ministry of Fisheries said 40 boats were held. The ministry said the crews were safe.",
     "Ministry of Fisheries"),
    ("The Foreign Ministry of Vesterland welcomed the swap. Later the foreign ministry said ten detainees "
     "had flown home.", "Foreign Ministry"),
    ("The Office of the Ombudsman reviewed the case. The office said the inmates would be released.",
     "Office of the Ombudsman"),
])
def test_claims_titles_named_body(claims_of, text, body):
    claims, actors = claims_of(text)
    c = claims[-1]
    assert body in actors[c.speaker].name
    assert trace(c).get("speaker") in ("claims.titles.named_body", None)


def test_claims_titles_named_body_needs_the_word(claims_of):
    # "the army" is no "Liberation Army": only bodies whose head word is in body_heads
    claims, actors = claims_of("The Dunmark Liberation Army freed six guards. The army said the guards were "
                               "freed without talks.")
    assert "Liberation" not in actors[claims[-1].speaker].name if claims[-1].speaker else True


@pytest.mark.parametrize("text, source, owner", [
    ("Norland and Vesterland swapped prisoners on Monday. Norland state television said the crews would be "
     "freed.", "Norland state television", "norland"),
    ("The ferry talks with Norland resumed on Friday. The crews were safe, Norland state radio said.",
     "Norland state radio", "norland"),
])
def test_claims_speaker_actors_source_affiliation(claims_of, text, source, owner):
    # a broadcaster named by its state is a source of its own (not the state), belonging to it
    claims, actors = claims_of(text)
    a = actors[claims[-1].speaker]
    assert a.name == source and not a.named
    assert a.affiliation == owner or actors[a.affiliation].name.lower() == owner


def test_claims_speaker_actors_same_source_again_short_form(claims_of):
    # "TV" is the short form of "television" (claims_words.toml source_word_forms)
    claims, actors = claims_of("Talks resumed on Monday. Norland state television said the crews would be freed. "
                               "Hours later, the crews landed, Norland state tv said.")
    assert claims[0].speaker == claims[-1].speaker
    assert trace(claims[-1]).get("speaker") == "claims.speaker_actors.same_source_again"
    assert "Norland state tv" in actors[claims[0].speaker].aliases


@pytest.mark.parametrize("text", [
    ("Karl Osterby confirmed the truce on Saturday. According to the Norland Post, Osterby, speaking to the "
     "media moments after President Tomas Reyes announced a truce, said both sides would halt fire. He said "
     "the talks would resume."),
    ("Karl Osterby confirmed the ferry deal on Saturday. According to the Norland Post, Osterby, speaking to "
     "the media moments after President Tomas Reyes announced a truce, said the crews were safe. He said the "
     "ferries would sail on Monday."),
])
def test_claims_continuity_continuing_speaker(claims_of, text):
    # "he" goes on with the man who just spoke, not the man named inside the aside of his sentence
    claims, actors = claims_of(text)
    c = claims[-1]
    assert actors[c.speaker].name == "Karl Osterby"
    assert trace(c).get("speaker") == "claims.continuity.continuing_speaker"


def test_claims_continuity_continuing_speaker_keeps_a_new_subject(claims_of):
    claims, actors = claims_of("Anna Petrova said the ferries would sail. Tomas Reyes had a question for the minister. "
                               "\"Who pays the crews?\" he said.")
    c = claims[-1]
    assert trace(c).get("speaker") != "claims.continuity.continuing_speaker"


def _split_sources(nlp, text: str, first: str, second: str):
    """A context where another stage made two unnamed actors of one anonymous source."""
    from backchannel.model import Actor as ActorModel

    ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
    for name, start in ((first, text.index(first)), (second, text.rindex(second))):
        aid = ctx.new_actor_id(name)
        ctx.add_actor(ActorModel(id=aid, name=name, kind="group", named=False), rule="test")
        ctx.add_mention(aid, start, start + len(name), rule="test")
    return ctx


@pytest.mark.parametrize("text, first, second", [
    ("According to government sources, the envoys met twice. Sources also added that the guns would fall "
     "silent.", "government sources", "Sources"),
    ("Two Norland security sources said the convoy had left. Later, security sources said it had reached "
     "the border.", "Norland security sources", "security sources"),
])
def test_claims_speaker_actors_repeated_source(nlp, text, first, second):
    from backchannel.extract.claims.speaker_actors import repeated_source

    ctx = _split_sources(nlp, text, first, second)
    earlier, later = list(ctx.actors)
    start = text.rindex(second)
    span = ctx.doc.char_span(start, start + len(second))
    assert repeated_source(ctx, span, later, frozenset({earlier})) == earlier
    # not a source that never spoke, nor a source with another head word
    assert repeated_source(ctx, span, later, frozenset()) is None
