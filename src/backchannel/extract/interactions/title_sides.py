"""The story's two sides as the report's headline names them.

Why: a news headline names the two parties of the story it tells ("Ostland, Free Hill Front
agree truce", "Westmark swaps prisoners with the Front", "Ostland government, opposition in
Vesterland for talks"), while the body's first two-party act may be a meeting in passing of two
persons, a group named once, or nothing at all (the sides then came from the words around a
mediator). Rule TITLE_SIDES: where the headline names exactly two parties, none a mediator of the
report, the press, a captive, a venue ("in Vesterland") or a broker ("Vesterland-brokered"), they
are the story's sides unless the pair found in the body already stands for both; a pair found
by explicit two-party acts is only replaced where each side it holds that the headline leaves
out is a person, an unnamed group, or a body no act names as a party itself (only a member of
it: "the rebel negotiators" of a body the parser took from a dateline).
The headline (`` date YYYY-MM-DD Title``) is no part of the parsed text, so it is read here
by the names and aliases of the body's actors and by nationality words before a side's noun
("Thai, Cambodian leaders", ``title_side_heads`` in frames.toml).
"""

from __future__ import annotations

import re

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.story import PairSource, affiliations, first_mention, is_press
from backchannel.resolve.lexicon import fold
from backchannel.resolve.lexicon import lexicon as resolve_lexicon

TITLE_SIDES = "interactions.sides.title_sides"
_WORD = re.compile(r"[\w’'.]+")
_BROKER = re.compile(r"^-\w+ed\b")  # "Vesterland-brokered", "Ostland-backed": an agent qualifying another
_POSS = re.compile(r"^['’]s\s+([\w’'.-]+)")
_SIDE_TYPES = ("negotiate", "agree", "meet", "attack", "mediate", "message", "release")


def title_sides(d: Doc_, raws: list[Candidate], pair: list[str], how: PairSource,
                mediators: list[str]) -> list[str]:
    """The headline's two sides where they should replace ``pair`` (rule TITLE_SIDES), else
    ``pair`` itself."""
    named = _named_in_title(d, raws, mediators)
    if len(named) != 2:
        return pair
    if len(pair) == 2 and all(any(t in _cover(d.ctx, p) for p in pair) for t in named):
        return pair  # the body's pair stands for both
    if how == PairSource.EXPLICIT and len(pair) == 2:
        loose = [p for p in pair if not any(t in _cover(d.ctx, p) for t in named)]
        if not all(_weak(d.ctx, p) or p not in _parties(raws) for p in loose):
            return pair  # a named state or body of the story's own talks that the headline leaves out
    elif how not in (PairSource.NONE, PairSource.FREQUENCY) and len(pair) == 2:
        return pair  # sides told by the captives (swaps, custody): the headline may name one
    return sorted(named, key=lambda a: first_mention(d.ctx, a))


def _parties(raws: list[Candidate]) -> set[str]:
    """The actors the body's acts name as a party themselves (not one of their members: "the
    rebel negotiators" of a group the body never names as a party of an act)."""
    return {a for r in raws if r.type in _SIDE_TYPES for a in r.sources + r.targets if not is_marker(a)}


def _weak(ctx: Context, a: str) -> bool:
    """A person or an unnamed group: talks between such may stand for the sides, and the
    headline names the sides themselves."""
    act = ctx.actors.get(a)
    return act is None or act.kind == "person" or not act.named or act.kind not in ("state", "organization", "group")


def _cover(ctx: Context, a: str) -> set[str]:
    """What ``a`` stands for at the level of a side: itself and the bodies it belongs to (its side,
    :func:`.story.level`, is the first of them)."""
    return {a, *affiliations(ctx, a)}


def _side(ctx: Context, a: str) -> str:
    """The side a headline's actor is: a person's or an unnamed member's state or body."""
    act = ctx.actors.get(a)
    if act is not None and (act.kind == "person" or not act.named) and act.affiliation in ctx.actors \
            and ctx.actors[act.affiliation].kind in ("state", "organization"):
        return act.affiliation
    return a


