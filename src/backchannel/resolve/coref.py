"""A small rule-based pronoun resolver.

Why rules: the pronouns that matter in a negotiation report are few ("he said",
"they had lost track", "its spy service") and their antecedent is almost always
the nearest compatible party, preferably a grammatical subject, within the last
couple of sentences. The resolver fills ``ctx.coref[token.i] = actor_id`` so the
claims stage can resolve "he claimed" to the spokesman quoted just before.

Compatibility: he/him/his/she/her -> a person (named, or an unnamed singular one);
they/them/their -> a group, organisation or state; it/its -> an organisation or
state. Pronouns inside quotations are left alone (their antecedents live in the
speaker's world, not the report's), except that the quotation's own mentions are
never candidates for a pronoun outside it.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from backchannel.context import Context
from backchannel.mentions import TokenActors
from backchannel.resolve.captivity import other_role
from backchannel.resolve.lexicon import lexicon
from backchannel.resolve.coref_number import NUMBER_READINGS, plural_reading
from backchannel.resolve.coref_plural import COREF_GROUPS, coordinated_antecedent, coref_group, plural_party
from backchannel.resolve.pronoun_fit import (
    OBJECT_DEPS, RELATIVE_TAGS, Cand, according_to, compatible, expletive, fits, gender, governing_verb, is_subject,
    main_clause, personal_pronouns, pronoun_words,
)
from backchannel.syntax.tree import VERB_POS, clause_chain, head_depth

# what the stages import from here: the pronoun's antecedent group, gender, an object pronoun's verb
__all__ = ["COREF_GROUPS", "OBJECT_DEPS", "coref_group", "gender", "governing_verb", "quote_spans", "resolve_all",
           "resolve_pronoun"]

QUOTE_RE = re.compile(r"“[^”]*”?|\"[^\"\n]*\"?")
MAX_SENTENCES_BACK = 2


def resolve_pronoun(ctx: Context, token: Token) -> str | None:
    """The actor id a pronoun, relative pronoun or definite description stands for (or None)."""
    return ctx.coref.get(token.i)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quotations (curly or straight double quotes)."""
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


class _Quotes:
    def __init__(self, text: str) -> None:
        self.spans = quote_spans(text)
        self.starts = [s for s, _ in self.spans]

    def inside(self, char: int) -> bool:
        i = bisect.bisect_right(self.starts, char) - 1
        return i >= 0 and self.spans[i][0] <= char < self.spans[i][1]


def _mention_tokens(ctx: Context, doc: Doc) -> list[Cand]:
    """The mentions as candidates, in text order."""
    out: list[Cand] = []
    for s, e, aid in ctx._spans:  # noqa: SLF001 (the context's sorted mention index)
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        out.append(Cand(root.i, aid, None if according_to(root) else is_subject(root)))
    return out


def _coarguments(ctx: Context, tok: Token, cands: list[Cand]) -> set[int]:
    """Mentions that can never be an object pronoun's antecedent: the subjects of its own verb
    ("Brenner told him"), and every mention of a party of a group pronoun that is that subject
    ("A and B said they had accused them": "them" is neither A nor B)."""
    if tok.dep_ not in OBJECT_DEPS:
        return set()
    subjects = {c.i for c in governing_verb(tok).children if c.dep_ in ("nsubj", "nsubjpass")}
    groups = ctx.notes.get(COREF_GROUPS)
    parties = {a for i in subjects for a in (groups.get(i, []) if isinstance(groups, dict) else [])}
    return subjects | {c.i for c in cands if c.aid in parties}


def resolve_all(ctx: Context) -> None:
    """Fill ``ctx.coref`` for relative and personal pronouns of the whole document."""
    doc = ctx.doc
    quotes = _Quotes(ctx.document.text)
    cands = _mention_tokens(ctx, doc)
    cand_idx = [c[0] for c in cands]
    sent_starts = [s.start for s in doc.sents]
    w = pronoun_words()
    personal = personal_pronouns()
    for tok in doc:
        low = tok.lower_
        if low in w.relative_pronouns and tok.tag_ in RELATIVE_TAGS and tok.head.dep_ == "relcl":
            ante = tok.head.head
            aid = ctx.actor_for_token(ante)
            if aid:
                ctx.coref[tok.i] = aid
                j = bisect.bisect_left(cand_idx, tok.i)
                if (j == len(cand_idx) or cand_idx[j] != tok.i) and not quotes.inside(tok.idx):
                    cand_idx.insert(j, tok.i)  # "X, who said his ...": a candidate too
                    cands.insert(j, Cand(tok.i, aid, is_subject(tok)))
            continue
        if tok.pos_ != "PRON" or not (low in personal or low in w.plural_pronouns or low in w.neuter_pronouns):
            continue
        if quotes.inside(tok.idx) or expletive(tok, ctx):
            continue
        if low == w.dummy_subject and tok.dep_ not in ("nsubj", "nsubjpass"):
            continue  # an object "it" is mostly a thing ("agree on it")
        aid, pair = _antecedent(ctx, tok, cands, cand_idx, sent_starts, quotes) or _cataphor(ctx, tok), []
        if low in w.plural_pronouns:
            pair = coordinated_antecedent(ctx, tok, cands, cand_idx, sent_starts, aid)
            aid, pair = _in_number(ctx, tok, cands, sent_starts, quotes, aid, pair)
            if pair:
                ctx.notes.setdefault(COREF_GROUPS, {})[tok.i] = pair  # type: ignore[index]
        if aid:
            ctx.coref[tok.i] = aid
            if len(pair) > 1 and tok.i in ctx.notes.get(NUMBER_READINGS, {}):  # type: ignore[operator]
                continue  # a group read by number is no singular antecedent (a later "they" reads its note)
            # a resolved pronoun is itself a candidate for later pronouns
            j = bisect.bisect_left(cand_idx, tok.i)
            cand_idx.insert(j, tok.i)
            cands.insert(j, Cand(tok.i, aid, is_subject(tok)))


