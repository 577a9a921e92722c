"""Who took a vehicle when the report does not say at the verb: "the hijacked <Airline> jet", "the
airliner, hijacked on Friday, landed in Y".

Why: an agentless participle on the vehicle names no doer, and the captives rule (captors.py) finds the
report's captor only through a taking verb with captive people as its object; a report of a hijacking
calls the takers by the doer noun of the verb ("the hijackers") throughout. When exactly one actor is
named by such a noun (``taker_nouns`` of hijacks.toml; a captor noun of another act, "the captors released
X", names no hijacker), it took the vehicle (marked inferred); none, or two groups of takers, give nothing
(rule interactions.hijacks.report_takers). The participle's vehicle is the noun it modifies, whose owner is
the victim (rule interactions.hijacks.modified_owner).

"Hijack" is figurative as often as not ("the talks were hijacked by hardliners", "the hijacking of the
peace process"): the frames (frames.toml) fire only on a vehicle of common.toml's ``vehicles`` as the
object, the noun the participle modifies, or the nouns' of-phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.arguments import owner
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.tree import child

REPORT_TAKERS = "interactions.hijacks.report_takers"
MODIFIED_OWNER = "interactions.hijacks.modified_owner"
FILE = "hijacks.toml"


@dataclass(frozen=True)
class HijackWords:
    """The words of data/hijacks.toml."""

    taker_nouns: frozenset[str]


hijack_words = loader(HijackWords, FILE)


def _agentless_participle(tok: Token) -> bool:
    """A past participle with no subject and no by-phrase ("the hijacked jet", "a jet hijacked on Friday")."""
    if tok.tag_ == "JJ" and tok.dep_ == "amod":
        return True  # the tagger's adjective reading of the participle before its noun
    if tok.tag_ != "VBN" or child(tok, "nsubj", "nsubjpass", "agent") is not None:
        return False
    return tok.dep_ in ("amod", "acl", "relcl") or child(tok, "auxpass") is not None


def report_takers(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule REPORT_TAKERS: the one actor the report names by a captor noun, for an agentless participle."""
    if not _agentless_participle(tok):
        return []
    nouns = hijack_words().taker_nouns
    found = list(dict.fromkeys(a for t in d.ctx.doc if t.lemma_.lower() in nouns for a in d.actors(t, deep=False)))
    if len(found) != 1:
        return []
    raw.infer(SOURCE, REPORT_TAKERS)
    return found


def modified_owner(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule MODIFIED_OWNER: "a hijacked <Airline> jet": the participle modifies the vehicle, whose owner
    (its possessor or party premodifier) was attacked; the verb has no object for ``obj_owner`` to read."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "JJ"):
        return []
    found = owner(d, tok.head)
    if found:
        raw.trace[TARGET] = MODIFIED_OWNER
    return found


HIJACK_SPECS = {"report_takers": report_takers, "modified_owner": modified_owner}
