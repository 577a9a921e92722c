"""Scored coreference of non-pronoun mentions within one report: each merge keeps its evidence.

Why a pass of its own: the stage's earlier steps join mentions by one string shape each
(a surname, an acronym, "the group"). What they miss are two mentions of one party that no
single shape covers: one person spelled two ways ("Idris Bello Kallamu" / "Idres Kalamu", as
two wires transliterate) and a description set beside a name by apposition ("A rebel leader
in <Province>, <Name> has promised"), which the unnamed-actor step made into a second actor.
Here each candidate pair is scored from explicit evidence (the word pairs that matched and
how; the syntactic link between description and name), joined only above a threshold and
only when no other actor scores as well, and the evidence is written into the surviving
actor's ``trace`` (``evidence:<merged id>``) so a reader sees why two actors became one.
Thresholds and marks live in ``data/corefer.toml``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import loader, read, word_list
from backchannel.extract.actors.definite import new_same_head
from backchannel.extract.actors.misspelt_names import same_sentence
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import NOUN_POS, PLURAL_TAGS, POSTMODIFIER_DEPS

FILE = "corefer.toml"
NAME_VARIANT = "actors.corefer.name_variant"
APPOSED_DESCRIPTION = "actors.corefer.apposed_description"
CLASS_DESCRIPTION = "actors.corefer.class_description"
ORGANIZATION = "organization"
PERSON = "person"
UNNAMED_PREFIX = "actors.unnamed."
APPOS_DEP = "appos"
SUBJECT_DEP = "nsubj"
CONJ_DEP = "conj"
# the keys of [names] scores in corefer.toml: how two name words are one spelling
SAME = "same"
DOUBLED = "doubled"
VOWEL = "vowel"
INITIAL = "initial"


@dataclass(frozen=True)
class NameWords:
    """``[names]`` of corefer.toml: how two spellings of one name are scored."""

    vowels: str
    limits: dict[str, int]
    scores: dict[str, int]


@dataclass(frozen=True)
class AppositionWords:
    """``[apposition]`` of corefer.toml: what may stand between a description and its name."""

    marks: frozenset[str]
    scores: dict[str, int]
    limits: dict[str, int]


@dataclass(frozen=True)
class Evidence:
    """One reason two mentions are one party: its kind, its score (0-100) and what was seen."""

    kind: str
    score: int
    detail: str


name_words = loader(NameWords, FILE, "names")


apposition_words = loader(AppositionWords, FILE, "apposition")


def corefer(st: ActorState) -> None:
    """Run the scored joins: spelling variants of one person's name, then descriptions apposed to a name."""
    variant_names(st)
    apposed_descriptions(st)
    described_bodies_by_class(st)


def join(st: ActorState, src: str, dst: str, rule: str, evidence: list[Evidence]) -> None:
    """Merge ``src`` into ``dst`` under ``rule`` and record the evidence that joined them."""
    st.merge(src, dst, rule)
    explained = "; ".join(f"{e.kind} {e.score}: {e.detail}" for e in evidence)
    st.ctx.actors[dst].set_trace(f"evidence:{src}", f"{rule} ({explained})")


# --- one person, two spellings -------------------------------------------------------------------

def collapse(word: str) -> str:
    """The word with every run of one letter written once ("kallamu" -> "kalamu")."""
    out: list[str] = []
    for c in word:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def skeleton(word: str, vowels: str) -> str:
    """The word's first letter and its consonants after it, runs written once ("idris" -> "idrs")."""
    w = collapse(word)
    return w[:1] + "".join(c for c in w[1:] if c not in vowels)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words (names: a few letters each)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def word_match(a: str, b: str, nw: NameWords) -> Evidence | None:
    """How two folded name words are one spelling, if they are: same, doubled letters, a vowel, an initial."""
    a, b = a.rstrip("."), b.rstrip(".")
    if not a or not b:
        return None
    if a == b:
        return Evidence(SAME, nw.scores[SAME], a)
    if collapse(a) == collapse(b):
        return Evidence(DOUBLED, nw.scores[DOUBLED], f"{a}~{b}")
    if min(len(a), len(b)) == 1:
        return Evidence(INITIAL, nw.scores[INITIAL], f"{a}~{b}") if a[0] == b[0] else None
    lim = nw.limits
    if min(len(a), len(b)) < lim["min_vowel_len"] or skeleton(a, nw.vowels) != skeleton(b, nw.vowels):
        return None
    if a[-1] != b[-1]:
        return None  # "Maria"/"Mario", "Paula"/"Paulo": a changed ending is another (often gendered) name
    allowed = 2 if min(len(a), len(b)) >= lim["long_len"] else 1
    if edit_distance(collapse(a), collapse(b)) <= allowed:
        return Evidence(VOWEL, nw.scores[VOWEL], f"{a}~{b}")
    return None


