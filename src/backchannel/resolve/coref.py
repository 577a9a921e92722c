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
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Token

from backchannel.context import Context
from backchannel.resolve.captivity import other_role
from backchannel.resolve.lexicon import ActorWords, fold, lexicon
from backchannel.resolve.members import spoke_as_member
from backchannel.syntax.tree import VERB_POS, conjuncts, coordination_head

#: ``ctx.notes`` key: a plural pronoun's token index -> the coordinated parties it stands for ("A and B ... they").
COREF_GROUPS = "coref_groups"
PARTY_KINDS = ("person", "group", "organization", "state")
RELATIVE_TAGS = ("WP", "WP$", "WDT")
QUOTE_RE = re.compile(r"“[^”]*”?|\"[^\"\n]*\"?")
MAX_SENTENCES_BACK = 2
OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj")
PLURAL_TAGS = ("NNS", "NNPS")


class Cand(NamedTuple):
    """A candidate antecedent: the mention's root token index, its actor id, and whether it is a
    subject (None: an "according to X" source, kept only as a last resort)."""

    i: int
    aid: str
    subj: bool | None


def resolve_pronoun(ctx: Context, token: Token) -> str | None:
    """The actor id a pronoun, relative pronoun or definite description stands for (or None)."""
    return ctx.coref.get(token.i)


def coref_group(ctx: Context, tok: Token) -> list[str]:
    """The parties a plural pronoun stands for when its antecedent is a coordination ("Norland and
    Vesterland said they had agreed": both), live actors only; empty otherwise. ``ctx.coref`` keeps
    the one actor the single-antecedent search chose (the claims stage reads that)."""
    groups = ctx.notes.get(COREF_GROUPS)
    got = [a for a in groups.get(tok.i, []) if a in ctx.actors] if isinstance(groups, dict) else []
    return got if len(got) >= 2 else []


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


def _words() -> ActorWords:
    """Pronouns and gender words (``data/actors_words.toml``, table ``coref``)."""
    return lexicon().words


@cache
def _personal() -> frozenset[str]:
    """he/him/his/she/her...: pronouns that need a person."""
    w = _words()
    return w.male_pronouns | w.female_pronouns


def gender(ctx: Context, aid: str) -> str | None:
    """'f', 'm' or None: from descriptors ("spokeswoman"), honorifics and the given-name gazetteer.

    Only cheap, stated evidence counts; a given name in the gazetteer that is not listed as
    female counts as male only when nothing else is known and it is not in ``unisex``.
    """
    cache: dict[str, str | None] = ctx.notes.setdefault("coref_gender", {})  # type: ignore[assignment]
    if aid in cache:
        return cache[aid]
    actor = ctx.actors.get(aid)
    w = _words()
    g = None
    if actor is not None and actor.kind == "person":
        words = {w.lower().strip(".") for d in actor.descriptors for w in d.split()}
        words |= {w.lower().strip(".") for w in actor.name.split()}
        if words & w.female_words and not words & w.male_words:
            g = "f"
        elif words & w.male_words and not words & w.female_words:
            g = "m"
        elif actor.named:
            lx = lexicon()
            first = actor.name.split()[0]
            if lx.is_female_name(first):
                g = "f"
            elif lx.is_first_name(first) and fold(first) not in w.unisex_names:
                g = "m"
    cache[aid] = g
    return g


def _compatible(ctx: Context, aid: str, word: str) -> bool:
    actor = ctx.actors.get(aid)
    if actor is None:
        return False
    w = _words()
    if word in _personal():
        if actor.kind != "person":
            return False
        g = gender(ctx, aid)
        return not (g == "f" and word in w.male_pronouns or g == "m" and word in w.female_pronouns)
    if word in w.plural_pronouns:
        return actor.kind in ("group", "organization", "state")
    if word in w.neuter_pronouns:
        return actor.kind in ("organization", "state")
    return False


def _singular_member(ctx: Context, root: Token, aid: str, word: str) -> bool:
    """ "a source close to X told AFP … he added": a singular mention that an unnamed source group
    took (``actors.unnamed.member_of_group``) is a person for "he"/"she", though the group is not."""
    actor = ctx.actors.get(aid)
    return word in _personal() and root.tag_ == "NN" and actor is not None and spoke_as_member(actor)


