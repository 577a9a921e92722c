"""Features of (actor, candidate affiliation) pairs for the learned affiliation stage.

Why a module of its own: training (``benchmarks/learn_affiliation.py``) and
inference (:mod:`.affiliation`) must build exactly the same strings from the
same inputs, a parse and a list of actors, whether the actors come from a
stored dossier or from the live :class:`Context`. No feature names a person
or a place: only dependency labels, lemmas of titles and linking words, actor
kinds, the rules' own choice and rule id, and bucketed distances and ranks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from backchannel.model import Actor, Claim, Interaction
from backchannel.resolve.lexicon import fold, lexicon

#: Kinds of actor whose affiliation is chosen (states carry none in the gold convention).
SUBJECT_KINDS = frozenset({"person", "organization", "group"})
#: Kinds of actor an affiliation may point at.
CANDIDATE_KINDS = frozenset({"state", "organization", "group"})
MAX_PATH = 4


@dataclass(slots=True)
class DocView:
    """Per-document look-ups shared by all pairs: mention spans, sentence numbers, salience."""

    doc: Doc
    actors: dict[str, Actor]
    spans: dict[str, list[Span]] = field(default_factory=dict)
    sent_of: dict[int, int] = field(default_factory=dict)
    salience: dict[str, int] = field(default_factory=dict)  # candidate id -> rank by mention count
    roles: dict[str, set[str]] = field(default_factory=dict)  # actor id -> "src=meet", "tgt=release", "speaker"
    links: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (a, b) -> "src>tgt=meet", ...

    @classmethod
    def build(cls, doc: Doc, actors: Sequence[Actor], interactions: Sequence[Interaction] = (),
              claims: Sequence[Claim] = ()) -> DocView:
        view = cls(doc=doc, actors={a.id: a for a in actors})
        for it in interactions:
            slots = [("src", it.source), ("tgt", it.target), *(("via", v) for v in it.via)]
            for role, aid in slots:
                if aid:
                    view.roles.setdefault(aid, set()).add(f"{role}={it.type}")
            for ra, xa in slots:
                for rb, xb in slots:
                    if xa and xb and xa != xb:
                        view.links.setdefault((xa, xb), set()).add(f"{ra}>{rb}")
        for cl in claims:
            if cl.speaker:
                view.roles.setdefault(cl.speaker, set()).add("speaker")
        for k, sent in enumerate(doc.sents):
            for t in sent:
                view.sent_of[t.i] = k
        for a in actors:
            spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in a.mentions]
            view.spans[a.id] = [s for s in spans if s is not None and len(s)]
        cands = [a for a in actors if a.kind in CANDIDATE_KINDS]
        cands.sort(key=lambda a: (-len(view.spans[a.id]), min((s.start for s in view.spans[a.id]), default=1 << 30)))
        view.salience = {a.id: k for k, a in enumerate(cands)}
        return view


def bucket(n: int, edges: Sequence[int] = (0, 1, 2, 5)) -> str:
    """``n`` as the first edge it does not exceed ("0", "1", "2", "5"), else "more"."""
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def _link(tok: Token) -> str:
    """A dependency label, with the preposition's lemma for a prepositional hop ("prep:of")."""
    if tok.dep_ in ("prep", "agent"):
        return f"{tok.dep_}:{tok.lemma_.lower()}"
    return tok.dep_


def dep_path(a: Token, b: Token) -> str | None:
    """The dependency path from ``a`` up to the common ancestor and down to ``b`` (None when longer than MAX_PATH)."""
    up: list[Token] = [a, *a.ancestors]
    index = {t.i: k for k, t in enumerate(up)}
    down: list[Token] = []
    t = b
    while t.i not in index:
        down.append(t)
        if t.head.i == t.i:
            return None
        t = t.head
    ups = up[:index[t.i]]
    if len(ups) + len(down) > MAX_PATH:
        return None
    return "^".join(_link(x) for x in ups) + "|" + ">".join(_link(x) for x in reversed(down))


