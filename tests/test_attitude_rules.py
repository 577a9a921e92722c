"""Attributions that are not claims (``claims.attitudes.*``): beliefs, wishes, intentions and
negated speech, each recorded as an :class:`~backchannel.model.Attribution` of its kind and
never as a claim. Every sentence is invented; each test is named after the rule id it checks.
"""

from __future__ import annotations

import json

import pytest

from backchannel.chunking import ChunkMerger
from backchannel.export.polnear import pred_lines
from backchannel.extract import STAGES
from backchannel.extract.claims.attitudes import attitudes
from backchannel.extract.context import Context
from backchannel.model import Attribution, Claim, Document, Dossier, dossier_from_json, to_json
from backchannel.pipeline import extract


@pytest.fixture(scope="module")
def run(nlp):
    """Run the actors and claims stages; return (claims, attributions, text)."""

    def go(text: str) -> tuple[list[Claim], list[Attribution]]:
        ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
        STAGES["actors"](ctx)
        STAGES["claims"](ctx)
        return ctx.claims, ctx.attributions

    return go


def only(run, text: str) -> Attribution:
    """The one attribution of a text that makes no claim."""
    claims, atts = run(text)
    assert claims == [], [c.content for c in claims]
    assert len(atts) == 1, [(a.rule, a.content) for a in atts]
    return atts[0]


def spans(text: str, a: Attribution) -> tuple[list[str], str | None, str | None]:
    """(content pieces, cue, source phrase) as text."""
    sp = a.spans
    return ([text[s:e] for s, e in sp.content], text[sp.cue[0]:sp.cue[1]] if sp.cue else None,
            text[sp.speaker[0]:sp.speaker[1]] if sp.speaker else None)


@pytest.mark.parametrize("text, content, cue, source", [
    ("Olga Brandt suspects that the ledger was altered.", "the ledger was altered", "suspects", "Olga Brandt"),
    ("The harbour board assumes the quay will flood again.", "the quay will flood again", "assumes", "The harbour board"),
])
def test_claims_attitudes_belief_clause(run, text, content, cue, source):
    a = only(run, text)
    assert (a.kind, a.rule) == ("belief", "claims.attitudes.belief_clause")
    assert spans(text, a) == ([content], cue, source)


@pytest.mark.parametrize("text, content, cue", [
    ("The Harrow guild wants to reopen the mill.", "to reopen the mill", "wants"),
    ("Mayor Ilse Varn plans to visit Tolbeck next week.", "to visit Tolbeck next week", "plans"),
    ("The cooperative is seeking to buy the old depot.", "to buy the old depot", "seeking"),
    ("Osk Tamm wants to sign up ten thousand members, focusing on the river towns.",
     "to sign up ten thousand members", "wants"),
])
def test_claims_attitudes_belief_infinitive(run, text, content, cue):
    a = only(run, text)
    assert (a.kind, a.rule) == ("belief", "claims.attitudes.belief_infinitive")
    assert spans(text, a)[:2] == ([content], cue)


def test_claims_attitudes_belief_infinitive_source_is_an_actor(run):
    a = only(run, "Mayor Ilse Varn plans to visit Tolbeck next week.")
    assert a.source == "ilse-varn"


@pytest.mark.parametrize("text, content, source", [
    ("The dockworkers' union endorsed Pavel Korvin.", "Pavel Korvin", "The dockworkers' union"),
    ("Most farmers in the valley oppose the new levy.", "the new levy", "Most farmers in the valley"),
    ("Pavel Korvin was endorsed by the dockworkers' union.", "Pavel Korvin", "union"),
])
def test_claims_attitudes_belief_object(run, text, content, source):
    a = only(run, text)
    assert (a.kind, a.rule) == ("belief", "claims.attitudes.belief_object")
    pieces, _, src = spans(text, a)
    assert pieces == [content] and src is not None and source in src


@pytest.mark.parametrize("text, content", [
    ("Anneke Lorre believes in the new charter.", "the new charter"),
    ("The guild has decided against a strike.", "a strike"),
])
def test_claims_attitudes_belief_prep(run, text, content):
    a = only(run, text)
    assert (a.kind, a.rule, spans(text, a)[0]) == ("belief", "claims.attitudes.belief_prep", [content])