def name_match(short: list[str], long_: list[str], nw: NameWords) -> list[Evidence] | None:
    """The word pairs by which the name ``short`` spells ``long_`` (first with first, last with last,
    the words between in order), or None. Two multi-word names only: one word is a surname's job. Under
    one surname a short first name a vowel apart is a relative's (cousins share a surname), so it needs
    ``same_surname_vowel_len`` letters."""
    if len(short) < 2 or len(short) > len(long_):
        return None
    first, last = word_match(short[0], long_[0], nw), word_match(short[-1], long_[-1], nw)
    if first is None or last is None or first.kind == INITIAL and last.kind != SAME:
        return None
    if last.kind == SAME and first.kind == VOWEL and \
            min(len(short[0]), len(long_[0])) < nw.limits["same_surname_vowel_len"]:
        return None  # "Voren"/"Voran Vennel": one family's two short given names, not one spelling
    out, k = [first], 1
    for w in short[1:-1]:
        while k < len(long_) - 1 and word_match(w, long_[k], nw) is None:
            k += 1
        if k >= len(long_) - 1:
            return None
        out.append(word_match(w, long_[k], nw))  # type: ignore[arg-type]
        k += 1
    out.append(last)
    vowel = sum(e.kind == VOWEL for e in out)
    if vowel > nw.limits["max_vowel"] or all(e.kind == SAME for e in out):
        return None  # an identical name is the name steps' join, not a variant
    return out


def surname_match(one: str, long_: list[str], nw: NameWords) -> Evidence | None:
    """A one-word name that spells the last word of a longer name with its doubled letters written
    once or twice ("Kalamu" of "Idris Kallamu"); an identical surname is the name steps' join, and a vowel
    change alone is too weak without a first name to back it."""
    ev = word_match(one, long_[-1], nw) if len(long_) >= 2 else None
    return ev if ev is not None and ev.kind == DOUBLED else None


def _words(a: Actor) -> list[str]:
    return fold(a.name).replace("-", " ").split()


def variant_names(st: ActorState) -> None:
    """Two named persons whose names are two spellings of one name are one person
    (``actors.corefer.name_variant``): the one mentioned more keeps its name. A pair joins only when
    its mean word score reaches the threshold and no third person matches either of them."""
    nw = name_words()
    people = [a for a in st.ctx.actors.values() if a.named and a.kind == PERSON and _words(a)]
    pairs: list[tuple[Actor, Actor, list[Evidence]]] = []
    for i, a in enumerate(people):  # persons of one report: a few dozen at most
        for b in people[i + 1:]:
            short, long_ = sorted((a, b), key=lambda x: len(_words(x)))
            ws, wl = _words(short), _words(long_)
            one = surname_match(ws[0], wl, nw) if len(ws) == 1 else None
            ev = [one] if one is not None else name_match(ws, wl, nw)
            if ev is not None and sum(e.score for e in ev) / len(ev) >= nw.limits["threshold"] \
                    and not same_sentence(st, a, b):  # "Ivan Hamdan met Ivan Hamdin": two people
                pairs.append((a, b, ev))
    seen: dict[str, int] = {}
    for a, b, _ in pairs:
        seen[a.id] = seen.get(a.id, 0) + 1
        seen[b.id] = seen.get(b.id, 0) + 1
    for a, b, ev in pairs:
        if seen[a.id] > 1 or seen[b.id] > 1 or a.id not in st.ctx.actors or b.id not in st.ctx.actors:
            continue  # "Idris Kallamu" beside both "Idres Kalamu" and "Idres Kallamu": no single antecedent
        src, dst = sorted((a, b), key=lambda x: (len(x.mentions), len(_words(x))))
        join(st, src.id, dst.id, NAME_VARIANT,
             [Evidence("name_variant", sum(e.score for e in ev) // len(ev),
                       ", ".join(f"{e.kind} {e.detail}" for e in ev))])


# --- a description apposed to a name --------------------------------------------------------------