def _names(actor: Actor) -> set[str]:
    return {fold(n) for n in (actor.name, *actor.aliases) if n}


def _words_of(actor: Actor, view: DocView) -> list[str]:
    """The words of the actor's name, descriptors and premodifiers of its mentions."""
    words = [w for text in (actor.name, *actor.descriptors) for w in text.replace("’", " ").replace("'", " ").split()]
    for span in view.spans[actor.id]:
        words.extend(c.text for c in span.root.lefts if c.dep_ in ("amod", "compound", "nmod", "poss"))
    return words


def denotes(word: str, cand: Actor) -> bool:
    """Does ``word`` name ``cand`` (its name or alias, or for a state its demonym or capital)?"""
    if fold(word) in _names(cand):
        return True
    country = lexicon().country(word) if cand.kind == "state" else None
    return country is not None and fold(country.name) in _names(cand)


def title_lemmas(actor: Actor) -> list[str]:
    """The last word of each descriptor (the head noun of a title: "minister", "envoy"), lower-cased."""
    out = []
    for d in actor.descriptors:
        words = d.split()
        w = words[-1].lower().strip(".,’'s") if words else ""
        # a lower-case word or a title of the lexicon only: no name is a feature ("head of Hamas")
        if w and (words[-1].islower() or w in lexicon().person_nouns):
            out.append(w)
    return out


def _syntax(view: DocView, actor: Actor, cand: Actor) -> tuple[list[str], int | None]:
    """Dependency paths between mentions of the two in one sentence, and the closest sentence distance."""
    feats: list[str] = []
    best: int | None = None
    for s in view.spans[actor.id]:
        sa = view.sent_of.get(s.root.i, -1)
        for c in view.spans[cand.id]:
            sc = view.sent_of.get(c.root.i, -1)
            dist = abs(sa - sc)
            best = dist if best is None else min(best, dist)
            if dist:
                continue
            if c.start >= s.start and c.end <= s.end:
                feats.append("inside")
            elif s.start >= c.start and s.end <= c.end:
                feats.append("contains")
            else:
                path = dep_path(s.root, c.root)
                if path is not None:
                    feats.append("path=" + path)
                    feats.append("plen=" + str(path.count("^") + path.count(">") + 1))
                feats.append("order=" + ("c_first" if c.start < s.start else "a_first"))
    return sorted(set(feats)), best


def _rules(actor: Actor, cand: Actor, view: DocView) -> list[str]:
    """The rules' own choice: this candidate, another, or none, with the rule id that set it."""
    aff = actor.affiliation
    if aff is None:
        return ["rule=none"]
    rid = actor.traced("affiliation") or "?"
    short = ".".join(rid.split(".")[:2])
    if aff == cand.id:
        return ["rule=this", f"rule=this&{rid}", f"rule=this&{short}"]
    out = ["rule=other", f"rule=other&{short}"]
    owner = view.actors.get(aff)
    if owner is not None and owner.affiliation == cand.id:
        out.append("rule=other_of_this")
    if owner is not None and cand.affiliation == owner.id:
        out.append("rule=this_of_other")
    return out


