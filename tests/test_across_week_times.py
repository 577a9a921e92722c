"""Across reports, a day and the ISO week holding it date one act (events.times_compatible):
one report says "on Tuesday", another "this week"; no contradiction on time between them."""

from __future__ import annotations

import pytest

from backchannel.resolve.across.events import times_compatible


@pytest.mark.parametrize("a,b", [
    ("2025-09-09", "2025-W37"),  # a Tuesday in its week
    ("2025-W37", "2025-09-14"),  # the Sunday closing the week, either order
    ("2024-12-30", "2025-W01"),  # a week that starts in the year before
    ("2025", "2025-W37"),  # the older prefix rule still holds
    ("2025-09", "2025-09-09"),
    (None, "2025-W37"),
])
def test_compatible(a, b):
    assert times_compatible(a, b)


@pytest.mark.parametrize("a,b", [
    ("2025-09-16", "2025-W37"),  # the next Tuesday
    ("2025-09-07", "2025-W37"),  # the Sunday before
    ("2025-W36", "2025-W37"),
    ("2025-09-09/2025-09-12", "2025-W38"),
])
def test_incompatible(a, b):
    assert not times_compatible(a, b)