def _in_number(ctx: Context, tok: Token, cands: list[Cand], sent_starts: list[int], quotes: _Quotes,
               aid: str | None, pair: list[str]) -> tuple[str | None, list[str]]:
    """A plural pronoun's antecedent and group, corrected by number agreement (rules ``coref.number.*``,
    :mod:`backchannel.resolve.coref_number`): the nearest plural phrase wins over a singular body; a
    reading that differs from the singular search's is noted for the interactions' trace."""
    blocked = _coarguments(ctx, tok, cands) | other_role(tok, cands)
    reading = plural_reading(ctx, tok, sent_starts, MAX_SENTENCES_BACK, blocked, quotes.inside)
    if reading is None or set(reading.actors) == set(pair or ([aid] if aid else [])):
        return aid, pair
    # the most salient member (the singular search's choice, when one of them) leads the group
    actors = sorted(reading.actors, key=lambda a: a != aid)
    ctx.notes.setdefault(NUMBER_READINGS, {})[tok.i] = (reading.rule, actors)  # type: ignore[index]
    return (actors[0] if actors else None), (actors if len(actors) > 1 else [])


def _antecedent(ctx: Context, tok: Token, cands: list[Cand], cand_idx: list[int], sent_starts: list[int],
                quotes: _Quotes) -> str | None:
    word = tok.lower_
    si = bisect.bisect_right(sent_starts, tok.i) - 1
    lo_sent = max(si - MAX_SENTENCES_BACK, 0)
    lo = sent_starts[lo_sent]
    # co-arguments of an object pronoun cannot be its antecedent ("Brenner told him")
    blocked = _coarguments(ctx, tok, cands) | other_role(tok, cands)  # never a captor for a captive
    hi = bisect.bisect_left(cand_idx, tok.i)
    # "praised Norland for its part": a possessive in a "for" phrase is the object's
    if tok.dep_ == "poss" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == pronoun_words().for_:
        verb = tok.head.head.head
        for c in verb.children:
            if c.dep_ == "dobj" and c.i < tok.i:
                aid = ctx.actor_for_token(c)
                if aid and compatible(ctx, aid, word):
                    return aid
    if (described := _description_subject(ctx, tok)) is not None:
        return TokenActors(ctx).described_group(described)  # (of its kind: none when no body named before fits)
    near = _dominating_antecedent(ctx, tok, cands[bisect.bisect_left(cand_idx, sent_starts[si]):hi], blocked, quotes)
    if near is not None:
        return near
    # walk sentences backwards; in each, prefer the nearest subject, then the nearest mention
    # (in an earlier sentence, the subject of its main clause first: "X alleged that Y is
    # retracting. It added ...": "it" continues the main clause's topic, X);
    # "according to X" sources count only when no sentence in reach offers anything else
    fallback = None
    for s in range(si, lo_sent - 1, -1):
        start = sent_starts[s]
        end = sent_starts[s + 1] if s + 1 < len(sent_starts) else len(ctx.doc)
        best_subj = best_any = best_src = best_main = None
        for k in range(hi - 1, -1, -1):
            ti, aid, subj = cands[k]
            if ti < start:
                break
            if ti >= end or ti >= tok.i or ti in blocked or ti < lo:
                continue
            if quotes.inside(ctx.doc[ti].idx):
                continue
            if not fits(ctx, ctx.doc[ti], aid, word):
                continue
            if subj and best_subj is None:
                best_subj = aid
            if subj and best_main is None and s < si and main_clause(ctx.doc[ti]):
                best_main = aid
            if subj is None:  # "according to X": only when nothing else in the sentence fits
                best_src = best_src or aid
                continue
            if best_any is None:
                best_any = aid
        if best_main or best_subj or best_any:
            return best_main or best_subj or best_any
        if best_src:
            fallback = fallback or best_src
    if fallback:
        return fallback
    return None


