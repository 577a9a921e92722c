"""The story's captives and their takers: unnamed groups joined across reports by their part in the story.

Why: reports call one group of captives "pupils", "students", "the hostages" or "the
kidnapped children", and its takers "bandits", "gunmen" or "the abductors"; no head word
ties them, and a bare description alone is no evidence (spec/corpus.md: unnamed actors
join only with evidence such as "same role and side"). What ties them is their part in
the story each report tells: the group an abduction takes and a release frees, and the
group that took it. Rule ``across.entities.captives`` (and ``across.entities.takers``):

- a report's *captives* are its unnamed groups of people (a plural head) that are the target of a release, or of
  an attack told with a capture verb ("abducted", "kidnapped", "seized"; an abduction is
  typed ``attack``), or whose description says so ("hostages", "kidnapped children");
  its *takers* are the unnamed groups that are the source of such a capture, or whose
  head says so ("the kidnappers"); across reports both groups must be ends of such acts
  (a description alone may stand for any of a story's groups of captives), save takers
  named as such;
- a part of the captives ("the remaining hostages", "three female captives",
  ``captives.subgroup`` of data/across_roles.toml) has no role: it joins by its
  description only;
- two groups of one role are one group when their sides agree (a group with no side
  fits the one side the corpus gives that role, and no other), and nothing the reports
  tell sets them apart: a place in the description ("Varn pupils" / "Tessel pupils"),
  the day of the capture, a named taker, a named releaser.

Two groups of one role that the reports tell apart by a place, a day or a named taker lose 3
whatever else they share (:func:`role_conflict`).
Within one report, groups that pass the same test are the report's one group named
several ways (forced, :func:`same_role_pairs`); across reports the pair earns +4.75
(:func:`role_evidence`: just over the threshold, so a shared description decides first),
blocked on the role (one block per role, bounded as every block is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from backchannel.data_loader import loader
from backchannel.model import Dossier
from backchannel.resolve.across.countwords import count_words
from backchannel.resolve.across.names import norm, state_named
from backchannel.resolve.across.takenby import band_in_story, head_says_taker, told_taker
from backchannel.resolve.across.words import words

FILE = "across_roles.toml"
CAPTIVES = "captives"
TAKERS = "takers"
GROUP = "group"  # the actor kind of a collective (model.ActorKind)
WEIGHT = 4.75  # just over the threshold: weaker than a shared description, which decides first
CONFLICT = 3.0  # what a told-apart pair of one role loses
STATE = "state"  # the actor kind of a state (model.ActorKind)
STORY_KINDS = (STATE, "organization", "person")  # the named parties that tie a report to its story
WINDOW_DAYS = 365  # reports of one story published further apart than this share no story by their roles
BLOCKED = ("s:", "d:", "p:")  # the kinds of story mark a role is blocked on (:func:`block_marks`)
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
RULE = {CAPTIVES: "across.entities.captives", TAKERS: "across.entities.takers"}
TAKEN_RULE, SOLE_RULE = "across.entities.taken_by", "across.entities.sole_part"  # roles read from words (s32)
LONE_RULE = "across.entities.sole_taker"  # the one armed band of a report with captives (s33)


@dataclass(frozen=True)
class RoleWords:
    """The words of data/across_roles.toml."""

    captive_acts: frozenset[str]
    capture_stems: tuple[str, ...]
    capture_words: frozenset[str]
    capture_not_before: frozenset[str]
    captive_heads: frozenset[str]
    captive_marks: frozenset[str]
    sole_marks: frozenset[str]
    captive_nouns: frozenset[str]
    victim_heads: frozenset[str]
    head_ends: frozenset[str]
    subgroup: frozenset[str]
    subgroup_heads: frozenset[str]
    part_apart: frozenset[str]
    not_places: frozenset[str]
    taker_heads: frozenset[str]
    agent_preps: frozenset[str]
    agent_fillers: frozenset[str]
    auxiliaries: frozenset[str]
    relatives: frozenset[str]
    object_pronouns: frozenset[str]
    hold_words: frozenset[str]
    hold_agents: frozenset[str]
    verb_stops: frozenset[str]
    shift_marks: frozenset[str]
    place_preps: frozenset[str]
    passive_auxiliaries: frozenset[str]
    people_capture_stems: tuple[str, ...]
    armed_heads: frozenset[str]
    government: frozenset[str]
    army: frozenset[str]
    army_heads: tuple[str, ...]
    officials: frozenset[str]
    institution: frozenset[str]


role_words = loader(RoleWords, FILE, grouped=True)


@dataclass(frozen=True)
class StoryRole:
    """What one report tells of an unnamed group's part in the story (hashable: part of ``pairkeys.signature``)."""

    role: str  # CAPTIVES or TAKERS
    side: str | None  # normal form of its side's name (affiliation, else the state its name's demonym names)
    places: frozenset[str] = frozenset()  # proper words of its description that name no state ("varn")
    dates: frozenset[str] = frozenset()  # days of the captures it is an end of
    takers: frozenset[str] = frozenset()  # named sources of those captures (captives only)
    releasers: frozenset[str] = frozenset()  # named sources of its release (captives only)
    acted: bool = True  # an end of the report's capture or release acts (not its description alone)
    story: frozenset[str] = frozenset()  # what ties the report to its story (:func:`story_marks`)
    published: str | None = None  # the report's publication day (ISO)
    by: str = ""  # the rule that read the role from the words, not an act (taken_by, sole_part), for the reasons