def pair_features(view: DocView, actor: Actor, cand: Actor, with_rules: bool = False) -> list[str]:
    """The features of "``cand`` is the affiliation of ``actor``".

    ``with_rules`` adds the rules' own choice and its rule id; left out by
    default because the model then learns "trust the rules" and nothing about
    the actors the rules left without a side (leave-one-set-out, see
    ``benchmarks/learn_affiliation.py``).
    """
    ck = f"ck={cand.kind}"
    ak = f"ak={actor.kind}:{'named' if actor.named else 'unnamed'}"
    feats = [ck, ak, f"{ak}&{ck}"]
    if with_rules:
        rules = _rules(actor, cand, view)
        feats += rules + [f"{r}&{ck}" for r in rules[:1]]
    syn, dist = _syntax(view, actor, cand)
    feats += syn + [f"{f}&{ck}" for f in syn]
    feats.append(f"sd={bucket(dist) if dist is not None else 'none'}&{ck}")
    feats.append(f"sal={bucket(view.salience.get(cand.id, 99), (0, 1, 2))}&{ck}")
    if cand.affiliation == actor.id:
        feats.append("inverse")
    feats += _actor_words(view, actor, cand, ak, ck, syn)
    if not actor.descriptors:
        feats.append(f"no_title&{ak}&{ck}")
    feats += [f"a_{r}&{ck}" for r in sorted(view.roles.get(actor.id, ()))]
    feats += [f"link={r}" for r in sorted(view.links.get((actor.id, cand.id), ()))]
    heads = [s.root for s in view.spans[actor.id][:1] if s.root.pos_ == "NOUN" and s.root.text.islower()]
    feats += [f"head={t.lemma_.lower()}&{ck}" for t in heads]
    first_a = min((s.start for s in view.spans[actor.id]), default=0)
    before = [c.start for c in view.spans[cand.id] if c.start < first_a]
    feats.append(f"before_first={'yes' if before else 'no'}&{ck}")
    return feats


def candidates(view: DocView, actor: Actor) -> list[Actor]:
    """The other actors that may be ``actor``'s affiliation."""
    return [c for c in view.actors.values() if c.id != actor.id and c.kind in CANDIDATE_KINDS]


def all_pairs(doc: Doc, actors: Sequence[Actor], interactions: Sequence[Interaction] = (),
              claims: Sequence[Claim] = (), with_rules: bool = False) -> dict[str, list[tuple[str, list[str]]]]:
    """Per subject actor id, its candidates' ids and features."""
    view = DocView.build(doc, actors, interactions, claims)
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for a in actors:
        if a.kind in SUBJECT_KINDS:
            out[a.id] = [(c.id, pair_features(view, a, c, with_rules)) for c in candidates(view, a)]
    return out


def _title_class(actor: Actor, view: DocView) -> tuple[str, list[str]]:
    """"gov" (a governmental title), "private" (a captive's, relative's or firm's noun), "other" or "none"."""
    lx = lexicon()
    words = title_lemmas(actor) + [s.root.lemma_.lower() for s in view.spans[actor.id][:1]
                                   if s.root.pos_ == "NOUN" and s.root.text.islower()]
    private = lx.captive_bare | lx.captive_nouns | lx.person_relations
    every = {w.lower().strip(".,") for d in actor.descriptors for w in d.split()}
    if any(w in private for w in every | set(words)):
        return "private", words
    if any(w in lx.gov_titles for w in words):
        return "gov", words
    return ("other" if words else "none"), words


def _actor_words(view: DocView, actor: Actor, cand: Actor, ak: str, ck: str, syn: list[str]) -> list[str]:
    """The actor's own words: titles, whether they name the candidate, and the verbs its mentions hang on."""
    tclass, words = _title_class(actor, view)
    out = [f"tclass={tclass}&{ak}&{ck}"] + [f"title={w}&{ck}" for w in words]
    own = _words_of(actor, view)
    if any(denotes(w, cand) for w in own):
        out += ["words_name_it", f"words_name_it&{ck}", f"words_name_it&{ak}&{tclass}&{ck}"]
        named = {c.id for c in candidates(view, actor) if any(denotes(w, c) for w in own)}
        if len(named) > 1:
            out.append(f"words_name_several&{ck}")
        lx = lexicon()
        body = {fold(w) for w in actor.name.split()} & (lx.gov_nouns | lx.agencies | lx.institutions)
        out.append(f"words_name_it&{ak}&body={'gov' if body else 'other'}")
    if "inside" in syn:
        out.append(f"inside&{ak}&{tclass}")
    verbs = {s.root.head.lemma_.lower() for s in view.spans[actor.id] if s.root.head.pos_ == "VERB"}
    out += [f"a_verb={v}&{ck}" for v in sorted(verbs)]
    return out
