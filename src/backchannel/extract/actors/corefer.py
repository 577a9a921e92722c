"""Scored coreference of non-pronoun mentions within one report: each merge keeps its evidence.

Why a pass of its own: the stage's earlier steps join mentions by one string shape each
(a surname, an acronym, "the group"). What they miss are two mentions of one party that no
single shape covers: one person spelled two ways ("Ahmad Mahmud Gummi" / "Ahmed Gumi", as
two wires transliterate) and a description set beside a name by apposition ("A rebel leader
in <Province>, <Name> has promised"), which the unnamed-actor step made into a second actor.
Here each candidate pair is scored from explicit evidence (the word pairs that matched and
how; the syntactic link between description and name), joined only above a threshold and
only when no other actor scores as well, and the evidence is written into the surviving
actor's ``trace`` (``evidence:<merged id>``) so a reader sees why two actors became one.
Thresholds and marks live in ``data/corefer.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import load_fields, read
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

FILE = "corefer.toml"
NAME_VARIANT = "actors.corefer.name_variant"
APPOSED_DESCRIPTION = "actors.corefer.apposed_description"
PERSON = "person"
UNNAMED_PREFIX = "actors.unnamed."
APPOS_DEP = "appos"
SUBJECT_DEP = "nsubj"
CONJ_DEP = "conj"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
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


@cache
def name_words() -> NameWords:
    return load_fields(NameWords, FILE, read(FILE)["names"], key="names")[0]


@cache
def apposition_words() -> AppositionWords:
    return load_fields(AppositionWords, FILE, read(FILE)["apposition"], key="apposition")[0]


def corefer(st: ActorState) -> None:
    """Run the scored joins: spelling variants of one person's name, then descriptions apposed to a name."""
    variant_names(st)
    apposed_descriptions(st)


def join(st: ActorState, src: str, dst: str, rule: str, evidence: list[Evidence]) -> None:
    """Merge ``src`` into ``dst`` under ``rule`` and record the evidence that joined them."""
    st.merge(src, dst, rule)
    explained = "; ".join(f"{e.kind} {e.score}: {e.detail}" for e in evidence)
    st.ctx.actors[dst].set_trace(f"evidence:{src}", f"{rule} ({explained})")


# --- one person, two spellings -------------------------------------------------------------------

def collapse(word: str) -> str:
    """The word with every run of one letter written once ("gummi" -> "gumi")."""
    out: list[str] = []
    for c in word:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def skeleton(word: str, vowels: str) -> str:
    """The word's first letter and its consonants after it, runs written once ("ahmad" -> "ahmd")."""
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
    allowed = 2 if min(len(a), len(b)) >= lim["long_len"] else 1
    if edit_distance(collapse(a), collapse(b)) <= allowed:
        return Evidence(VOWEL, nw.scores[VOWEL], f"{a}~{b}")
    return None


def name_match(short: list[str], long_: list[str], nw: NameWords) -> list[Evidence] | None:
    """The word pairs by which the name ``short`` spells ``long_`` (first with first, last with last,
    the words between in order), or None. Two multi-word names only: one word is a surname's job."""
    if len(short) < 2 or len(short) > len(long_):
        return None
    first, last = word_match(short[0], long_[0], nw), word_match(short[-1], long_[-1], nw)
    if first is None or last is None or first.kind == INITIAL and last.kind != SAME:
        return None
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
    once or twice ("Gumi" of "Ahmad Gummi"); an identical surname is the name steps' join, and a vowel
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
            if ev is not None and sum(e.score for e in ev) / len(ev) >= nw.limits["threshold"]:
                pairs.append((a, b, ev))
    seen: dict[str, int] = {}
    for a, b, _ in pairs:
        seen[a.id] = seen.get(a.id, 0) + 1
        seen[b.id] = seen.get(b.id, 0) + 1
    for a, b, ev in pairs:
        if seen[a.id] > 1 or seen[b.id] > 1 or a.id not in st.ctx.actors or b.id not in st.ctx.actors:
            continue  # "Ahmad Gummi" beside both "Ahmed Gumi" and "Ahmed Gummi": no single antecedent
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
