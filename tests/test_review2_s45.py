"""Review s45 (second round) findings, pinned on invented sentences (s45-fix2).

Why: each rule merged in s45 read a construction too widely; these sentences say the same thing in the shape
the rule overreached on, and the act or actor the rule wrongly made must not come out.
"""

from __future__ import annotations

import pytest

TALKS = "Ostland and the Free Hill Front held talks in Vale on Monday. "


@pytest.mark.parametrize("text", [
    # the holder told in a by-phrase on the captives, or the freeing done by an agent (#6)
    TALKS + "Four Free Hill Front commanders held by Westmark were freed on Friday.",
    TALKS + "Four detained Free Hill Front commanders were freed by a Westmark court on Friday.",
    TALKS + "Six Front fighters jailed by the Kessel police were released by a judge.",
])
def test_side_members_with_a_told_holder_are_not_freed_by_the_other_side(named_acts, text: str) -> None:
    assert not [a for a in named_acts(text) if a[0] == "release" and a[1] == "Ostland"]