def _according_to(tok: Token) -> bool:
    """A source in "according to X": a poor antecedent next to sentence subjects."""
    w = _words()
    h = tok
    for _ in range(3):
        if h.dep_ == "pobj" and h.head.lower_ == w.to and h.head.i > 0 and \
                h.doc[h.head.i - 1].lower_ == w.according:
            return True
        if h.head.i == h.i:
            break
        h = h.head
    return False


def _is_subject(tok: Token) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "appos", "conj")
                                                  and tok.head.dep_ in ("nsubj", "nsubjpass"))


def _main_clause(tok: Token) -> bool:
    """Is ``tok`` (a subject, or part of one) the subject of its sentence's main verb (or of a verb coordinated with it)?"""
    while tok.dep_ in ("compound", "appos", "conj", "poss") and tok.head.i != tok.i:
        tok = tok.head
    verb = coordination_head(tok.head)
    return verb.dep_ == "ROOT"


def _expletive(tok: Token) -> bool:
    w = _words()
    if tok.lower_ != w.dummy_subject:
        return False
    if tok.dep_ == "expl":
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in w.expletive_heads


def _mention_tokens(ctx: Context, doc: Doc) -> list[Cand]:
    """The mentions as candidates, in text order."""
    out: list[Cand] = []
    for s, e, aid in ctx._spans:  # noqa: SLF001 (the context's sorted mention index)
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        out.append(Cand(root.i, aid, None if _according_to(root) else _is_subject(root)))
    return out


def governing_verb(tok: Token) -> Token:
    """The verb an object pronoun is an argument of ("told him": told; "lobbied for him": lobbied)."""
    return tok.head.head if tok.dep_ == "pobj" else tok.head


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


def _in_pair(ctx: Context, tok: Token) -> bool:
    """Is ``tok`` a conjunct of an "and" coordination of two or more parties ("Norland and Vesterland",
    not "former president and party member Ola Brandt": one person)? A singular pronoun never stands
    for one conjunct of a plural subject."""
    tok = coordination_head(tok)
    parts = conjuncts(tok)
    return len({ctx.actor_for_token(p) for p in parts} - {None}) > 1 and any(
        c.dep_ == "cc" and c.lower_ in _words().pair_coordinators for x in parts for c in x.children)


def _fits(ctx: Context, t: Token, aid: str, word: str) -> bool:
    """Can the mention ``t`` of ``aid`` be the antecedent of pronoun ``word``?"""
    if not _compatible(ctx, aid, word) and not _singular_member(ctx, t, aid, word):
        return False
    return word in _words().plural_pronouns or not _in_pair(ctx, t)


def resolve_all(ctx: Context) -> None:
    """Fill ``ctx.coref`` for relative and personal pronouns of the whole document."""
    doc = ctx.doc
    quotes = _Quotes(ctx.document.text)
    cands = _mention_tokens(ctx, doc)
    cand_idx = [c[0] for c in cands]
    sent_starts = [s.start for s in doc.sents]
    w = _words()
    personal = _personal()
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
                    cands.insert(j, Cand(tok.i, aid, _is_subject(tok)))
            continue
        if tok.pos_ != "PRON" or not (low in personal or low in w.plural_pronouns or low in w.neuter_pronouns):
            continue
        if quotes.inside(tok.idx) or _expletive(tok):
            continue
        if low == w.dummy_subject and tok.dep_ not in ("nsubj", "nsubjpass"):
            continue  # an object "it" is mostly a thing ("agree on it")
        aid = _antecedent(ctx, tok, cands, cand_idx, sent_starts, quotes) or _cataphor(ctx, tok)
        if low in w.plural_pronouns:
            pair = _coordinated_antecedent(ctx, tok, cands, cand_idx, sent_starts, aid)
            if pair:
                ctx.notes.setdefault(COREF_GROUPS, {})[tok.i] = pair  # type: ignore[index]
        if aid:
            ctx.coref[tok.i] = aid
            # a resolved pronoun is itself a candidate for later pronouns
            j = bisect.bisect_left(cand_idx, tok.i)
            cand_idx.insert(j, tok.i)
            cands.insert(j, Cand(tok.i, aid, _is_subject(tok)))


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
    if tok.dep_ == "poss" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == _words().for_:
        verb = tok.head.head.head
        for c in verb.children:
            if c.dep_ == "dobj" and c.i < tok.i:
                aid = ctx.actor_for_token(c)
                if aid and _compatible(ctx, aid, word):
                    return aid
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
            if not _fits(ctx, ctx.doc[ti], aid, word):
                continue
            if subj and best_subj is None:
                best_subj = aid
            if subj and best_main is None and s < si and _main_clause(ctx.doc[ti]):
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


