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

from backchannel.extract import STAGES
from backchannel.extract.context import Context
from backchannel.model import Actor, Claim, Document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def run(nlp):
    """Run the actors and claims stages; return (claims, {actor id: actor})."""

    def go(text: str) -> tuple[list[Claim], dict[str, Actor]]:
        ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
        STAGES["actors"](ctx)
        STAGES["claims"](ctx)
        return ctx.claims, ctx.actors

    return go


@pytest.fixture(scope="module")
def claim(run):
    """The only claim of a text."""

    def go(text: str) -> Claim:
        claims, _ = run(text)
        assert len(claims) == 1, [(c.rule, c.content) for c in claims]
        return claims[0]

    return go


def trace(c: Claim) -> dict[str, str]:
    return dict(c.trace) if c.trace else {}


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


def test_claims_content_quote_before_cue(run):
    claims, _ = run('Anna Lindqvist arrived in Oslo. "We will not be rushed," she said of the talks, '
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


def test_claims_nominal_noun_cue(run):
    claims, _ = run("Lindqvist's claim that the army had withdrawn was false.")
    assert [(c.rule, c.speaker) for c in claims] == [("claims.nominal.noun_cue", "lindqvist")]


def test_claims_nominal_charge_apposition(claim):
    c = claim("The army shelled the market, a charge the government denies.")
    assert c.rule == "claims.nominal.charge_apposition" and c.content == "a charge"


def test_claims_signed_post(claim):
    c = claim("Our talks were productive and we will meet again soon. — Anna Lindqvist (@AnnaLindqvist) May 3, 2024")
    assert c.rule == "claims.signed.post" and c.cue == "—" and c.speaker == "anna-lindqvist"


def test_claims_signed_transcript_line(run):
    claims, _ = run("HOST: What happened in the last round of talks?\n"
                    "LINDQVIST: We made real progress on the prisoner exchange.")
    assert [c.rule for c in claims] == ["claims.signed.transcript_line"] * 2


def test_claims_signed_transcript_continued(run):
    claims, _ = run('HOST: What happened in the talks?\n\nLINDQVIST: "We made progress on the exchange.\n\n'
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


def test_claims_assign_continued_quote(run):
    claims, _ = run('"The prisoners are safe," Anna Lindqvist told reporters. "They will be home before the holidays."')
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


def test_claims_speakers_previous_speaker(run):
    claims, _ = run("Diplomats briefed on the talks said the convoy had been stopped at the border. "
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


def test_claims_speaker_actors_unnamed_source(claim, run):
    c = claim('"The border will stay open until the harvest is in," the governor claimed.')
    assert trace(c)["speaker"] == "claims.speaker_actors.unnamed_source"
    _, actors = run('"The border will stay open until the harvest is in," the governor claimed.')
    gov = actors[c.speaker]
    assert gov.rule == "claims.speaker_actors.unnamed_source" and not gov.named
    assert [m.rule for m in gov.mentions] == ["claims.speaker_actors.unnamed_source"]


def test_claims_speaker_actors_same_source_again(run):
    claims, actors = run("People familiar with the talks said the convoy had been stopped. "
                         "The army accepted the truce but refused the exchange, the people said.")
    assert claims[0].speaker == claims[1].speaker
    assert trace(claims[1]) == {"speaker": "claims.speaker_actors.same_source_again"}
    assert [m.rule for m in actors[claims[0].speaker].mentions] == [
        "claims.speaker_actors.unnamed_source", "claims.speaker_actors.same_source_again"]


def test_claims_speaker_actors_missed_name_and_known_name(run):
    claims, actors = run("The West said the vote was rigged. Later the West said it would impose sanctions.")
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
