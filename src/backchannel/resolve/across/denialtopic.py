"""A denial about a named topic answers only tellings of that topic (rule ``across.links.denial_topic``).

Why: a commitment is about something. "Our side never promised to keep out of Port Vell" and
"Lorvia gave no promises regarding Port Vell" deny what another report tells as "Lorvia agreed to
spare Port Vell", and nothing else: the same two parties agree on many things in one deal (a pause,
the sanctions, a zone), and a denied promise on one of them says nothing of the rest. The topic is
what the denial names that is neither a party nor a time: a capitalised word, not opening a
sentence, that names no actor of the report (its name, aliases, descriptors), no state (name,
capital, demonym: :func:`.names.state_named`), no title, weekday or month. A denial of such a family
that names no topic answers nothing (a bare "we promised nothing" is too vague to dispute one
telling). The families are ``denial.topic.families`` of data/across_denial.toml.
"""

from __future__ import annotations

import re
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.names import state_named
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.words import words
from backchannel.timex import MONTHS, WEEKDAYS

FILE = "across_denial.toml"
_WORD = re.compile(r"(?<![\w'])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)")
_OPENS = re.compile(r"(?:^|[.!?:;\"“‘\[(]\s*)$")  # what stands before a word that opens a sentence or a quote


@cache
def topic_families() -> frozenset[str]:
    """The families whose denial answers only a telling of its topic."""
    return frozenset(read(FILE)["denial"]["topic"]["families"])


@cache
def _not_topics() -> frozenset[str]:
    """Words that are never a topic: titles (each word), weekdays, months, function words."""
    titles = {t for x in words().titles for t in x.split()}
    return frozenset(titles | set(WEEKDAYS) | set(MONTHS) | set(words().stop))


def actor_words(actors: list[ActorRec]) -> frozenset[str]:
    """Every word of the report's actors' names, forms and descriptors, in lower case."""
    out: set[str] = set()
    for a in actors:
        for text in [a.name, *a.forms, *a.descriptors]:
            out.update(re.findall(r"[a-z]+", text.lower()))
    return frozenset(out)


def topics(text: str, actors: list[ActorRec]) -> frozenset[str]:
    """The topic words of ``text`` (lower case), given the actors of its report (see the module docstring)."""
    known = actor_words(actors) | _not_topics()
    out = set()
    for m in _WORD.finditer(text):
        word = m.group(1)
        if _OPENS.search(text[:m.start()]) or state_named(word) is not None:
            continue
        parts = set(re.findall(r"[a-z]+", word.lower()))
        if parts and not parts & known:
            out.add(word.lower())
    return frozenset(out)
