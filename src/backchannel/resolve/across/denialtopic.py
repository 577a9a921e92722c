"""A denial about a named topic answers only tellings of that topic (rule ``across.links.denial_topic``).

Why: a commitment is about something. "Our side never promised to keep out of Port Vell" and
"Lorvia gave no promises regarding Port Vell" deny what another report tells as "Lorvia agreed to
spare Port Vell", and nothing else: the same two parties agree on many things in one deal (a pause,
the sanctions, a zone), and a denied promise on one of them says nothing of the rest. The topic is
what the denial names that is neither a party nor a time: a capitalised word, not opening a
sentence, that names no actor of the report (its name, aliases, descriptors), no state (name,
capital, demonym: :func:`.names.state_named`), no title, weekday or month, no wire agency nor the report's
outlet, and none of a speech clause ("..., Amsel told Reuters": the words of who says it to whom are no
topic; s40 review, finding 9). A denial of such a family
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
from backchannel.resolve.lexicon import lexicon
from backchannel.timex import MONTHS, WEEKDAYS

FILE = "across_denial.toml"
_WORD = re.compile(r"(?<![\w'])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)")
SPEAKER_WORDS = 6  # words before a speech verb in its clause that are only its speaker ("a Western diplomat said")
ADDRESSEE_WORDS = 3  # words after it that are only its addressee or time ("told Reuters", "said on Monday")
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


@cache
def _speech() -> re.Pattern[str]:
    verbs = read(FILE)["denial"]["topic"]["speech_verbs"]
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")\b")


@cache
def _agency_words() -> frozenset[str]:
    return frozenset(w for a in lexicon().agencies for w in re.findall(r"[a-z]+", a.lower()))


def actor_words(actors: list[ActorRec]) -> frozenset[str]:
    """Every word of the report's actors' names, forms and descriptors, and of its outlet, in lower case (a caller
    that reads many texts of one report computes it once and passes it to :func:`topics`)."""
    out: set[str] = set()
    for a in actors:
        for text in [a.name, *a.forms, *a.descriptors, a.source or ""]:
            out.update(re.findall(r"[a-z]+", text.lower()))
    return frozenset(out)


def said_content(text: str) -> str:
    """``text`` without its speech clauses: in each clause (split at commas, colons and semicolons) a speech verb
    with at most ``SPEAKER_WORDS`` words before it is cut with them, and with what follows when that is at most
    ``ADDRESSEE_WORDS`` words ("Amsel told Reuters", "the Foreign Ministry said"); "said on Thursday that Lorvia
    gave ..." keeps what Lorvia gave."""
    out = []
    for clause in re.split(r"(?<=[,;:])", text):
        m = _speech().search(clause)
        if m is None or len(clause[:m.start()].split()) > SPEAKER_WORDS:
            out.append(clause)
        elif len(re.findall(r"\w+", clause[m.end():])) > ADDRESSEE_WORDS:
            out.append(" " * m.end() + clause[m.end():])  # the cut words blanked: what follows opens no sentence
        else:
            out.append(" " * len(clause))
    return "".join(out)


def topics(text: str, actors: list[ActorRec], known_words: frozenset[str] | None = None) -> frozenset[str]:
    """The topic words of ``text`` (lower case), given the actors of its report or ``known_words``, their
    :func:`actor_words` (see the module docstring)."""
    known = (actor_words(actors) if known_words is None else known_words) | _not_topics() | _agency_words()
    text = said_content(text)
    out = set()
    for m in _WORD.finditer(text):
        word = m.group(1)
        if _OPENS.search(text[:m.start()]) or state_named(word) is not None:
            continue
        parts = set(re.findall(r"[a-z]+", word.lower()))
        if parts and not parts & known:
            out.add(word.lower())
    return frozenset(out)