@pytest.mark.parametrize("text, content, cue", [
    ("The council did not say when the vote would be held.", "when the vote would be held", "say"),
    ("The ministry never confirmed that the convoy had crossed the river.", "the convoy had crossed the river",
     "confirmed"),
    ("Renko did not deny the report.", "the report", "deny"),
])
def test_claims_attitudes_negated_speech(run, text, content, cue):
    a = only(run, text)
    assert (a.kind, a.rule) == ("negated", "claims.attitudes.negated_speech")
    assert spans(text, a)[:2] == ([content], cue)


def test_claims_attitudes_seeming(run):
    text = "The new levy seems too harsh for small farms."
    a = only(run, text)
    assert (a.kind, a.rule, a.source, a.spans.speaker) == ("belief", "claims.attitudes.seeming", None, None)
    assert spans(text, a)[0] == ["The new levy", "too harsh for small farms"]


def test_claims_attitudes_passive_expected(run):
    text = "The ferry is expected to resume service in May."
    a = only(run, text)
    assert (a.kind, a.rule, a.source) == ("belief", "claims.attitudes.passive_expected", None)
    assert spans(text, a)[0] == ["The ferry", "to resume service in May"]
    # with a "by" agent it is the agent's expectation, not a sourceless one
    claims, atts = run("The ferry was expected by the harbour master to resume service in May.")
    assert all(a.rule != "claims.attitudes.passive_expected" for a in atts)


@pytest.mark.parametrize("text", [
    "Ilse Varn said that the bridge would close.",          # a claim, nothing beside it
    "Ilse Varn said she wants to run again.",               # the wish is inside her claim's words
    "Anyone wanting to borrow money must apply in person.",  # a generic modifier: no one's wish
    "What the guild wants is a new mill.",                   # a relative object points elsewhere
    "“We want to reopen the mill,” Osk Tamm said.",         # inside a quotation: the quote's claim
])
def test_claims_attitudes_make_no_second_record(run, text):
    assert run(text)[1] == []


def test_claims_policy_unchanged_by_attitudes(run):
    """A belief or a negated speech act never becomes a claim, and a claim's sentence keeps its claim."""
    claims, atts = run("Olga Brandt suspects that the ledger was altered. The council did not say when "
                       "the vote would be held. Ilse Varn said that the bridge would close.")
    assert [c.content for c in claims] == ["the bridge would close"]
    assert [a.kind for a in atts] == ["belief", "negated"]


def test_attributions_in_the_dossier_and_the_polnear_export(nlp):
    text = "The Harrow guild wants to reopen the mill. Ilse Varn said that the bridge would close."
    d = extract(Document(id="doc1", text=text), nlp(text))
    assert [a.id for a in d.attributions] == ["a1"] and d.reference_errors() == []
    assert dossier_from_json(to_json(d)).attributions == d.attributions  # round trip
    line = next(pred_lines(d))
    got = {text[c["content_span"][0]:c["content_span"][1]]: c for c in line["claims"]}
    assert set(got) == {"to reopen the mill", "that the bridge would close"}
    assert got["to reopen the mill"]["kind"] == "belief" and got["to reopen the mill"]["direct"] is False
    json.dumps(line)


def test_attributions_shift_with_their_piece_of_a_long_text(nlp):
    first, second = "Ilse Varn said that the bridge would close. ", "The Harrow guild wants to reopen the mill."
    whole = Document(id="w", text=first + second)
    merger = ChunkMerger(whole)
    for start, end in ((0, len(first)), (len(first), len(whole.text))):
        piece = merger.piece(start, end)
        merger.add(extract(piece, nlp(piece.text)), start)
    d: Dossier = merger.dossier()
    (a,) = d.attributions
    s, e = a.spans.content[0]
    assert whole.text[s:e] == "to reopen the mill" and d.reference_errors() == []


def test_attitudes_data_is_checked():
    att = attitudes()
    assert "want" in att.verbs and att.verbs["want"].infinitive
    assert all(lemma in att.verbs for lemma in att.forms.values())
    assert "what" in att.words.fronted and "seem" in att.seeming.verbs


def test_polnear_export_writes_every_piece_of_a_seeming_attribution(nlp):
    """"X seems Y" has two content pieces (before and after the cue): both reach the export."""
    text = "The new levy seems too harsh for small farms."
    d = extract(Document(id="doc1", text=text), nlp(text))
    line = next(pred_lines(d))
    got = sorted(text[c["content_span"][0]:c["content_span"][1]] for c in line["claims"])
    assert got == ["The new levy", "too harsh for small farms"]
