"""Bodies named only for a person's background: "a Navy veteran", "a former <Agency> agent".

Why: news English tells who a captive or an envoy is by the body they served in or studied at ("a <Navy>
veteran who disappeared", "a <University> student", "former <Staff> Chairman X"); the body does nothing
in the story and the annotation counts no actor for it. The s47 census of the read reports found nine
such bodies, each named once, none of them a gold actor; a body named again, or one whose member acts
now ("a <Movement> commander", "<Ministry> spokesman X"), stays.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Span

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.tree import NOUN_POS

FILE = "background_bodies.toml"
RULE = "actors.vetting.background_body"
LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackgroundWords:
    """``[background]`` of background_bodies.toml: the nouns of a person's background, the past words, and
    the captive nouns after which a past word leaves the body (its captor) in the story."""
    nouns: frozenset[str]
    past_words: frozenset[str]
    captive_nouns: frozenset[str]


words = loader(BackgroundWords, FILE, "background")


def drop_background_bodies(st: ActorState) -> None:
    """Drop a named organisation with one mention that premodifies a person noun after it (the noun its
    compound head) when that noun is a background noun ("veteran", "student") or a past word opens the
    name ("former <Body> chairman"); the affiliations that pointed at it are cleared later
    (``merges.drop_dangling_affiliations``)."""
    for a in list(st.ctx.actors.values()):
        if a.kind != "organization" or not a.named or len(a.mentions) != 1:
            continue
        m = a.mentions[0]
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) and _background_use(span):
            st.ctx.remove_actor(a.id)
            LOG.debug("%s: %r", RULE, a.name)  # an exclusion leaves no item: the log shows where it fired


def _background_use(span: Span) -> bool:
    """The span's root hangs as a compound (or modifier) on a noun right after it, and that noun is a
    background noun, or a past word stands right before the span and the noun is a role of membership
    or service, not of captivity."""
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or head.i < span.end or head.pos_ not in NOUN_POS:
        return False
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in span.doc[span.end:head.i]):
        return False  # the noun must close the same noun phrase
    if head.lower_ in words().nouns or head.lemma_.lower() in words().nouns:
        return True
    if head.lower_ in words().captive_nouns or head.lemma_.lower() in words().captive_nouns:
        return False  # "a former <Front> hostage": the body held the person, it is the story's captor
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_.rstrip("-") in words().past_words