def _description_subject(ctx: Context, tok: Token) -> Token | None:
    """The definite group description that stands for no actor and is the subject of the verb an "it"/"they"
    hangs its clause on ("The militant group said it would free them", the group not found among the names
    before), else None. That subject is the pronoun's antecedent (the nearest dominating subject, after
    Hobbs): the pronoun stands for what the description does (``mentions.described_group``, of its kind),
    never for a body named sentences before that the description was found not to be (an aid body:
    ``actors.definite.kind_agreement``, s44-review). Only a head of ``definite_org_heads`` agreeing in
    number ("it" and a singular, "they" and a plural)."""
    w, low = pronoun_words(), tok.lower_
    plural = low in w.plural_pronouns
    if tok.dep_ == "poss" or not (plural or low in w.neuter_pronouns):
        return None
    chain = clause_chain(tok)
    if len(chain) < 2 or tok.head.i != chain[0].i or chain[0].head.i != chain[1].i:
        return None
    subj = next((c for c in chain[1].children if c.dep_ == "nsubj" and c.i < tok.i), None)
    found = subj is not None and subj.pos_ == "NOUN" and subj.lower_ in lexicon().definite_org_heads \
        and (subj.tag_ == "NNS") == plural and ctx.actor_for_token(subj) is None and subj.i not in ctx.coref \
        and any(c.dep_ == "det" and c.lower_ == w.definite_article for c in subj.children)
    return subj if found else None


def _dominating_antecedent(ctx: Context, tok: Token, cands: list[Cand], blocked: set[int],
                           quotes: _Quotes) -> str | None:
    """A pronoun's antecedent in its own sentence is searched clause by clause
    outwards from the pronoun (after Hobbs): in each dominating clause, the compatible mention
    highest in that clause (fewest head hops; then the leftmost) before the pronoun wins. "North Korea
    sent a bill for Ola Brandt's care after it released him": "him" is Brandt (in the clause "after"
    hangs on), not a subject of a higher clause; "Brandt, whose envoy met Hansen, said he would go":
    "he" is Brandt (the subject of "said"), not the envoy of the relative clause.
    A possessive takes only subjects, the most salient mentions ("the pupils were seized by gunmen who
    stormed their school": the pupils), and may take its own clause's subject ("Norland broke its
    promise"); a non-possessive pronoun skips its own clause (its co-arguments are never its antecedent); the
    relative pronoun of the pronoun's own clause is none either ("bandits who attacked their school":
    the school is not the bandits'); a nationality adjective ("Ukrainian children ... them") is a
    modifier, not a referent; an "according to X" source never counts here (the caller's fallback
    keeps it last)."""
    chain = clause_chain(tok)
    own = chain[0].i if chain else -1
    possessive = tok.dep_ == "poss"
    if not possessive and chain and tok.head.i == chain[0].i:
        chain = chain[1:]
    word = tok.lower_
    for h in chain:
        best: tuple[int, int, str] | None = None
        for ti, aid, subj in cands:
            t = ctx.doc[ti]
            if subj is None or ti in blocked or not (h.left_edge.i <= ti <= h.right_edge.i) \
                    or quotes.inside(t.idx) or t.dep_ == "amod" or (t.head.i == own and t.tag_ in RELATIVE_TAGS):
                continue
            if not fits(ctx, t, aid, word) or possessive and not subj:
                continue
            key = (head_depth(t, h), ti, aid)
            if best is None or key < best:
                best = key
        if best is not None:
            return best[2]
    return None


def _cataphor(ctx: Context, tok: Token) -> str | None:
    """ "Speaking when he received the pupils, the governor said ...", "After she landed, Anna Berg met
    ...": a pronoun with no antecedent before it that stands in a subordinate clause fronted before its
    main clause's subject is that subject, when compatible (a pronoun may look forward only from a
    clause below the one its antecedent governs). Never across clauses of equal rank ("He arrived and
    Brandt left"), never an "according to them" source (the source is not the one it cites), a plural
    pronoun only for a plural subject ("When they met, Norway said": no), and only as a last resort:
    an antecedent before the pronoun always wins."""
    if according_to(tok):
        return None
    for h in clause_chain(tok):
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i <= tok.i:
            continue
        branch = next((c for c in h.children if c.left_edge.i <= tok.i <= c.right_edge.i), None)
        if branch is None or branch.dep_ not in ("advcl", "prep", "npadvmod") or branch.i > subj.i:
            return None
        if tok.lower_ in pronoun_words().plural_pronouns and not plural_party(ctx, subj):
            return None
        aid = ctx.actor_for_token(subj)
        return aid if aid and compatible(ctx, aid, tok.lower_) else None
    return None
