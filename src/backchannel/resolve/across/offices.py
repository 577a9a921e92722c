"""The ``actor`` contradiction of one post given to two people: "Lorvia's foreign minister Dario Mensk"
in one report, "Prime Minister and Foreign Minister Ilse Marrow" of Lorvia in another.

Why read the text around a name, not the dossier's descriptors: a post written before a
name ("Minister of Trade Sheikh Ali Varn") is often a title the extraction keeps
as part of the name or drops; the few words between the post and the name say whether it
is this person's post. Only posts a state gives to one person at a time count
(``offices.holders`` of ``data/across_links.toml``), and not when a modifier makes it
another time's post ("former", "deputy", "-elect").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from backchannel.model import Dossier
from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.words import words

if TYPE_CHECKING:  # records imports office_spans from here
    from backchannel.resolve.across.records import ActorRec

BEFORE = 120  # characters before a name searched for its post
#: what may follow a post written after a name ("Dario Mensk, Lorvia's foreign minister, said"): not a
#: name it would be the title of ("Ana Varga, President Tomas Rell's envoy"), not a possessive
AFTER_END = r"(?=\s*[,.;:)]|\s*$|\s+(?:of|for|who|said|told|and)\b)"
MAX_LINKS = 12  # links per post and state: a post disputed in many reports is one dispute, shown by a few pairs


@cache
def post_forms() -> str:
    """The posts as written, longest first, as regular-expression alternatives."""
    return "|".join(re.escape(f) for f in sorted(link_words().holders, key=len, reverse=True))


@cache
def posts_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(" + post_forms() + r")\b")


def attached(gap: str) -> bool:
    """Whether the words between a post and a name leave the post to that name ("and", "Sheikh", commas)."""
    between = link_words().between
    return all(w in between for w in re.findall(r"[\w.]+", gap.lower()))


def held(low: str, start: int, end: int) -> bool:
    """A post as written at ``low[start:end]`` is held now: no modifier just before it, no "-elect" after."""
    before = re.findall(r"[\w]+", low[max(0, start - 20):start])
    after = re.match(r"-(\w+)", low[end:end + 12])
    mods = link_words().modifiers
    return not ((before and before[-1] in mods) or (after and after.group(1) in mods))


def phrase_start(text: str, at: int) -> int:
    """Back over up to two capitalised words before a post ("The Qatari", "Lorvia's"), within the sentence."""
    for _ in range(2):
        m = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, at - 40):at])
        if not m:
            break
        at = at - len(m.group(0))
    return at


def posts_before(text: str, low: str, start: int) -> list[tuple[str, int]]:
    """The posts written just before a name starting at ``start``, rightmost first, with where each starts."""
    lo = max(0, start - BEFORE)
    found = list(posts_pattern().finditer(low, lo, start))
    out: list[tuple[str, int]] = []
    edge = start
    for m in reversed(found):
        if m.end() > edge or not attached(text[m.end():edge]):
            break
        if held(low, m.start(), m.end()):
            out.append((link_words().holders[m.group(1)], m.start()))
        edge = m.start()
    return out


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """The report's text in lower case, made once per report, not once per person (str hashes are cached)."""
    return text.lower()


@cache
def _post_after() -> re.Pattern[str]:
    """A post after the name (", the foreign minister"), compiled once: the pattern is long, and hashing it
    anew for ``re``'s cache at every mention cost more than the match."""
    return re.compile(r"\s*,\s*(?:the\s+)?(?:[\w'’]+\s+)?(" + post_forms() + r")\b" + AFTER_END)


def office_spans(text: str, actor) -> dict[str, tuple[int, int]]:  # noqa: ANN001 - model.Actor
    """Post -> the passage that gives it to this named person (the post's phrase through the name)."""
    if actor.kind != "person" or not actor.named:
        return {}
    low = lowered(text)
    out: dict[str, tuple[int, int]] = {}
    for m in actor.mentions[:6]:
        posts = posts_before(text, low, m.start)
        for post, _at in posts:
            out.setdefault(post, (phrase_start(text, posts[-1][1]), m.end))
        after = _post_after().match(low[m.end:m.end + 60])
        if after and held(low, m.end + after.start(1), m.end + after.end(1)):
            out.setdefault(link_words().holders[after.group(1)], (m.start, m.end + after.end(1)))
    return out


def office_contradictions(actors: list["ActorRec"], entity_of: dict[tuple[str, str], str],
                          side: dict[str, str]) -> list[dict]:
    """Two different people given one post of one state by different reports.

    The state is the person's side (``side``: entity -> affiliation entity), else the
    report's own affiliation of the actor. Each end is the passage giving the post.
    """
    holders: dict[tuple[str, str], dict[str, list[tuple[str, tuple[int, int]]]]] = {}
    for a in actors:
        ent = entity_of.get(a.key)
        state = side.get(ent or "") or (entity_of.get((a.doc, a.affil_id)) if a.affil_id else None)
        if not ent or not state:
            continue
        for post, span in sorted(a.offices.items()):
            holders.setdefault((post, state), {}).setdefault(ent, []).append((a.doc, span))
    out = []
    for (post, state), people in sorted(holders.items()):
        names = sorted(people)
        pairs = [(x, y) for i, x in enumerate(names) for y in names[i + 1:] if not one_or_successive(people[x], people[y], x, y)]
        found = [(x, y, pa, pb) for x, y in pairs for pa in people[x] for pb in people[y] if pa[0] != pb[0]]
        for x, y, (da, sa), (db, sb) in found[:MAX_LINKS]:
            out.append({"kind": "contradicts", "on": "actor",
                        "a": {"doc": da, "start": sa[0], "end": sa[1]}, "b": {"doc": db, "start": sb[0], "end": sb[1]},
                        "note": f"who holds the post of {post} of {state}: {x} / {y}"})
    return out


def one_or_successive(xs: list[tuple[str, tuple[int, int]]], ys: list[tuple[str, tuple[int, int]]], x: str, y: str) -> bool:
    """Two holders of one post that are no dispute: a report that gives the post to both tells of
    two terms (successive holders, "President Ana Varga ... President Tomas Rell's administration"),
    and two holders with one surname are more likely one person the resolver kept apart."""
    if {d for d, _ in xs} & {d for d, _ in ys}:
        return True
    return x.split("-")[-1] == y.split("-")[-1]


class Holders:
    """The last word of each person's name in one report (normal form) -> the last two words of its descriptors,
    in the report's order; read once per report, and only when a form asks (:func:`office_forms`)."""

    def __init__(self, d: Dossier) -> None:
        self.d = d
        self.got: dict[str, list[str]] | None = None

    def of(self, last: str) -> list[str]:
        if self.got is None:
            self.got = {}
            for a in self.d.actors:
                if a.kind == "person" and (end := norm(a.name).split()[-1:]):
                    self.got.setdefault(end[0], []).extend(
                        " ".join(norm(x).split()[-2:]) for x in a.descriptors if norm(x))
        return self.got.get(last, [])


def office_forms(forms: list[str], holders: Holders) -> list[str]:
    """"halvorsen office" also as "prime minister office" when Halvorsen is described as prime minister.

    Why: an office is named after its holder or after the role ("the Prime Minister's
    Office"); the report's own descriptors of the holder connect the two names.
    """
    out = []
    for f in forms:
        toks = f.split()
        if len(toks) < 2 or toks[-1] not in words().office_words:
            continue
        out += [role + " " + toks[-1] for role in holders.of(toks[-2])]
    return out
