"""Government descriptions that name a state: "the Biden administration", "occupiers".

Why: reports speak of a state through its government ("the Russian authorities",
"Shehbaz Sharif's government") or, in partisan outlets, as "the occupation
forces"; these are mentions of the state actor, not separate actors.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState
from backchannel.syntax.phrases import np_left, span_text


def government_descriptions(st: ActorState) -> None:
    """Government descriptions ("the Russian authorities") and occupiers as mentions of their state."""
    lx, doc = st.lx, st.doc
    pos = st.toks.pos
    for i in range(len(doc)):
        if pos[i] not in ("NOUN", "PROPN"):
            continue
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.consumed:
            continue
        lemma = tok.lower_ if tok.lower_ in lx.gov_nouns else tok.lemma_.lower()
        text_l = tok.lower_
        if lemma in lx.gov_nouns or text_l in lx.gov_nouns:
            left = np_left(tok)
            mods = [t for t in left if t.i != tok.i]
            state = None
            person = None
            for t in mods:
                aid = st.token_actor.get(t.i)
                if aid and st.ctx.actors[aid].kind == "state":
                    state = aid
                elif aid and st.ctx.actors[aid].kind == "person":
                    person = aid
            if state is None and person is not None:
                default = lx.gov_default.get(text_l) or lx.gov_default.get(lemma)
                if default:
                    c = lx.country(default)
                    if c:
                        state = st.state_actor(c, "actors.government.leader_default_state")
                if state and st.ctx.actors[person].affiliation is None:
                    st.set_affiliation(st.ctx.actors[person], state, "actors.government.leader_of_government")
            if state is None:
                continue
            if any(t.lower_ in lx.generic for t in mods):
                continue
            words = [t for t in left if t.dep_ != "det" and t.tag_ != "PRP$"]
            if person is not None:
                # "Pakistani Prime Minister Shehbaz Sharif's government" -> "Shehbaz Sharif's government"
                firsts = [t for t in words if st.token_actor.get(t.i) == person]
                if firsts:
                    words = [t for t in words if t.i >= firsts[0].i]
            if not words:
                continue
            s, e = words[0].idx, tok.idx + len(tok.text)
            if st.is_excluded(s, e):
                continue
            rule = "actors.government.leader_government" if person is not None else "actors.government.state_government"
            st.add_alias(state, span_text(doc, words), rule)
            st.add_mention(state, s, e, tok, rule)
            st.consumed.update(t.i for t in left)
    # occupiers: the state the text links most with military action
    occ = [m for m in occupier_mentions(st)]
    if occ:
        target = military_state(st)
        if target:
            for s, e, toks in occ:
                st.add_alias(target, st.text[s:e], "actors.government.occupier")
                st.add_mention(target, s, e, toks[-1], "actors.government.occupier")
                st.consumed.update(t.i for t in toks)


def occupier_mentions(st: ActorState) -> list[tuple[int, int, list[Token]]]:
    """Nouns and noun phrases that name an occupying power ("occupation forces", "the occupiers")."""
    out: list[tuple[int, int, list[Token]]] = []
    occupier, not_alone = st.lx.occupier, st.lx.words.occupier_not_alone
    last_words = {p.split()[-1] for p in occupier}
    doc, pos = st.doc, st.toks.pos
    for i in range(len(doc)):
        if pos[i] != "NOUN":
            continue
        tok = doc[i]
        low = tok.lower_
        if low not in last_words and tok.dep_ != "det" and tok.tag_ != "PRP$":
            continue  # no occupier word or phrase can end here (the head ends its own phrase)
        left = np_left(tok)
        words = [t for t in left if t.dep_ != "det" and t.tag_ != "PRP$"]
        phrase = " ".join(t.lower_ for t in words)
        if low in occupier and low not in not_alone or phrase in occupier and len(words) > 1:
            if len(words) > 1 and phrase not in st.lx.occupier:
                words = [tok]
            out.append((words[0].idx, tok.idx + len(tok.text), words))
    return out


def military_state(st: ActorState) -> str | None:
    """The state whose nationality or possessive marks most military nouns (a clear winner only)."""
    score: Counter = Counter()
    for h in st.state_hits:
        if h.country.name not in st.state_ids:
            continue
        head = h.tok.head
        if h.tok.dep_ in ("amod", "compound", "poss", "nmod") and head.lower_ in st.lx.military:
            score[st.state_ids[h.country.name]] += 1
    if not score:
        return None
    (best, n), *rest = score.most_common(2) + [(None, 0)]
    return best if n > rest[0][1] else None