def is_capture(text: str, after: str = "") -> bool:
    """A trigger or evidence word that tells a capture ("abducted", "kidnapping", "seized", "took hostage"):
    whole words, a stem at a word's start ("kidnap" in "kidnapping", never "undertook"), and a bare
    "took"/"taken" only when the next word ("aback", "part") does not make it another verb."""
    w = role_words()
    own = WORD.findall(text.lower())
    toks = own + WORD.findall(after.lower())[:1]
    for k, tok in enumerate(own):
        if any(tok.startswith(v) for v in w.capture_stems):
            return True
        if tok in w.capture_words and (k + 1 >= len(toks) or toks[k + 1] not in w.capture_not_before):
            return True
    return False


def capture_acts(text: str, d: Dossier) -> tuple[list, list]:
    """The report's capture acts (attacks told with a capture word) and its release acts, with a target."""
    w = role_words()
    caps, rels = [], []
    for i in d.interactions:
        if not i.target or i.type not in w.captive_acts:
            continue
        if i.type == "release":
            rels.append(i)
            continue
        trig, after = (text[i.trigger[0]:i.trigger[1]], text[i.trigger[1]:i.trigger[1] + 30]) if i.trigger \
            else (i.evidence.text, "")
        if is_capture(trig, after):
            caps.append(i)
    return caps, rels


def story_marks(d: Dossier, caps: list, outlet: str | None = None) -> frozenset[str]:
    """What ties a report to its story, for its groups' roles: the normal forms of its named parties (states
    ``s:``, bodies and people ``p:``; not its own outlet) and the days of its captures (``d:``). Two reports' captives (or takers)
    join by their role only when they share one of these (:func:`shares_story`)."""
    own = norm(outlet) if outlet else None
    out = {("s:" if a.kind == STATE else "p:") + n for a in d.actors
           if a.named and a.kind in STORY_KINDS and (n := norm(a.name)) and n != own}
    return frozenset(out | {"d:" + i.time.value for i in caps if i.time and i.time.value})


def shares_story(a: StoryRole, b: StoryRole) -> str | None:
    """What two groups' reports share of one story (a named party or a capture day, published within
    ``WINDOW_DAYS`` of each other), or None: a role is evidence only inside one story."""
    shared = a.story & b.story
    if not shared or not within(a.published, b.published):
        return None
    return sorted(shared)[0][2:]


def within(x: str | None, y: str | None) -> bool:
    """Two publication days no more than ``WINDOW_DAYS`` apart (true when either is unknown or no ISO day)."""
    dx, dy = day_number(x), day_number(y)
    return dx is None or dy is None or abs(dx - dy) <= WINDOW_DAYS


