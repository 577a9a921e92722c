"""Who answered an offer or a demand when the answer is told without its responder: "Norland's
offer to Vesterland was rejected", "a demand made of Vesterland, which was turned down".

Why: a proposal or demand is addressed to someone, and an agentless passive answer to it
("was rejected", "was accepted") is that addressee's; the proposer is the one answered. Kept apart
from the trigger pass (triggers.py) that calls it, which already infers the converse (a
proposal's addressee from the one who rejected it).
"""

from __future__ import annotations

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import VERB_POS

RESPONDER_IS_ADDRESSEE = "interactions.responses.responder_is_addressee"  # "X's offer to Y was rejected": Y rejects X
RESPONSE_TYPES = ("reject", "agree")
ANSWERED_TYPES = ("propose", "demand")


def responders(d: Doc_, raws: list[Candidate]) -> None:
    """Rule RESPONDER_IS_ADDRESSEE: a rejection or acceptance with no responder, whose logical
    object is a proposal or demand built with a named addressee, is the addressee's answer to the
    one who made it ("Norland's offer to Vesterland was rejected": reject Vesterland -> Norland;
    also in a relative clause, "an offer to Vesterland, which was rejected"). A named responder
    keeps its frame's reading (the tests pin "Y rejected the proposal" with no target); a symmetric frame
    ("they agreed") and a proposal of nobody's keep what they have."""
    by_trig = {r.trig.i: r for r in raws}
    for r in raws:
        if r.type not in RESPONSE_TYPES or r.frame.symmetric or r.trig.pos_ not in VERB_POS:
            continue
        o = logical_object(r.trig)
        if o is not None and o.i not in by_trig and o.dep_ == "pobj" and r.trig.dep_ == "relcl":
            # "an offer to Y, which was rejected", "made an offer to Y, which was rejected": the
            # relative hung on the addressee answers the proposal the to-phrase belongs to
            g = o.head.head
            o = next((t for t in [g, *(c for c in g.children if c.dep_ == "dobj")] if t.i in by_trig), o)
        made = by_trig.get(o.i) if o is not None else None
        if made is None or made.type not in ANSWERED_TYPES:
            continue
        to = [t for t in made.targets if not is_marker(t)]
        by = [s for s in made.sources if not is_marker(s)]
        if not to or set(to) & set(by) or [s for s in r.sources if not is_marker(s)]:
            continue  # a named responder keeps what its frame found (its target may stay null)
        r.sources = to
        r.trace[SOURCE] = RESPONDER_IS_ADDRESSEE
        if set(r.targets) & set(to) and by:  # the relative's addressee read as the one rejected
            r.targets = by
            r.trace[TARGET] = RESPONDER_IS_ADDRESSEE
