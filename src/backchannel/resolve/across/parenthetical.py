"""Where a clause's subject ends before its verb, past the appositions and parentheticals set off by commas.

Why: "Norland said that Pell, 34, was arrested", "Officials said Marrow, a former diplomat, was detained":
the commas before the verb close a phrase about the subject, they do not cut the subject off. Rules that read
the subject as the name nearest before the verb with no comma between (across.links.agent_actor) or in the
clause of a word (across.links.case_dispute) look before the phrase's opening comma instead.
"""

from __future__ import annotations

from functools import cache

from backchannel.data_loader import read


@cache
def _words() -> tuple[int, frozenset[str]]:
    raw = read("across_agents.toml")["agents"]
    return int(raw["parenthetical_words"]), frozenset(raw["verb_group"])


def subject_end(text: str, begin: int, at: int) -> int:
    """The offset before which the subject of the verb at ``at`` is sought (``begin``: where the sentence
    starts): ``at`` itself, or the opening comma of a chain of comma-enclosed phrases that ends right before
    the verb or its auxiliaries (``verb_group``: "Pell, 34, a reporter, was": the comma after "Pell"). A phrase counts when it is short
    (``parenthetical_words``) and starts with a word not written as a name (", 34,", ", a former diplomat,",
    ", who is 34,"): ", Marrow, was" or ", Pell said, was" set off a subject or a reporting clause instead."""
    most, group = _words()
    head = text[begin:at].rstrip()
    while head and head.split()[-1].lower() in group:  # "Pell, 34, was | wrongfully detained"
        head = head[:len(head) - len(head.split()[-1])].rstrip()
    if not head.endswith(","):
        return at
    first = close = begin + len(head) - 1
    while True:
        opening = text.rfind(",", begin, close)
        phrase = text[opening + 1:close].split()
        if opening < 0 or not phrase or len(phrase) > most or phrase[0][0].isupper():
            return close if close != first else at
        close = opening