@lru_cache(maxsize=1 << 14)
def day_number(x: str | None) -> int | None:
    """A publication day's ordinal (its first ten characters read as an ISO date), or None.

    Why cached: group pairs are weighed by the hundred thousand and a corpus has few publication days; each
    pair parsed both days afresh."""
    try:
        return date.fromisoformat(x[:10]).toordinal()  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def story_roles(text: str, d: Dossier, outlet: str | None = None,
                published: str | None = None) -> dict[str, StoryRole]:
    """The story role of each unnamed group of one report (actor id -> role), read from its acts and words."""
    w = role_words()
    groups = [(a, toks, head_of(toks) if toks else "") for a in d.actors if not a.named and a.kind == GROUP
              for toks in [norm(a.name).split()]]
    if not groups:
        return {}
    actors = {a.id: a for a in d.actors}
    caps_all, rels_all = capture_acts(text, d)
    captures: dict[str, list] = {}  # actor id -> capture acts it is the target of
    released: dict[str, list] = {}
    for i in caps_all:
        captures.setdefault(i.target, []).append(i)
    for i in rels_all:
        released.setdefault(i.target, []).append(i)
    story = story_marks(d, caps_all, outlet)
    out: dict[str, StoryRole] = {}
    for sole in (False, True):  # across.entities.sole_part: "the girls" when no other group is held
        if sole and out:
            break
        for a, toks, head in groups:
            if not toks or not plural(head) or any(t in w.subgroup for t in part_words(toks, head, sole)):
                continue
            if a.id in captures or a.id in released or head in w.captive_heads or marked(toks, head, sole):
                caps, rels = captures.get(a.id, []), released.get(a.id, [])
                out[a.id] = StoryRole(CAPTIVES, side(a, actors), places(a.name),
                                      frozenset(i.time.value for i in caps if i.time),
                                      named_ends(caps, actors), named_ends(rels, actors), bool(caps or rels),
                                      story, published, SOLE_RULE if sole else "")
    held = [a for a in d.actors if a.id in out]
    held_ends = [m.end for a in held for m in a.mentions]
    held_spans = [(m.start, m.end) for a in held for m in a.mentions]
    held_heads = frozenset(head_of(toks) for a in held if (toks := norm(a.name).split()))
    armed = [a.id for a, toks, _ in groups if a.id not in out and armed_band(toks)]
    held_places = frozenset(p for r in out.values() for p in r.places)
    for a, toks, head in groups:
        if a.id in out or not toks:
            continue
        took = [i for i in caps_all if i.source == a.id and i.target in out]
        spans = [(m.start, m.end) for m in a.mentions]
        by_words = bool(held) and told_taker(text, spans, held_ends, held_heads, w, is_capture,
                                             takes_people)  # across.entities.taken_by: "pupils taken by gunmen"
        lone = (not by_words and bool(held) and armed == [a.id]  # across.entities.sole_taker: the one armed band
                and band_in_story(text, spans, held_spans, held_places, w))
        by = TAKEN_RULE if by_words else LONE_RULE if lone else ""
        told = by_words or lone  # a taker read from the words, either way
        if took or told or head in w.taker_heads or head_says_taker((m.text for m in a.mentions), w):
            # read from the words, a taker has the report's captures: their days and its captives' places
            acts, where = (took, places(a.name)) if took or not told else (caps_all, places(a.name) | held_places)
            out[a.id] = StoryRole(TAKERS, side(a, actors), where, frozenset(i.time.value for i in acts if i.time),
                                  acted=bool(took or told), story=story, published=published, by=by if not took else "")
    return out


def part_words(toks: list[str], head: str, sole: bool) -> list[str]:
    """The words of a description that may make its group a part of the captives. With ``sole`` (rule
    ``across.entities.sole_part``: no other group of the report is held), a head of sex ("the girls", "kidnapped
    boys", ``captives.subgroup_heads``) is not one, nor a word of being freed ("the freed students",
    ``captives.sole_marks``): the report's one group held is the whole of it."""
    w = role_words()
    if sole:
        return [t for t in toks if t not in w.sole_marks and not (t == head and head in w.subgroup_heads)]
    return toks


def marked(toks: list[str], head: str, sole: bool = False) -> bool:
    """A description that says its group is held: a participle ("kidnapped children", ``captives.captive_marks``)
    anywhere, or a noun of capture before a head of victims ("kidnap victims"; ``head`` is :func:`head_of` the
    words); "kidnap gangs" are not held. With ``sole`` (no other group held), "the freed students" are too."""
    w = role_words()
    if sole and set(toks) & w.sole_marks:
        return True
    return bool(set(toks) & w.captive_marks) or bool(set(toks) & w.captive_nouns) and head in w.victim_heads


def takes_people(tok: str) -> bool:
    """A participle of a capture that takes people only ("kidnapped", "abducted"; ``takers.people_capture_stems``)."""
    return tok.endswith("ed") and tok.startswith(role_words().people_capture_stems)


def armed_band(toks: list[str]) -> bool:
    """A description headed by an armed band's word ("gunmen", "the bandits", "armed men"; ``takers.armed_heads``):
    the one such group of a report with captives is its takers (rule ``across.entities.sole_taker``)."""
    heads = role_words().armed_heads
    return bool(toks) and (toks[-1] in heads or " ".join(toks[-2:]) in heads)


