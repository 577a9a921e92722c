"""Descriptions named later: "a Chinese envoy relayed an offer ... the envoy, Deng Xiwen, met X".

Why: news leads introduce a person by an indefinite description and name them a sentence or two
later in apposition to the same description made definite. The unnamed actor the first
description made is that person: one actor, whose side is the one the first description stated
(a nearest-state guess made for the named person gives way to it).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.extract.claims.descriptions import named_next_to
from backchannel.model import Actor, Mention

RULE = "actors.named_later.description_named"
APPOSITION = "actors.descriptors.apposition_before"


def descriptions_named_later(st: ActorState) -> None:
    """Fold a singular unnamed person into the one named person apposed to its description later."""
    acts = st.ctx.actors
    for u in [a for a in acts.values() if a.kind == "person" and not a.named and a.mentions]:
        words = {w.lower() for w in u.name.split()}
        first = min(m.start for m in u.mentions)
        head = u.name.split()[-1].lower()
        fits = [p for p in acts.values() if p.named and p.kind == "person" and _apposed_again(p, head, words, first)]
        if len(fits) != 1 or u.id not in acts:
            continue
        p = fits[0]
        if u.affiliation is not None and (p.affiliation is None or p.traced("affiliation") in GUESSED):
            st.set_affiliation(p, u.affiliation, u.traced("affiliation") or RULE)
        fold_description(st, u, p, RULE)


def _apposed_again(p: Actor, head: str, words: set[str], first: int) -> bool:
    """Does ``p`` have, after ``first``, an apposed description with the same head and no new word?"""
    for m in p.mentions:
        ws = [w.lower() for w in m.text.split()]
        if m.rule == APPOSITION and m.start > first and ws and ws[-1] == head and set(ws) <= words:
            return True
    return False


def fold_description(st: ActorState, u: Actor, p: Actor, rule: str, text: str | None = None) -> None:
    """Merge ``u`` into ``p``; its name (or ``text``, the description as written) is a description of ``p``
    (a descriptor), not another name."""
    name = u.name
    aliases, alias_rule = list(p.aliases), p.traced("aliases")
    st.merge(u.id, p.id, rule)
    if name in p.aliases:
        p.aliases.remove(name)
    if p.aliases == aliases and isinstance(p.trace, dict):
        if alias_rule == p.rule:
            p.trace.pop("aliases", None)  # the merge left the aliases as they were
        elif alias_rule is not None:
            p.trace["aliases"] = alias_rule
    desc = text or name
    if desc not in p.descriptors:
        st.add_descriptor(p, desc, rule, first=True)


LEAD_RULE = "actors.named_later.lead_named"
LEAD_MIN_WORDS = 8  # the lead is the first sentence this long outside the page furniture
LEAD_REACH = 2  # sentences after the lead within which the person must be named


def _tokens(st: ActorState, m: Mention) -> list[Token]:
    """The tokens that start inside a mention (its span, not a scan of the whole document)."""
    span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
    return [t for t in span or [] if t.idx >= m.start]


def _first_name_after(st: ActorState, p: Actor, after: tuple[int, int]) -> Token | None:
    """The first token of the person's first capitalised mention in the sentences after the lead (``after``),
    read by both :func:`_tied_next` and :func:`_described_apart`."""
    starts = [m.start for m in p.mentions if after[0] <= m.start < after[1] and m.text[:1].isupper()]
    name = st.doc.char_span(min(starts), min(starts) + 1, alignment_mode="expand") if starts else None
    return name[0] if name is not None and len(name) > 0 else None


def _lead_sentences(st: ActorState) -> list[tuple[int, int]]:
    """(start, end) characters of the lead sentence and of the ``LEAD_REACH`` sentences after it."""
    out: list[tuple[int, int]] = []
    for sent in st.doc.sents:
        if not out and (any(s <= sent.start_char and sent.end_char <= e for s, e in st.excluded)
                        or sum(1 for t in sent if t.is_alpha and not st.is_excluded(t.idx, t.idx + 1))
                        < LEAD_MIN_WORDS):
            continue
        out.append((sent.start_char, sent.end_char))
        if len(out) > LEAD_REACH:
            break
    return out


def _lead_description(st: ActorState, u: Actor, lead: tuple[int, int]) -> bool:
    """Is ``u`` a singular person introduced in the lead by "a/an/the ... <title>"?"""
    first = min(u.mentions, key=lambda m: m.start)
    if not lead[0] <= first.start < lead[1] or any(m.start < lead[0] for m in u.mentions):
        return False
    toks = _tokens(st, first)
    if not toks or toks[-1].tag_ != "NN" or toks[-1].lemma_.lower() not in st.lx.gov_titles:
        return False
    arts = st.lx.words.indefinite_articles | {st.lx.words.definite_article}  # "a/an/the <title>"
    det = toks[0] if toks[0].lower_ in arts else (st.doc[toks[0].i - 1] if toks[0].i else None)
    return det is not None and det.lower_ in arts


def _speaks(st: ActorState, mentions: list[Mention], tail: bool = False) -> bool:
    """Is one of the mentions the speaker of a speech verb ("X said", "X told", "according to X")? With
    ``tail``, only a source named after what it said ("..., a senior official said", "according to X")."""
    for m in mentions:
        for t in _tokens(st, m)[-1:]:
            while t.dep_ in ("appos", "compound", "flat") and t.head.i != t.i:
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in st.lx.speech_verbs and (
                    not tail or any(c.dep_ == "ccomp" and c.i < t.i for c in t.head.children)):
                return True
            if t.dep_ == "pobj" and t.head.lower_ == st.lx.words.to and t.head.head.lower_ == st.lx.words.according:
                return True
    return False


def _tied_next(st: ActorState, u: Actor, p: Actor, after: tuple[int, int]) -> bool:
    """The person's first mention after the lead is its clause's subject, tied to the lead's description as
    the claims stage ties a description to the next sentence's name (claims/descriptions.py `_tied`: the
    same head noun in its own title, two shared modifiers, or the same deed)."""
    head = _tokens(st, min(u.mentions, key=lambda m: m.start))[-1]
    name = _first_name_after(st, p, after)
    return name is not None and named_next_to(head, name)


def _described_apart(st: ActorState, u: Actor, p: Actor, after: tuple[int, int]) -> bool:
    """The name's own apposition gives a past office the lead's description does not ("A Norwegian diplomat
    has held talks ... / Ola Brandt, a former diplomat who was once held by the rebels, criticised the
    talks"): someone who no longer holds the office the lead's person acts in (review s32). An indefinite
    apposition alone is no sign ("..., a Norwegian official said. / Ola Brandt, a senior official at the
    Foreign Ministry, said"), nor a past office the lead gave too ("The former diplomat ... / Ola Brandt,
    the former envoy")."""
    t = _first_name_after(st, p, after)
    if t is None:
        return False
    lead_words = {w.lower() for d in [u.name, *u.descriptors] for w in d.split()}
    past = st.lx.words.past_title_words - lead_words
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    return any(x.lower_ in past for ap in t.children if ap.dep_ == "appos"
               for x in ap.subtree if x.i <= ap.i)


def lead_descriptions_named(st: ActorState) -> None:
    """ "A Norland peace envoy has held talks with the rebels ... Ola Brandt held two hours of talks": a news
    lead's description of one person (a singular title noun after "a"/"the", first said in the lead
    sentence) is the person the next sentences name first (the first named person whose first mention
    follows the lead, within two sentences; not one the lead already named), when no side they were
    given differs. One actor: the description becomes the person's descriptor."""
    sents = _lead_sentences(st)
    if len(sents) < 2:
        return
    lead, after = sents[0], (sents[1][0], sents[-1][1])
    acts = st.ctx.actors
    named = sorted((min(m.start for m in p.mentions), p.id) for p in acts.values()
                   if p.named and p.kind == "person" and p.mentions)
    later = [pid for start, pid in named if start >= lead[1]]
    if not later or not after[0] <= min(m.start for m in acts[later[0]].mentions) < after[1]:
        return
    p = acts[later[0]]
    us = [u for u in acts.values() if u.kind == "person" and not u.named and u.mentions and u.affiliation
          and _lead_description(st, u, lead)]  # a side stated ("a Qatari official"): a bare "a senior official" is anyone
    if len(us) != 1:
        return
    u = us[0]
    if not _tied_next(st, u, p, after) or _described_apart(st, u, p, after):
        return  # news names a new person in most next sentences: only one tied to the description
    if _speaks(st, [m for m in u.mentions if lead[0] <= m.start < lead[1]][:1], tail=True) and \
            not _speaks(st, [m for m in p.mentions if after[0] <= m.start < after[1]]):
        return  # "..., a senior official said. / Jo Lee also made the same appeal": the source is not Jo Lee
    if u.affiliation is not None and p.affiliation is not None and p.traced("affiliation") not in GUESSED \
            and u.affiliation not in (p.affiliation, getattr(acts.get(p.affiliation), "affiliation", None)):
        return  # another side (the side's own side may be it: "spokeswoman for Norland's Foreign Ministry")
    if u.affiliation is not None and (p.affiliation is None or p.traced("affiliation") in GUESSED):
        st.set_affiliation(p, u.affiliation, u.traced("affiliation") or LEAD_RULE)
    for m in u.mentions:  # the claims stage reads the rule: the description is this person's (anonymous.py)
        m.rule = LEAD_RULE
    fold_description(st, u, p, LEAD_RULE)
