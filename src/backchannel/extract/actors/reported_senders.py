"""The pronoun subject of a reported sending clause is the speaker: "the Front said it would send envoys".

Why: news English reports a side's decision to send its people through the side's own statement, the
sender a pronoun ("<Body> said it would be sending a few delegates to <City>"; "'We will send a team,'
<Body> said"). ``unnamed_links._sender_side`` read the sender from the subject's own actor, and a pronoun
has none while the actors stage runs, so such a delegation kept no side. The speaker is read off the
parse: the subject of the speech verb whose clausal complement holds the sending verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.tree import NSUBJ_DEPS

FILE = "reported_senders.toml"


@dataclass(frozen=True)
class ReportedWords:
    """``[reported]`` of reported_senders.toml: the pronouns of a speaking body, the arcs a verb climbs."""
    pronouns: frozenset[str]
    climb_deps: frozenset[str]


words = loader(ReportedWords, FILE, "reported")


def reported_speaker(st: ActorState, subj: Token) -> Token:
    """The speaker a pronoun subject stands for when its clause is what a speech verb reports, else the
    subject itself."""
    w = words()
    if subj.lower_ not in w.pronouns or subj.pos_ != "PRON":
        return subj
    verb = subj.head
    for _ in range(3):  # "said it was ready to send": up through the controlling verbs
        if verb.dep_ not in w.climb_deps or verb.head is verb:
            break
        verb = verb.head
    say = verb.head
    if verb.dep_ != "ccomp" or say.lemma_.lower() not in st.lx.speech_verbs:
        return subj
    return next((c for c in say.children if c.dep_ in NSUBJ_DEPS and c.i != subj.i), subj)