def head_of(toks: list[str]) -> str:
    """The head of a description's words: the word before what follows it ("hostages held by the group" ->
    "hostages", ``captives.head_ends``), else the last word."""
    cut = next((k for k, t in enumerate(toks) if k and t in role_words().head_ends), len(toks))
    return toks[cut - 1]


def plural(head: str) -> bool:
    """A head that counts people, as captives are: a plural ("pupils", "schoolchildren", "crew"), not a body
    ("the delegation", "the committee": freed as its members, told so)."""
    return head.endswith("s") and not head.endswith("ss") or any(head.endswith(p) for p in words().plurals)


def side(a, actors: dict) -> str | None:  # noqa: ANN001 - model.Actor
    """The side of a group: its affiliation's name, else the state a word of its name names ("Lorvian")."""
    if a.affiliation and a.affiliation in actors:
        return norm(actors[a.affiliation].name) or None
    for tok in a.name.replace("’", "'").split():
        state = state_named(tok.removesuffix("'s").strip(",.;:"))
        if state:
            return norm(state)
    return None


def places(name: str) -> frozenset[str]:
    """The proper words of a description that name no state and no role: where the group is from ("Varn")."""
    w, people = role_words(), count_words().people
    skip = w.not_places | w.captive_heads | w.captive_marks | w.captive_nouns | w.subgroup | w.taker_heads | people
    out = set()
    for tok in name.replace("’", "'").split()[:-1]:
        tok = tok.removesuffix("'s").strip(",.;:()\"'")
        if tok[:1].isupper() and tok.lower() not in skip and not state_named(tok):
            out.add(tok.lower())
    return frozenset(out)


def named_ends(acts: list, actors: dict) -> frozenset[str]:
    """Normal forms of the named sources of ``acts``."""
    return frozenset(norm(actors[i.source].name) for i in acts
                     if i.source in actors and actors[i.source].named)


def lone_sides(roles: list[StoryRole]) -> dict[str, str | None]:
    """Per role, the one side the given groups of that role have (None when none or several)."""
    sides: dict[str, set[str]] = {}
    for r in roles:
        sides.setdefault(r.role, set())
        if r.side:
            sides[r.role].add(r.side)
    return {k: next(iter(v)) if len(v) == 1 else None for k, v in sides.items()}


def apart(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def days_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Capture days that cannot be one taking: none of one set within a day of one of the other, or within the
    other's vaguer period ("2031-03" holds "2031-03-14"). Why a day: a night raid is told as Friday's by one
    report and Saturday's by another ("late on Friday", "at the weekend")."""
    return bool(a) and bool(b) and not any(near_day(x, y) for x in a for y in b)


def near_day(x: str, y: str) -> bool:
    """Two capture days (ISO, maybe only a month) that may be one taking: one the start of the other, or at most a
    day apart ("late on Friday" in one report is "Saturday" in another)."""
    if x.startswith(y) or y.startswith(x):
        return True
    try:
        return abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days) <= 1
    except ValueError:
        return False


def told_apart(a: StoryRole, b: StoryRole, releasers: bool = True) -> str | None:
    """What the reports tell that sets two groups of one role apart (a place, a day, a named taker or, with
    ``releasers``, a named releaser that differ), or None."""
    if days_apart(a.dates, b.dates):
        return f"capture days differ ({'/'.join(sorted(a.dates))} vs {'/'.join(sorted(b.dates))})"
    for what, x, y in (("places", a.places, b.places),
                       ("named takers", a.takers, b.takers),
                       ("named releasers", a.releasers if releasers else frozenset(), b.releasers)):
        if apart(x, y):
            return f"{what} differ ({'/'.join(sorted(x))} vs {'/'.join(sorted(y))})"
    return None


def role_conflict(a: StoryRole, b: StoryRole) -> tuple[float, list[str]]:
    """Two groups of one role that the reports tell apart lose weight, whatever their descriptions share
    ("the Varn pupils" and "the Tessel pupils"; pupils seized on two days or by two named bands). A named
    releaser that differs does not count here: reports credit one release to the captors, the state or
    the mediator that secured it, so it only keeps the role from joining two groups."""
    why = told_apart(a, b, releasers=False) if a.role == b.role else None
    return (-CONFLICT, [f"the {a.role} of two acts: {why} ({RULE[a.role]}) -{CONFLICT:g}"]) if why else (0.0, [])


