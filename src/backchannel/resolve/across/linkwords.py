"""The words of the link rules that judge two passages, read once from ``data/across_links.toml``.

Why a file of its own: negation words and the posts one person holds are vocabulary of
the link rules (:mod:`.retell`, :mod:`.offices`), kept apart from ``across.toml`` so the
entity and event vocabulary there does not change with them.
"""

from __future__ import annotations

from dataclasses import dataclass

from backchannel.data_loader import loader

FILE = "across_links.toml"


@dataclass(frozen=True)
class LinkWords:
    negation: frozenset[str]
    holders: dict[str, str]  # a post as written -> the post
    modifiers: frozenset[str]
    between: frozenset[str]
    voice_words: frozenset[str]  # "X's office" speaks for X (voices.py)
    bodies: frozenset[str]  # "the Lorvian cabinet" is a body of Lorvia (bodies.py)
    leaders: frozenset[str]  # "the Lorvian president" leads Lorvia (bodies.state_of_leaders)
    leader_not: frozenset[str]  # "former president" leads nothing now
    leaders_alone: frozenset[str]  # "chancellor" leads only with nothing after it (not "of the Exchequer")
    leader_institutions: frozenset[str]  # "president of the central bank" leads the bank, not the state
    told_as_both_ends: frozenset[str]  # types a call is told as only with both ends the same (acttypes.told_as_fit)
    told_as: dict[str, tuple[str, ...]]  # "X called Y" may be told as "X held talks with Y": one act (acttypes.py)
    cessation: frozenset[str]  # "will halt strikes": a plan to stop an ongoing act (links.Linker.modality)
    ongoing: frozenset[str]  # the act types such a plan may stop
    earlier: frozenset[str]  # "had said it would": a plan as it stood before (links.Linker.modality)
    agreed_past: frozenset[str]  # "had agreed to swap": a plan as it was agreed (links.agreed_before)
    agreed_present: frozenset[str]  # "has agreed to": the agreement stands, the act still ahead


link_words = loader(LinkWords, FILE, grouped=True)