def _apposed(st: ActorState, desc: Token, name: Token, gap: str, aw: AppositionWords) -> Evidence | None:
    """The syntactic link by which a description and a name written side by side are one mention."""
    if gap.strip() and gap.strip() not in aw.marks:
        return None
    if any(c.dep_ == CONJ_DEP for c in name.children) or any(c.dep_ == CONJ_DEP for c in desc.children):
        return None  # "a commander, X and Y": a list, not an apposition
    if desc.tag_ in PLURAL_TAGS:
        return None
    if (name.dep_ == APPOS_DEP and name.head == desc) or (desc.dep_ == APPOS_DEP and desc.head == name):
        return Evidence("appos", aw.scores["appos"], f"{desc.text}<->{name.text} gap {gap.strip() or 'none'!r}")
    if desc.dep_ == name.dep_ == SUBJECT_DEP and desc.head == name.head and desc.i < name.i:
        return Evidence("shared_subject", aw.scores["shared_subject"],
                        f"{desc.text} and {name.text} both subject of {desc.head.text}")
    return None


def apposed_descriptions(st: ActorState) -> None:
    """An unnamed person description written next to a named person's mention and linked to it by
    apposition is that person (``actors.corefer.apposed_description``): "A rebel leader in <Province>,
    <Name> has promised", "<Name> - a former diplomat - said", "<X>'s counterpart <Name> said"."""
    aw = apposition_words()
    named = [a for a in st.ctx.actors.values() if a.named and a.kind == PERSON]
    starts = {}
    for a in named:
        for m in a.mentions:
            starts[m.start] = a.id
    ends = {m.end: a.id for a in named for m in a.mentions}
    for d in [a for a in st.ctx.actors.values() if not a.named and (a.rule or "").startswith(UNNAMED_PREFIX)]:
        if d.kind != PERSON:
            continue
        target_id = _apposed_name(st, d, starts, ends, aw)
        if target_id is not None:
            join(st, d.id, target_id[0], APPOSED_DESCRIPTION, [target_id[1]])


def _apposed_name(st: ActorState, d: Actor, starts: dict[int, str], ends: dict[int, str],
                  aw: AppositionWords) -> tuple[str, Evidence] | None:
    """The named person one of the description's mentions is apposed to, with the evidence."""
    for m in d.mentions:
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        s, e = m.start, m.end
        cands = [(k, ends[k]) for k in range(max(0, s - 4), s) if k in ends] + \
                [(k, starts[k]) for k in range(e, e + 4) if k in starts]
        for k, aid in cands:
            target = st.ctx.actors.get(aid)
            name_tok = _name_token(st, target, k, k < s) if target is not None else None
            if name_tok is None:
                continue
            gap = st.text[k:s] if k < s else st.text[e:k]
            ev = _apposed(st, span.root, name_tok, gap, aw)
            if ev is not None and ev.score >= aw.limits["threshold"]:
                return aid, ev
    return None


def _name_token(st: ActorState, target: Actor, at: int, before: bool) -> Token | None:
    """The root token of the target's mention that ends (``before``) or starts at character ``at``."""
    for m in target.mentions:
        if (m.end if before else m.start) == at:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            return span.root if span is not None and len(span) else None
    return None


# --- a definite description of a named body, by its class -------------------------------------------

@dataclass(frozen=True)
class BodyWords:
    """``[bodies]`` of corefer.toml: description nouns, the name heads of their class, limits."""

    classes: dict[str, tuple[frozenset[str], frozenset[str]]]  # class -> (description nouns, name heads)
    determiners: frozenset[str]
    name_preps: frozenset[str]
    limits: dict[str, int]
    nouns: frozenset[str] = frozenset()

    def heads_for(self, noun: str) -> frozenset[str]:
        """Every name head a description noun may stand for (a noun may be in two classes)."""
        out: frozenset[str] = frozenset()
        for nouns, heads in self.classes.values():
            if noun in nouns:
                out |= heads
        return out


@cache
def body_words() -> BodyWords:
    raw = read(FILE)["bodies"]
    classes = {name: (frozenset(word_list(FILE, f"bodies.classes.{name}.nouns", c["nouns"])),
                      frozenset(word_list(FILE, f"bodies.classes.{name}.heads", c["heads"])))
               for name, c in raw["classes"].items()}
    return BodyWords(classes=classes, determiners=frozenset(word_list(FILE, "bodies.determiners", raw["determiners"])),
                     name_preps=frozenset(word_list(FILE, "bodies.name_preps", raw["name_preps"])),
                     limits=dict(raw["limits"]), nouns=frozenset().union(*(n for n, _ in classes.values())))