def compatible(a: StoryRole, b: StoryRole, lone: dict[str, str | None]) -> str | None:
    """Why two groups of one role may be one ("side lorvia", "no side"), or None when something sets them apart."""
    if a.role != b.role:
        return None
    one = lone.get(a.role)
    if a.side != b.side and not (None in (a.side, b.side) and one is not None and one in (a.side, b.side)):
        return None
    if told_apart(a, b):
        return None
    s = a.side or b.side
    return f"side {s}" if s else "no side"


def role_evidence(a: StoryRole, b: StoryRole, lone: dict[str, str | None]) -> tuple[float, list[str]]:
    """The weight of two groups' one part in the story, with its reason (0 when they cannot be one).

    Across reports each group must be an end of its report's acts (a story may hold several groups
    of captives, and "the captives" of a passing mention says which of them no more than its head
    does), except takers named as such ("the kidnappers" / "the abductors"), whose head is the role.
    """
    if a.role != b.role or not (a.acted and b.acted or a.role == TAKERS):
        return 0.0, []  # (the cheap tests first: most pairs fail one; the result is the same in any order)
    if (story := shares_story(a, b)) is None or (why := compatible(a, b, lone)) is None:
        return 0.0, []
    by = "; ".join(sorted({x.by for x in (a, b) if x.by}))
    return WEIGHT, [f"both the {a.role} of the story ({why}; one story: {story}; {RULE[a.role]}"
                    f"{'; read by ' + by if by else ''}) +{WEIGHT:g}"]


def same_role_pairs(doc: str, roles: dict[str, StoryRole],
                    caps: list | None = None) -> dict[tuple[tuple[str, str], tuple[str, str]], str]:
    """Groups of one report that are its captives (or takers) named several ways: each joins the first before
    it that may be one with it (the report's own lone side), as a forced pair with its reason.

    ``caps``, the report's capture acts: when they tell two takings (:func:`takings`: "gunmen abducted the
    pupils ... pirates seized the sailors"), the role alone says not which group is which, so two groups
    join only when their captures may be one taking."""
    lone = lone_sides(list(roles.values()))
    ends: dict[str | None, list] = {}  # group id -> the capture acts it is an end of
    for i in caps or ():
        for x in (i.source, i.target):
            ends.setdefault(x, []).append(i)
    several = takings(caps or []) > 1
    out = {}
    ids = list(roles)
    for k, b in enumerate(ids):
        for a in ids[:k]:
            why = compatible(roles[a], roles[b], lone)
            if why is not None and several and not any(one_taking(x, y) for x in ends.get(a, ())
                                                       for y in ends.get(b, ())):
                continue
            if why is not None:
                out[((doc, a), (doc, b))] = (f"one report names the story's {roles[a].role} two ways "
                                             f"({why}; {RULE[roles[a].role]})")
                break
    return out


def one_taking(x, y) -> bool:  # noqa: ANN001 - model.Interaction
    """Two capture acts of one report that may tell one taking: the same act, the same taker or the same
    captives (or an end not told), on one day or an untold one."""
    if x is y:
        return True
    tx, ty = (x.time.value if x.time else None), (y.time.value if y.time else None)
    if tx and ty and tx != ty:
        return False
    return x.source == y.source or x.target == y.target or None in (x.source, y.source)


def takings(caps: list) -> int:
    """How many takings a report's capture acts tell at least: acts no other may be one taking with count
    apart (greedy over the text order; 0 or 1 means one story of capture)."""
    firsts: list = []
    for i in caps:
        if not any(one_taking(i, f) for f in firsts):
            firsts.append(i)
    return len(firsts)


def institution_form(form: str) -> str | None:
    """"school authorities" -> "school officials" (rule ``across.entities.institution``): the officials of
    an institution that belongs to no side and that a story has one of (``institutions`` of
    data/across_roles.toml), under one head whatever the report calls them; None for any other form.

    Why: such a group is a party of the story, not an anonymous source ("officials"), so it
    joins by its description as collectives do, once its synonymous heads are one.
    """
    toks, w = form.split(), role_words()
    if len(toks) >= 2 and toks[-1] in w.officials and toks[-2] in w.institution:
        return " ".join(toks[:-1] + ["officials"])
    return None


def block_marks(r: StoryRole) -> set[str]:
    """The marks a role is blocked on: its states and capture days (a few a report; its bodies and people
    are read when the pair is scored), so a record meets no more role blocks than a report names states."""
    return {m for m in r.story if m[:2] in BLOCKED}
