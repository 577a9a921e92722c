"""Seasons in news prose: "in the spring of 2024", "last summer", "this winter", "since the fall".

Why a module of its own (beside :mod:`backchannel.timex`): a season is a part of a year, and a
part resolves to the unit that holds it, as "late November" resolves to the month; so a season's
value is its year (a winter is the year of its January and February). The grammar of seasons is
kept apart from the grammar of days and months, and its words (each season's first month) come
from ``data/timex_words.toml`` through :mod:`backchannel.timex`.

"early summer 2014", "late spring" (rule timex.season_part, s47): a part of a season told by
"early", "mid" or "late" is one of its three months, the first, middle or last, as "late November"
is the month; a winter, which straddles two years, keeps its year.

A season is read as a time only with a cue that makes it one: a preposition, a modifier ("last",
"this", "next", "early", "late") or a year. "the fall of the city" is no season: a season noun
followed by "of" and anything but a year is an event.
"""

from __future__ import annotations

import re
from datetime import date

SEASON_MONTHS = 3  # months a season lasts
WINTER_START = 12  # the one season that starts in one year and ends in the next


def season_expr(seasons: dict[str, int], year: str) -> str:
    """The finder's alternation for a season: "the summer of 2023", "spring 2024", "winter"."""
    words = "|".join(sorted(seasons, key=len, reverse=True))
    return rf"(?:the\s+)?(?:{words})(?:\s+(?:of\s+)?{year})?(?!\s+of\s+(?!{year}))"


def _start(y: int, month: int) -> date:
    return date(y, month, 1)


def _end(start: date) -> date:
    m = start.month - 1 + SEASON_MONTHS
    return date(start.year + m // 12, m % 12 + 1, 1)


def _value(start: date) -> str:
    """A season's year: the year of its start, or for a winter the year of its January."""
    return str(start.year + (1 if start.month == WINTER_START else 0))


def _part_value(start: date, mod: str, parts: dict[str, int]) -> str:
    """The value of a season starting at ``start`` told with ``mod``: the month of its part
    ("early summer": the first) when ``mod`` names one, else (and for a winter) the season's year (rule timex.season_part)."""
    offset = parts.get(mod)
    if offset is None or start.month == WINTER_START:
        return _value(start)
    return f"{start.year}-{start.month + offset:02d}"


def season_value(s: str, mod: str, anchor: date | None, future: bool, seasons: dict[str, int],
                 past_mods: frozenset[str], next_mods: frozenset[str], this_mod: str,
                 parts: dict[str, int] | None = None) -> tuple[bool, str | None]:
    """(is ``s`` a season, its year): with a year, that year; else counted from the anchor:
    "last" the latest season of its kind that has ended, "next" the first that has not begun,
    "this" the one of the anchor's year (the winter around January), none the latest that has
    begun (the first that has not ended in a future reading). ``parts`` (the month offset of
    "early", "mid", "late") narrows a told part to its month."""
    parts = parts or {}
    m = re.fullmatch(rf"(?:the\s+)?({'|'.join(seasons)})(?:\s+(?:of\s+)?(\d{{4}}))?", s)
    if not m:
        return False, None
    month = seasons[m.group(1)]
    if m.group(2):
        return True, _part_value(_start(int(m.group(2)), month), mod, parts) if month != WINTER_START else m.group(2)
    if anchor is None:
        return True, None
    if mod == this_mod:
        y = anchor.year - (1 if month == WINTER_START and anchor.month < SEASON_MONTHS else 0)
        return True, _part_value(_start(y, month), mod, parts)
    starts = [_start(y, month) for y in range(anchor.year - 2, anchor.year + 3)]
    if mod in past_mods:
        return True, _value(max(st for st in starts if _end(st) <= anchor))
    if mod in next_mods:
        return True, _value(min(st for st in starts if st > anchor))
    if mod in parts and month != WINTER_START:
        return True, _part_of_tense(starts, parts[mod], anchor, future)
    if future:
        return True, _part_value(min(st for st in starts if _end(st) > anchor), mod, parts)
    return True, _part_value(max(st for st in starts if st <= anchor), mod, parts)


def _part_of_tense(starts: list[date], offset: int, anchor: date, future: bool) -> str:
    """The month of a season's part with no year, on the side of the anchor the tense allows (rule
    timex.season_part): told as past, the latest such month that has begun ("in late summer" in a June report is
    last August, not the coming one); told as planned, the first that has not ended ("in early spring" in April is
    next March). The season's start alone would put a past part after the report or a planned one before it."""
    months = [_start(st.year, st.month + offset) for st in starts]
    if future:
        return _month(min(m for m in months if _end_of_month(m) > anchor))
    return _month(max(m for m in months if m <= anchor))


def _end_of_month(m: date) -> date:
    return date(m.year + m.month // 12, m.month % 12 + 1, 1)


def _month(m: date) -> str:
    return f"{m.year}-{m.month:02d}"
