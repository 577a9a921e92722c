"""Links of an unnamed description to actors named elsewhere: a repeated descriptor, a title's holder,
the side a clause gives.

Why: split from ``unnamed.py`` (one job per module): these look outside the description, at the
actors already made and at the clause around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.reported_senders import reported_speaker
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.pronoun_fit import RELATIVE_TAGS
from backchannel.syntax.tree import NSUBJ_DEPS
from backchannel.syntax.words import words as syntax_words

def described_actor(st: ActorState, tok: Token, mods: list[Token]) -> str | None:
    """A definite description that repeats a named actor's descriptor ("the sole remaining
    Norland captive" after "the last remaining Norland captive, Ivo Brandt")."""
    # narrow: written for one pair of phrases of one article (edan-alexander-backchannel.txt); the
    # mechanism is general but only that article exercises it
    if not any(t.lower_ == st.lx.words.definite_article for t in mods):
        return None
    content = {t.lower_ for t in mods if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and t.dep_ != "det"}
    if not content:
        return None
    hits = []
    for a in st.ctx.actors.values():
        if not a.named or a.kind != "person":
            continue
        for d in a.descriptors:
            words = set(d.lower().split())
            if tok.lower_ in words and len(content & words) >= min(2, len(content)):
                hits.append(a.id)
                break
    return hits[0] if len(hits) == 1 else None


def title_holder(st: ActorState, tok: Token, left: list[Token], affiliation: str | None) -> str | None:
    """The one named person whose descriptors match an unnamed title of the same side."""
    words = {t.lower_ for t in left if t.pos_ in ("NOUN", "PROPN", "ADJ")} | {tok.lower_}
    if affiliation is None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == st.lx.words.of:
                for o in c.children:
                    affiliation = st.token_actor.get(o.i)
    if affiliation is None:
        return None
    def holds(a) -> bool:
        return any(words <= set(d.lower().split()) | words and tok.lower_ in d.lower().split() and
                   len(words & set(d.lower().split())) >= min(2, len(words)) for d in a.descriptors)

    persons = [a for a in st.ctx.actors.values() if a.kind == "person" and a.named and holds(a)]
    hits = [a.id for a in persons if a.affiliation == affiliation]
    sideless = [a for a in persons if a.affiliation is None] or [
        a for a in persons if a.traced("affiliation") in GUESSED]  # (no side before a guessed one)
    if not hits and len(sideless) == 1:
        # "the Qatari prime minister ... the prime minister, Sheikh X": the only holder of the title
        # with no side yet; the text gives the side only here
        st.set_affiliation(sideless[0], affiliation, "actors.unnamed.title_holder")
        hits = [sideless[0].id]
    return hits[0] if len(hits) == 1 else None


def clause_affiliation(st: ActorState, tok: Token) -> str | None:
    """Affiliation from the clause: "volunteers who fought for Norland"."""
    for c in tok.children:
        if c.dep_ == "relcl" and c.lemma_ in st.lx.allegiance_verbs:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in st.lx.words.allegiance_preps:
                    for o in p.children:
                        aid = st.token_actor.get(o.i)
                        if aid and st.ctx.actors[aid].kind in ("state", "organization"):
                            return aid
    if tok.lemma_.lower() in st.lx.fielded_heads and st.in_quote(tok):
        # "We can no longer reach our squad ...", said the group's spokesman: their squad
        # narrow: written for one quoted sentence of one article (edan-alexander-backchannel.txt and its
        # copy d1-world-israel-news.txt)
        sent = tok.sent
        if any(t.lower_ in st.lx.words.speaker_plural for t in sent if st.in_quote(t)):
            for v in sent:
                if v.lemma_.lower() in st.lx.speech_verbs and not st.in_quote(v):
                    for c in v.children:
                        spk = st.token_actor.get(c.i) if c.dep_ in NSUBJ_DEPS else None
                        if spk:
                            a = st.ctx.actors[spk]
                            if a.kind == "person" and a.affiliation:
                                return a.affiliation
                            if a.kind in ("organization", "state"):
                                return spk
    return _sender_side(st, tok)


def _sender_side(st: ActorState, tok: Token) -> str | None:
    """The state that sends, returns or fields the group or person ``tok`` heads, its direct object
    ("Cairo sent a delegation", "Ukraine returned 215 defenders": ``fielded_heads``); (s44-review) also
    the state or organisation that sends one who acts for it (a verb of ``purpose_control`` and a noun of
    ``sent_agents``: "the Front dispatched two officials", "the UN appointed an envoy"), and a sender
    named through a relative pronoun ("Norway, which sent an envoy to Z in an effort to mediate")."""
    head = tok.head
    sent = head.lemma_.lower() in syntax_words().purpose_control and tok.lower_ in syntax_words().sent_agents
    if tok.dep_ != "dobj" or not (sent or tok.lemma_.lower() in st.lx.fielded_heads) or \
            any(c.dep_ in ("neg", "preconj") for c in head.children):
        return None  # (not "has neither hired a negotiator": a denied hiring gives no side)
    kinds = SENDER_KINDS if sent else STATE_KIND
    for c in head.children:
        if c.dep_ == "nsubj":
            aid = st.token_actor.get(reported_speaker(st, _relative_antecedent(st, c)).i)
            if aid and st.ctx.actors[aid].kind in kinds:
                return aid
    return None


STATE_KIND = frozenset({"state"})
SENDER_KINDS = frozenset({"state", "organization"})


def _relative_antecedent(st: ActorState, subj: Token) -> Token:
    """The noun a relative pronoun subject stands for ("Norway, which sent an envoy": Norway), else the
    subject itself. Why: the sender of "Norway, which sent an envoy to Z" is Norway as plainly as in
    "Norway sent an envoy to Z"; the pronoun has no actor of its own (s44-review)."""
    verb = subj.head
    if subj.tag_ in RELATIVE_TAGS and subj.lower_ in st.lx.words.relative_pronouns and verb.dep_ == "relcl":
        return verb.head
    return subj


def named_modifier_parties(st: ActorState, mods: list[Token]) -> dict[int, str]:
    """Capitalised pre-modifiers that spell the name (or an alias) of a named organisation the report
    has already made, which the tagger left without an entity ("<Group> leaders said", "<Group>"
    read as an adjective): token index -> the organisation (actors.unnamed.named_modifier_side).

    Why: the side of "<Group> leaders" is the group whatever the tagger made of its name; only whole
    runs of capitalised modifiers count, so a word of a longer name is no match."""
    names: dict[str, str] = {}
    for a in st.ctx.actors.values():
        if a.named and a.kind in ("organization", "group"):
            for n in [a.name, *a.aliases]:
                names.setdefault(n.casefold(), a.id)
    out: dict[int, str] = {}
    run: list[Token] = []
    for t in [*mods, None]:
        if t is not None and t.text[:1].isupper() and t.dep_ in ("compound", "amod", "nmod") and \
                t.i not in st.token_actor and (not run or run[-1].i == t.i - 1):
            run.append(t)
            continue
        if run:
            aid = names.get(" ".join(x.text for x in run).casefold())
            if aid is not None:
                out.update({x.i: aid for x in run})
        run = [t] if t is not None and t.text[:1].isupper() and t.dep_ in ("compound", "amod", "nmod") \
            and t.i not in st.token_actor else []
    return out
