"""The language data of the cross-report resolver, read once from ``data/across.toml``.

Why a file: titles, particles, count qualifiers and polarity words are vocabulary,
not logic; another language or house style changes the file, not the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import LexiconError, check_keys, read, word_list

FILE = "across.toml"
# tables read apart from the plain lists
HEADS = "heads"
SPELLINGS = "spellings"
GROUPED = (HEADS, SPELLINGS)  # lists of word groups, read by _groups
NUMBERS = "numbers"
STATEMENTS = "statements"
#: The tables of across.toml and their keys (space-separated: keys are code, not words).
SECTIONS = {"names": "titles stop particles suffixes office_words top_offices body_fillers".split(),
            "unnamed": "source_heads side_group_heads side_source_heads rank_words pronouns plurals female_heads male_heads".split(),
            "counts": "over least about under units vague partitives ranges joiners particle_verbs verb_particles others state_endings participle_endings state_words ceiling".split(),
            "polarity": "breach commit topic".split(),
            "interactions": "symmetric two_sided".split(),
            "synonyms": "heads spellings".split(),
            "statements": "stop".split(),
            "numbers": "multipliers words".split(),
            "times": "start weekdays late".split()}


@dataclass(frozen=True)
class Words:
    """Every list of across.toml, as sets (titles longest first, to strip "prime minister" before "minister")."""

    titles: tuple[str, ...]
    stop: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    office_words: frozenset[str]
    top_offices: frozenset[str]
    body_fillers: frozenset[str]  # "affairs": no word that tells two bodies apart (body_key)
    source_heads: frozenset[str]
    side_group_heads: frozenset[str]
    side_source_heads: frozenset[str]  # a side's group heads that name no part (side_source)
    rank_words: frozenset[str]  # "senior", "top": say nothing of which of a side's officials (side_group)
    pronouns: frozenset[str]
    plurals: frozenset[str]
    female_heads: frozenset[str]
    male_heads: frozenset[str]
    over: tuple[str, ...]
    least: tuple[str, ...]  # "at least 20": 20 itself allowed (across.links.count_least)
    about: tuple[str, ...]
    under: tuple[str, ...]
    partitives: tuple[str, ...]  # determiners after "of" of a part of a group: "two of their pupils"
    ranges: tuple[str, ...]  # words joining two numbers into a range: "between twenty and thirty pupils"
    joiners: tuple[str, ...]  # words inside one number after a hundred: "three hundred and forty-four"
    particle_verbs: frozenset[str]  # verbs whose particle a qualifier is: "hand over three soldiers"
    verb_particles: frozenset[str]  # the qualifiers that can be that particle ("over")
    ceiling: tuple[str, ...]  # "up to 20": at most 20 (count_ceiling)
    participle_endings: tuple[str, ...]  # "detained": the participle of "unjustly detained" (count_head)
    vague: dict[str, tuple[int, int]]
    others: tuple[str, ...]  # "four other Americans": more of a group counted beside it (count_others)
    state_endings: tuple[str, ...]  # "wrongly held": words describing a whole counted group (count_head)
    state_words: frozenset[str]  # such participles of other endings ("held", "taken")
    units: frozenset[str]
    breach: tuple[str, ...]
    commit: tuple[str, ...]
    topic: frozenset[str]
    symmetric: frozenset[str]
    two_sided: frozenset[str]  # undirected acts whose partner is implied (across.events.two_sided)
    synonyms: dict[str, str]  # a head word -> the first word of its synonym group
    spellings: dict[str, str]  # a spelling of a word in a body's name -> the group's first spelling
    statement_stop: frozenset[str]
    numbers: dict[str, int]
    start: tuple[str, ...]
    weekdays: tuple[str, ...]
    late: tuple[str, ...]


def parse_words(raw: dict) -> Words:
    """Check a parsed across.toml and build :class:`Words` (errors name the file and key)."""
    check_keys(FILE, "", raw, SECTIONS, SECTIONS)
    lists: dict[str, list[str]] = {}
    vague: dict[str, tuple[int, int]] = {}
    for section, keys in SECTIONS.items():
        table = check_keys(FILE, section, raw[section], keys, keys)
        for key in keys:
            if key in GROUPED or section == NUMBERS:
                continue
            if section == STATEMENTS:
                lists["statement_stop"] = word_list(FILE, f"{section}.{key}", table[key])
                continue
            if isinstance(table[key], dict):
                for phrase, span in table[key].items():
                    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
                        raise LexiconError(FILE, f"counts.vague.{phrase}", "expected [low, high]")
                    vague[phrase] = (span[0], span[1])
            else:
                lists[key] = word_list(FILE, f"{section}.{key}", table[key])
    synonyms, spellings = _groups(raw, HEADS), _groups(raw, SPELLINGS)
    numbers = raw["numbers"]["words"]
    if not isinstance(numbers, dict) or not all(isinstance(v, int) for v in numbers.values()):
        raise LexiconError(FILE, "numbers.words", "expected a table of integers")
    return Words(synonyms=synonyms, spellings=spellings, statement_stop=frozenset(lists["statement_stop"]), numbers=dict(numbers),
                 start=tuple(lists["start"]), weekdays=tuple(lists["weekdays"]),
                 late=tuple(lists["late"]), titles=tuple(sorted(lists["titles"], key=len, reverse=True)), stop=frozenset(lists["stop"]),
                 particles=frozenset(lists["particles"]), suffixes=frozenset(lists["suffixes"]), office_words=frozenset(lists["office_words"]),
                 top_offices=frozenset(lists["top_offices"]), body_fillers=frozenset(lists["body_fillers"]),
                 source_heads=frozenset(lists["source_heads"]),
                 side_group_heads=frozenset(lists["side_group_heads"]),
                 side_source_heads=frozenset(lists["side_source_heads"]), rank_words=frozenset(lists["rank_words"]),
                 pronouns=frozenset(lists["pronouns"]),
                 plurals=frozenset(lists["plurals"]), female_heads=frozenset(lists["female_heads"]),
                 male_heads=frozenset(lists["male_heads"]),
                 over=tuple(lists["over"]), least=tuple(lists["least"]), others=tuple(lists["others"]),
                 state_endings=tuple(lists["state_endings"]), state_words=frozenset(lists["state_words"]),
                 about=tuple(lists["about"]), under=tuple(lists["under"]),
                 partitives=tuple(lists["partitives"]), ranges=tuple(lists["ranges"]), joiners=tuple(lists["joiners"]),
                 particle_verbs=frozenset(lists["particle_verbs"]),
                 verb_particles=frozenset(lists["verb_particles"]), ceiling=tuple(lists["ceiling"]),
                 participle_endings=tuple(lists["participle_endings"]),
                 vague=vague, units=frozenset(lists["units"]), breach=tuple(lists["breach"]), commit=tuple(lists["commit"]),
                 topic=frozenset(lists["topic"]), symmetric=frozenset(lists["symmetric"]),
                 two_sided=frozenset(lists["two_sided"]))


def _groups(raw: dict, key: str) -> dict[str, str]:
    """A ``[synonyms]`` list of word groups as a map: every word -> the first word of its group."""
    out: dict[str, str] = {}
    for k, group in enumerate(raw["synonyms"][key]):
        for w in word_list(FILE, f"synonyms.{key}[{k}]", group):
            out[w] = group[0]
    return out


@cache
def words() -> Words:
    """The resolver's words, parsed once per process."""
    return parse_words(read(FILE))
