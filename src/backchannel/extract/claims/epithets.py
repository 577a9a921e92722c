"""A speaker described, not named, where the report has just named one person: "the former
strongman said", "the congresswoman told a radio station".

Why: news writers vary the reference to a person they have just named with a description of what
that person is or was ("the former warlord", "the veteran", "the congressman" after "Rep. X");
such a head is a person noun but no source noun of the claims lexicon, so no rule made it a
speaker and the claim had none (s44-speaker census: old wire reports). The description stands
for the one named person mentioned in its own sentence before it or in the sentence before;
when none or two or more are there it stands for nobody (a new, unnamed person is not guessed).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from backchannel.data_loader import read
from backchannel.extract.claims.state import Cand
from backchannel.extract.context import Context
from backchannel.resolve.lexicon import lexicon as actor_lexicon

EPITHET_HOLDER = "claims.epithets.epithet_holder"
FILE = "epithets.toml"
#: the words allowed between the article and the head: adjectives, compounds, numbers ("the 72-year-old former strongman")
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "advmod", "npadvmod", "punct", "quantmod"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The epithet heads, the words that make a fresh person, the relational nouns that never count and
    the dependency labels of a name acting in its clause (``[epithets]``)."""
    data = read(FILE)["epithets"]
    return (frozenset(data["heads"]), frozenset(data["fresh_words"]), frozenset(data["relational"]),
            frozenset(data["agent_deps"]))


@cache
def _agent_preps() -> frozenset[str]:
    """The prepositions naming the doer of a noun's act (``[epithets] agent_preps``)."""
    return frozenset(read(FILE)["epithets"]["agent_preps"])


def epithet_head(span: Span, head: Token, definite: frozenset[str]) -> bool:
    """Whether ``span`` is a bare definite singular description of a person: the article, then only
    modifiers with no entity in them, then an epithet head or a government title (no relational or
    generic noun: "the father", "the deputy", "the man" are other people more often than not) with
    nothing hung after it."""
    heads, fresh, relational, _ = _words()
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or lemma in relational or not (
            lemma in heads or lemma in actor_lexicon().gov_titles):
        return False
    if not len(span) or span[0].lower_ not in definite or span[0].i >= head.i or span[-1].i != head.i:
        return False
    middle = [t for t in span if span[0].i < t.i < head.i]
    if any(t.ent_type_ and t.ent_type_ not in ("DATE", "CARDINAL") or t.lower_ in fresh or t.dep_ == "poss" for t in middle):
        return False
    if any(t.head.i != head.i and t.head not in middle or t.dep_ not in _MODIFIER_DEPS for t in middle):
        return False
    return not any(c.i > head.i for c in head.children)


def epithet_holder(ctx: Context, sents: list[Span], si: int, span: Span, head: Token,
                   definite: frozenset[str], claim: Cand) -> str | None:
    """Rule EPITHET_HOLDER: the one named person acting (:func:`_acting`) in the sentence before the
    description's or in its own sentence before it, when the description is a bare definite person noun
    (:func:`epithet_head`); None when none or several fit. Mentions inside the claim's own words or cue
    are what is said, not who says it ("“Tomas Varga must be tried,” the dissident said"), so they do
    not count; nor does a person apposed to another description ("Anna Berg, a nurse, ...")."""
    if not epithet_head(span, head, definite):
        return None
    start = sents[si - 1].start_char if si > 0 else sents[si].start_char
    said = [tuple(p) for p in (claim.pieces or [])] + [tuple(p) for p in (claim.split or [])]
    said += [tuple(claim.cue_span)] + ([claim.clause] if claim.clause else [])
    found: set[str] = set()
    for s, e, aid in ctx.mentions_in(start, span.start_char):
        actor = ctx.actors.get(aid)
        if actor is None or actor.kind != "person" or not actor.named:
            continue
        if any(s < pe and e > ps for ps, pe in said):
            continue
        found.add(aid if _acting(span.doc, s, e, head.lemma_.lower()) else "")
    return next(iter(found)) if len(found) == 1 and "" not in found else None


def _acting(doc: Doc, start: int, end: int, lemma: str) -> bool:
    """Whether the name at ``[start, end)`` is the subject of its clause (or the agent of a passive or of
    a noun: "efforts by Anna Berg"; or has a relative clause of which "who" is the subject) with no other description than ``lemma`` apposed to it: "Rebels freed Anna Berg", "Asked about Tomas Varga" and
    "Anna Berg, a nurse from Lund," leave a later "the warlord" to someone else."""
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or not len(name):
        return False
    root = name.root
    agent = root.dep_ in _words()[3] or root.dep_ == "pobj" and (
        root.head.dep_ == "agent" or root.head.lower_ in _agent_preps() and root.head.head.pos_ == "NOUN")
    # "Tomas Varga, who has ruled Westmark": the subject of the relative clause is the name
    agent = agent or any(k.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.tag_ == "WP" for w in k.children)
                         for k in root.children)
    return agent and not any(k.dep_ == "appos" and k.pos_ == "NOUN" and k.lemma_.lower() != lemma for k in root.children)


DEMONYM_HOLDER = "claims.epithets.demonym_holder"
#: tokens around a person's mention that may hold the demonym introducing them ("Norwegian hostage Jo Lee")
_DEMONYM_WINDOW = 4


def demonym_holder(ctx: Context, sents: list[Span], si: int, span: Span, head: Token,
                   definite: frozenset[str], claim: Cand) -> str | None:
    """Rule DEMONYM_HOLDER: "the Norwegian said" (a definite singular demonym used as a noun, one with
    a plural of its own, so a person and not the people or the state) is the one named person of its
    sentence before it or of the two sentences before whose side is that country or whom the report
    introduced with the demonym ("Norwegian hostage Jo Lee", "Jo Lee, a Norwegian sailor,"). Why: news writers vary the reference to a
    foreigner just named by nationality; the claims stage made a new actor named after the demonym.
    None when no person or several fit, and never a person inside the claim's own words."""
    country = actor_lexicon().demonym(head.text)
    if len(span) != 2 or span[0].lower_ not in definite or span[1].i != head.i or country is None \
            or head.tag_ not in ("NNP", "NN", "JJ") or head.text.lower() + "s" not in {d.lower() for d in country.demonyms}:
        return None
    start = sents[max(si - 2, 0)].start_char
    said = [tuple(p) for p in (claim.pieces or [])] + [tuple(claim.cue_span)] + ([claim.clause] if claim.clause else [])
    found: set[str] = set()
    for s, e, aid in ctx.mentions_in(start, span.start_char):
        actor = ctx.actors.get(aid)
        if actor is None or actor.kind != "person" or not actor.named or any(s < pe and e > ps for ps, pe in said):
            continue
        side = ctx.actors.get(actor.affiliation or "")
        tok = span.doc.char_span(s, e, alignment_mode="expand")
        near = [] if tok is None else list(span.doc[max(tok.start - _DEMONYM_WINDOW, 0): tok.start]) + [
            t for k in tok.root.children if k.dep_ == "appos" and k.tag_ == "NN" for t in k.subtree]  # "X, a Norwegian sailor,"
        if side is not None and side.name == country.name or any(t.lower_ == head.lower_ and t.i != head.i for t in near):
            found.add(aid)
    return next(iter(found)) if len(found) == 1 else None
