"""An outlet taken up again by its kind: "Harbour TV quoted an official ... The network reported ...".

Why: a report that cites another outlet names it once and then calls it "the network", "the
newspaper"; without this each is a separate actor or none, and the outlet's second report is lost.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState
from backchannel.syntax.tree import NSUBJ_DEPS

RULE = "actors.media_anaphora.outlet_by_kind"


def outlets_by_kind(st: ActorState) -> None:
    """ "The network reported": a definite outlet noun (``outlet_nouns``) as the subject of a speech verb
    is the named organisation that was last, in that sentence or the two before, the subject of a
    speech verb itself ("CNN quoted ..."): an alias of it; none when no named organisation speaks there.
    No mention: which claim the noun speaks is the claims stage's (claims.speakers.reporting_medium)."""
    doc, lx = st.doc, st.lx
    for tok in doc:
        if tok.lower_ not in lx.words.outlet_nouns or tok.dep_ not in NSUBJ_DEPS or tok.i in st.token_actor \
                or tok.head.lemma_.lower() not in lx.speech_verbs \
                or not any(c.dep_ == "det" and c.lower_ == lx.words.definite_article for c in tok.children):
            continue
        aid = _last_speaking_organisation(st, tok)
        if aid is None:
            continue
        st.add_alias(aid, tok.lower_, RULE)  # (the claim's speaker is left to claims.speakers.reporting_medium)


def _last_speaking_organisation(st: ActorState, tok: Token) -> str | None:
    """The named organisation last the subject of a speech verb before ``tok`` within three sentences."""
    sents = list(st.doc.sents)
    k = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    lo = sents[max(0, k - 2)].start
    for i in range(tok.i - 1, lo - 1, -1):
        t = st.doc[i]
        aid = st.token_actor.get(i)
        a = st.ctx.actors.get(aid) if aid else None
        if a is not None and a.named and a.kind == "organization" and t.dep_ in NSUBJ_DEPS \
                and t.head.lemma_.lower() in st.lx.speech_verbs:
            return a.id
    return None