def _named_in_title(d: Doc_, raws: list[Candidate], mediators: list[str]) -> list[str]:
    """The sides the headline names, in its order, once each (mediators, the press, captives,
    venues and brokers left out)."""
    ctx = d.ctx
    title = ctx.document.title or ""
    if not title:
        return []
    ftitle = fold(title)
    if len(ftitle) != len(title):
        return []  # (offsets of the folded text must be the title's)
    found = _by_name(d, raws, title, ftitle) + _by_demonym(d, title)
    found.sort()
    theirs = set(mediators) | {f for m in mediators for f in affiliations(ctx, m)}
    captives = {t for r in raws if r.type == "release" for t in r.targets if not is_marker(t)
                and getattr(ctx.actors.get(t), "kind", None) in ("person", "group")}  # (people, not a destination)
    lx = resolve_lexicon()
    venue = lx.venue_preps - lx.words.not_venue_preps
    out: list[str] = []
    taken: list[tuple[int, int]] = []
    said: list[str] = []
    for s, e, a in sorted(found, key=lambda x: (x[0], -(x[1] - x[0]))):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        before = _WORD.findall(ftitle[:s])
        x = _side(ctx, a)
        if (before and before[-1] in venue) or _BROKER.match(title[e:]) or _possessor(d, title[e:]) \
                or a in captives or is_press(ctx, a) \
                or x in theirs or a in theirs or set(affiliations(ctx, a)) & theirs:
            continue
        if x not in out and not is_press(ctx, x):
            out.append(x)
            said += [x] if _speaker(title[e:]) else []
    if len(out) == 3 and len(said) == 1:
        out.remove(said[0])  # "Ostland says truce between Westmark and the Front holds": the teller
    return out


def _speaker(rest: str) -> bool:
    """Is a name the subject of a speech verb ("Ostland says ...", "Westmark tells ...")?"""
    m = _WORD.search(rest)
    w = m.group().casefold() if m is not None and m.start() <= 1 else ""
    return bool(w) and bool({w, w.removesuffix("s")} & resolve_lexicon().speech_verbs)  # (headlines say "says")


def _possessor(d: Doc_, rest: str) -> bool:
    """Is a name the possessor of a common noun ("Westmark's claim", "Anna Berg's offer")? It
    owns a thing the headline tells of and is not thereby a side; "Ostland's president" (a side's
    noun) and "Ostland's Anna Berg" (a name) are the side's."""
    m = _POSS.match(rest)
    if m is None:
        return False
    nxt = m.group(1)
    return not nxt[:1].isupper() and nxt.casefold() not in d.lex.settings.title_side_heads


def _by_name(d: Doc_, raws: list[Candidate], title: str, ftitle: str) -> list[tuple[int, int, str]]:
    """Actors the headline names by a name or alias: named actors, and unnamed groups that are a
    party of the body's acts ("the opposition")."""
    ctx = d.ctx
    parties = _parties(raws)
    out: list[tuple[int, int, str]] = []
    for act in ctx.actors.values():
        if not act.named and act.id not in parties:
            continue
        for n in {fold(x) for x in [act.name, *act.aliases] if len(x) > 1}:
            for m in re.finditer(rf"(?<![\w]){re.escape(n)}(?![\w])", ftitle):
                out.append((m.start(), m.end(), act.id))
    return out


def _by_demonym(d: Doc_, title: str) -> list[tuple[int, int, str]]:
    """States the headline names by a nationality word before a side's noun, also in a list
    ("Ostlandic government", "Ostlandic, Westmarkian leaders")."""
    ctx = d.ctx
    lx, heads = resolve_lexicon(), d.lex.settings.title_side_heads
    states = {fold(a.name): a.id for a in ctx.actors.values() if a.kind == "state"}
    words = list(_WORD.finditer(title))
    out: list[tuple[int, int, str]] = []
    for i, w in enumerate(words):
        c = lx.demonym(w.group())
        if c is None or fold(c.name) not in states:
            continue
        j = i + 1
        while j < len(words) and (lx.demonym(words[j].group())
                                  or words[j].group().casefold() in lx.words.pair_coordinators):
            j += 1  # "Ostlandic, Westmarkian leaders", "Ostlandic and Westmarkian ministers"
        if j < len(words) and words[j].group().casefold() in heads:
            out.append((w.start(), w.end(), states[fold(c.name)]))
    return out
