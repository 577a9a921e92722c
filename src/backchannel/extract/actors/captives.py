"""Captives: plural descriptions of people freed, swapped or held.

Why: in exchange and release stories the people handed over ("Six South Korean
fishermen", "Two British aid workers detained by X") are parties of the
interaction even though no one names them and they belong to no side.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.syntax.phrases import np_left


def captives(st: ActorState) -> None:
    """Plural descriptions of people freed, swapped or held: unnamed groups with no side.

    "Six South Korean fishermen were handed back", "Two British aid workers detained by
    X", "freed all foreign nationals". A later "the fishermen" is the same group.
    """
    lx, doc = st.lx, st.doc
    by_head: dict[str, str] = {}
    pos = st.toks.pos
    for i in range(len(doc)):
        if pos[i] not in ("NOUN", "PROPN"):
            continue
        tok = doc[i]
        if tok.tag_ not in ("NNS", "NNPS") or tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.token_actor \
                or tok.i in st.consumed:
            continue
        lemma = tok.lemma_.lower()
        if lemma in lx.never or tok.lower_ in lx.never or st.is_excluded(tok.idx, tok.idx + len(tok.text)):
            continue
        people = tok.tag_ == "NNPS" and (lx.demonym(tok.text) is not None or tok.text.endswith("s") and
                                         lx.demonym(tok.text[:-1]) is not None)  # "Three Americans held in X"
        if not (people or lemma in lx.captive_nouns or tok.lower_ in lx.captive_nouns):
            continue
        head = tok.head
        hl = head.lemma_.lower()
        held = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lx.hold_verbs for c in tok.children) \
            or (tok.dep_ == "nsubj" and head.tag_ == "VBN" and hl in lx.hold_verbs)  # a misparsed reduced relative
        freed = (tok.dep_ == "dobj" and hl in lx.release_verbs) or (
            tok.dep_ == "nsubjpass" and (hl in lx.release_verbs or hl in lx.hold_verbs))
        left = [t for t in np_left(tok) if t.i != tok.i]
        definite_again = lemma in by_head and any(t.lower_ == st.lx.words.definite_article for t in left)
        if not (held or freed or definite_again):
            continue
        if definite_again:
            aid = by_head[lemma]
            st.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok, "actors.captives.definite_again")
            st.ctx.coref[tok.i] = aid
            continue
        core = [t for t in left if t.dep_ in ("amod", "compound") and not t.like_num and
                t.lower_ not in lx.captive_drop and t.tag_ not in ("VBG", "VBN", "JJS", "JJR")]
        # contiguous modifiers just before the head
        keep: list[Token] = []
        for t in reversed(core):
            if t.i == (keep[0].i - 1 if keep else tok.i - 1):
                keep.insert(0, t)
        if not keep and not people and (lemma in lx.needs_modifier or lemma in lx.unnamed_person):
            continue  # "Ten hostages were freed": too generic to be a party
        span_toks = keep + [tok]
        s0, e0 = span_toks[0].idx, tok.idx + len(tok.text)
        name = clean(st.text[s0:e0])
        if not name:
            continue
        aid = st.ctx.new_actor_id(name)
        rule = "actors.captives.held" if held else "actors.captives.freed"
        st.ctx.add_actor(Actor(id=aid, name=name, kind="group", named=False), rule)
        st.add_mention(aid, s0, e0, tok, rule)
        for t in span_toks:
            st.token_actor[t.i] = aid
        by_head.setdefault(lemma, aid)