def _clause_chain(tok: Token) -> list[Token]:
    """The clause heads (verbs, then the sentence root) that dominate ``tok``, innermost first."""
    out: list[Token] = []
    h = tok
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in VERB_POS or h.head.i == h.i:
            out.append(h)
    return out


def _depth(t: Token, top: Token) -> int:
    """Head hops from ``t`` up to ``top`` (``t`` inside ``top``'s subtree)."""
    n = 0
    while t.i != top.i and t.head.i != t.i:
        t, n = t.head, n + 1
    return n


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
    chain = _clause_chain(tok)
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
            if not _fits(ctx, t, aid, word) or possessive and not subj:
                continue
            key = (_depth(t, h), ti, aid)
            if best is None or key < best:
                best = key
        if best is not None:
            return best[2]
    return None


def _coordinated_antecedent(ctx: Context, tok: Token, cands: list[Cand], cand_idx: list[int],
                            sent_starts: list[int], single: str | None) -> list[str]:
    """ "Norland and Vesterland said they had agreed", "Ola Brandt and Piet Hansen arrived on Monday.
    They met ...": a plural pronoun whose nearest antecedent is a subject coordination of two or more
    named parties ("and") stands for all of them. The coordination must be in the pronoun's sentence or
    the one before, the subject of a main clause (not of a complement: "X wants A, B and C to
    mediate ... they fear": no), nearer than the single antecedent's last mention and than any plural
    party named in between ("A and B sent envoys to C, and it released them": the envoys), and (for a
    non-possessive object) neither the subject of the pronoun's own verb ("A and B praised them") nor
    continued by that subject ("A and B said they had accused them"). A later plural pronoun that
    continues such a pronoun ("... they said their ...") takes its parties."""
    w = _words()
    si = bisect.bisect_right(sent_starts, tok.i) - 1
    start = bisect.bisect_left(cand_idx, sent_starts[max(si - 1, 0)])
    hi = bisect.bisect_left(cand_idx, tok.i)
    groups = ctx.notes.get(COREF_GROUPS)
    groups = groups if isinstance(groups, dict) else {}
    roots = {c.i: c.aid for c in cands[start:hi]}
    if (obj := _for_object_group(ctx, tok, roots)):
        return obj
    verb = governing_verb(tok)
    if tok.dep_ != "poss" and any(c.dep_ in ("nsubj", "nsubjpass") and (c.i in groups or _in_pair(ctx, c))
                                  for c in verb.children if c.i < tok.i):
        return []  # "A and B praised them", "they had accused them": never the co-arguments
    for k in range(hi - 1, start - 1, -1):
        ti, aid, subj = cands[k]
        t = ctx.doc[ti]
        if ti in groups and aid == single:
            return list(groups[ti])
        if t.dep_ == "conj" or not subj or not _main_clause(t):
            continue
        parts = conjuncts(t)
        members = list(dict.fromkeys(roots[c.i] for c in parts if c.i in roots))
        if len(members) < 2 or not any(c.dep_ == "cc" and c.lower_ in w.pair_coordinators
                                       for x in parts for c in x.children):
            continue
        if any(getattr(ctx.actors.get(m), "kind", None) not in PARTY_KINDS or not ctx.actors[m].named
               for m in members):
            continue  # named parties only: an unnamed conjunct ("representatives of X's government") is
            # often a part or agent of a side, and the pair would give its acts to the description
        if single is not None and single not in members and any(
                c.aid == single and c.i > ti for c in cands[start:hi]):
            return []  # the single antecedent is nearer
        if _plural_between(ctx, max(p.i for p in parts), tok, cands[k + 1:hi]):
            return []
        return members
    return []


