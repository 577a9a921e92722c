"""Session 37 review, actors.captives.counted_again on invented sentences: the two sides of a swap free
groups of the same count; a counted group freed by one side is never the group the other side freed.
(A bare "prisoners" the earlier actors.captives.bare_group joins is left as it is.)"""

from __future__ import annotations

import pytest


def _groups(d):
    return [(a.name, a.aliases) for a in d.actors if a.kind == "group"]


@pytest.mark.parametrize("text, other", [
    ("Kenya freed five Chilean prisoners on Monday. Chile in turn freed five prisoners held on espionage charges.",
     "five prisoners"),
    ("Kenya freed five Chilean prisoners on Monday. In return, five prisoners were freed by Chile.",
     "five prisoners"),
    ("Kenya released three Chilean hostages. Chile then released three detainees it had held since 2022.",
     "three detainees"),
])
def test_a_group_freed_by_the_other_side_is_another_group(analyze, text, other):
    d = analyze(text)
    first = next(a for a in d.actors if a.kind == "group" and a.name.startswith("Chilean"))
    assert other not in first.aliases and all(m.text != other for m in first.mentions), _groups(d)


@pytest.mark.parametrize("text, alias", [
    ("Kenya freed five Chilean prisoners on Monday. Kenya freed the five Chileans after talks in Nairobi.",
     "five Chileans"),
    ("Five Chilean prisoners were freed by Kenya. The five Chileans were flown to Santiago.", "five Chileans"),
])
def test_the_same_side_freeing_the_count_again_is_the_group(analyze, text, alias):
    d = analyze(text)
    assert any(alias in a.aliases for a in d.actors if a.kind == "group" and a.name == "Chilean prisoners"), \
        _groups(d)
