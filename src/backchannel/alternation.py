"""Word lists as regular-expression alternations, longest phrase first.

Why one helper: the link rules and claim spans read word lists from TOML and
match them in text; a list must be escaped (its words hold dots and hyphens)
and tried longest first, so that "in a bid" wins over "in" and "talks with"
over "talks". Written once here, every rule gets the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(items: Iterable[str]) -> str:
    """``a|b|c`` of the escaped items, longest first (ties keep the items' order)."""
    return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))


def word_pattern(items: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A pattern matching any of the items as whole words: ``\\b(?:…)\\b``, longest first."""
    return re.compile(r"\b(?:" + alternation(items) + r")\b", flags)