def _for_object_group(ctx: Context, tok: Token, roots: dict[int, str]) -> list[str]:
    """Rule ``coref.for_object_group``: "thanked Norland and Vesterland for their mediation", "praised A and B for
    their role": a possessive in the verb's "for" phrase is the verb's object, and a coordination of named parties
    there is all of them (as :func:`_antecedent` takes a single object). Empty otherwise."""
    if tok.dep_ != "poss" or tok.head.dep_ != "pobj" or tok.head.head.lower_ != _words().for_:
        return []
    obj = next((c for c in tok.head.head.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    members = list(dict.fromkeys(roots[c.i] for c in conjuncts(obj) if c.i in roots)) if obj is not None else []
    if len(members) < 2 or any(getattr(ctx.actors.get(m), "kind", None) not in PARTY_KINDS or not ctx.actors[m].named
                               for m in members):
        return []
    return members


def _plural_between(ctx: Context, after: int, tok: Token, cands: list[Cand]) -> bool:
    """Is a plural party named between a coordination (ending at ``after``) and the pronoun ``tok``:
    a mention of a group, a mention with a plural head, or a plural head that names people
    (``plural_party_heads``), not a co-argument of the pronoun ("said the rebels had attacked
    them": the rebels are not "them")? It is then the nearer antecedent."""
    verb = governing_verb(tok)
    def coarg(t: Token) -> bool:
        return tok.dep_ in OBJECT_DEPS and t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass")
    for c in cands:
        t = ctx.doc[c.i]
        kind = getattr(ctx.actors.get(c.aid), "kind", None)
        if c.i > after and not coarg(t) and _compatible(ctx, c.aid, tok.lower_) and (
                kind == "group" or t.tag_ in PLURAL_TAGS):
            return True
    heads = _words().plural_party_heads
    return any(t.tag_ in PLURAL_TAGS and t.lower_ in heads and t.dep_ not in ("compound", "amod", "poss")
               and not coarg(t) for t in ctx.doc[after + 1:tok.i])


def _plural_party(ctx: Context, subj: Token) -> bool:
    """Can ``subj`` be what a plural pronoun stands for: a coordination, a group, or a plural head, but not
    a head owned by a plural ("the hostages' families": "they" before it is the hostages)?"""
    if any(c.dep_ == "poss" and (c.tag_ in PLURAL_TAGS or c.lower_ in _words().plural_pronouns)
           for c in subj.children):
        return False
    aid = ctx.actor_for_token(subj)
    return len(conjuncts(subj)) > 1 or subj.tag_ in PLURAL_TAGS or \
        getattr(ctx.actors.get(aid or ""), "kind", None) == "group"


def _cataphor(ctx: Context, tok: Token) -> str | None:
    """ "Speaking when he received the pupils, the governor said ...", "After she landed, Anna Berg met
    ...": a pronoun with no antecedent before it that stands in a subordinate clause fronted before its
    main clause's subject is that subject, when compatible (a pronoun may look forward only from a
    clause below the one its antecedent governs). Never across clauses of equal rank ("He arrived and
    Brandt left"), never an "according to them" source (the source is not the one it cites), a plural
    pronoun only for a plural subject ("When they met, Norway said": no), and only as a last resort:
    an antecedent before the pronoun always wins."""
    if _according_to(tok):
        return None
    for h in _clause_chain(tok):
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i <= tok.i:
            continue
        branch = next((c for c in h.children if c.left_edge.i <= tok.i <= c.right_edge.i), None)
        if branch is None or branch.dep_ not in ("advcl", "prep", "npadvmod") or branch.i > subj.i:
            return None
        if tok.lower_ in _words().plural_pronouns and not _plural_party(ctx, subj):
            return None
        aid = ctx.actor_for_token(subj)
        return aid if aid and _compatible(ctx, aid, tok.lower_) else None
    return None