def name_head(name: str, preps: frozenset[str]) -> str:
    """The head word of a body's name: the word before its first preposition ("Coordinating
    Headquarters for Missing Persons of ..." -> "headquarters"), else its last word."""
    words = fold(name).replace("-", " ").split()
    for k, w in enumerate(words):
        if k and w in preps:
            return words[k - 1]
    return words[-1] if words else ""


def _description(st: ActorState, tok: Token, bw: BodyWords) -> bool:
    """``tok`` heads a bare definite description ("the agency", "the coalition's head", "its bureau"):
    a determiner and nothing else before it, no post-modifier that would make it another body."""
    if tok.pos_ not in NOUN_POS or tok.tag_ in PLURAL_TAGS or tok.dep_ == "compound":
        return False
    left = [c for c in tok.lefts]
    if len(left) != 1 or left[0].lower_ not in bw.determiners or left[0].i != tok.i - 1:
        return False
    if any(c.dep_ in POSTMODIFIER_DEPS for c in tok.rights):
        return False  # "the agency of X", "the union that ...", "the body, X": another one
    return not st.is_excluded(tok.idx, tok.idx + len(tok.text)) and not st.in_quote(tok)


def described_bodies_by_class(st: ActorState) -> None:
    """A definite description of a body ("the agency", "the coalition's head") is the one named
    organisation of a compatible class named in the sentences before (``actors.corefer.class_description``).
    Scored: the description's noun equal to the name's head (90) or of its class (75); two compatible
    organisations in the window, an indefinite "a <noun>" introduced between or a token already
    someone's mention leave it alone."""
    bw = body_words()
    preps = bw.name_preps
    orgs = [a for a in st.ctx.actors.values() if a.named and a.kind == ORGANIZATION and a.mentions]
    if not orgs:
        return
    heads = {a.id: name_head(a.name, preps) for a in orgs}
    firsts = {a.id: min(m.start for m in a.mentions) for a in orgs}
    starts = [s.start for s in st.doc.sents]
    for tok in st.doc:
        if st.toks.lower[tok.i] not in bw.nouns:
            continue
        if tok.i in st.token_actor or tok.i in st.ctx.coref or not _description(st, tok, bw):
            continue
        got = _class_antecedent(st, tok, orgs, heads, firsts, bw, starts)
        if got is not None:
            aid, ev = got
            st.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok, CLASS_DESCRIPTION)
            st.ctx.coref[tok.i] = aid
            st.add_alias(aid, tok.text, CLASS_DESCRIPTION)
            st.ctx.actors[aid].set_trace(f"evidence:{tok.idx}", f"{CLASS_DESCRIPTION} ({ev.kind} {ev.score}: {ev.detail})")


def _class_antecedent(st: ActorState, tok: Token, orgs: list[Actor], heads: dict[str, str],
                      firsts: dict[str, int], bw: BodyWords, starts: list[int]) -> tuple[str, Evidence] | None:
    """The single named organisation of a class the description fits, named before ``tok`` within the
    window (sentences), with its evidence; None when none or two fit."""
    lim = bw.limits
    here = bisect.bisect_right(starts, tok.i) - 1
    lo = starts[max(0, here - lim["window"])]
    low_char = st.doc[lo].idx
    fits = bw.heads_for(tok.lower_)
    found: list[tuple[str, Evidence]] = []
    for a in orgs:
        if not low_char <= max((m.start for m in a.mentions if m.start < tok.idx), default=-1):
            continue  # not named in the window before the description
        h = heads[a.id]
        if h == tok.lower_:
            found.append((a.id, Evidence("same_head", lim["same_head"], f"{tok.lower_} = head of {a.name!r}")))
        elif h in fits:
            found.append((a.id, Evidence("class_head", lim["class_head"], f"{tok.lower_} ~ {h} of {a.name!r}")))
    best = [f for f in found if f[1].score >= lim["threshold"]]
    if len(best) != 1:
        return None
    last = max(m.start for m in st.ctx.actors[best[0][0]].mentions if m.start < tok.idx)
    at = bisect.bisect_right(st.toks.idx, last) - 1
    return None if new_same_head(st, tok, at) is not None else best[0]  # "a union" introduced since
