"""Clock times in news prose: "called at 15:35", "at 1700 hours", "by 4 a.m.", "at noon".

Why a module of its own (beside :mod:`backchannel.timex`): a clock time with no day is a time
of the report's day (rule ``interactions.timing.clock_day``), and next to a day ("at 10 am on
Tuesday") it adds nothing to the value, so the finder drops it there; the grammar of clocks is
kept apart from the grammar of days.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


T = TypeVar("T", bound=_Span)

# a clock time: "15:35", "15.30 hours", "1700 hrs", "3.30 pm", "noon" (rule interactions.timing.clock_day)
CLOCK_EXPR = (r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:hours|hrs|h\b|[ap]\.?m\b\.?)"
          r"|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\.\d)"
          r"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs)\b"
          r"|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\b\.?"
          r"|noon|midnight)")
_CLOCK_PREP = r"(?:at|by|from|until|till|around|about|shortly\s+(?:before|after)|before|after)\s+"
CLOCK = re.compile(rf"^(?:{_CLOCK_PREP})?{CLOCK_EXPR}$", re.I)


CLOCK_GAP = 4  # characters (spaces, commas, brackets) between a clock time and the day it is on


def is_clock(text: str) -> bool:
    """Is the expression a clock time with no day ("at 15:35", "at 3 pm")?"""
    return CLOCK.fullmatch(" ".join(text.lower().split()).rstrip(",")) is not None


def clocks_with_a_day(text: str, found: list[T]) -> list[T]:
    """Drop a clock time told next to a day ("at 10 am on Monday", "on May 12 at noon"): the
    day dates the act, the clock adds nothing to the value."""
    def next_to_day(t: T) -> bool:
        return any(o is not t and not is_clock(o.text) and (
            0 <= o.start - t.end <= CLOCK_GAP and not text[t.end:o.start].strip(" ,()")
            or 0 <= t.start - o.end <= CLOCK_GAP and not text[o.end:t.start].strip(" ,()")) for o in found)
    return [t for t in found if not (is_clock(t.text) and next_to_day(t))]
