"""Person nouns of armed groups and the named movement they stand for (s41-groups, armed_parties.py).

Why: the golds write "the rebels" after a named armed front as an alias of that front, and "freed by
<region> rebels" in a lead before the front is named as the front too; a second actor splits its acts.
Invented sentences and names; near misses that must stay as they were.
"""

from __future__ import annotations

from backchannel.model import Actor
from backchannel.pipeline import analyze_text

JOIN = "actors.unnamed.armed_movement_again"


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in analyze_text(text).actors}


def acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.type, i.source, i.target) for i in analyze_text(text).interactions)


def joined(text: str, aid: str) -> bool:
    a = actors(text)[aid]
    return any(m.rule == JOIN for m in a.mentions)


def test_bare_plural_after_front_joins_it() -> None:
    text = "The Ostland Front fought the army for years. Karl Brand met rebels in Velmar on Monday."
    assert joined(text, "ostland-front") and "rebels" not in actors(text)
    assert ("meet", "karl-brand", "ostland-front") in acts(text)


def test_subject_plural_after_front_joins_it() -> None:
    text = "The Velmar Liberation Army seized the pass. Rebels released two aid workers on Friday."
    assert joined(text, "velmar-liberation-army") and "rebels" not in actors(text)


def test_lead_plural_before_the_name_joins_it() -> None:
    text = ("Karl Brand was freed by rebels on Monday after months in the hills. "
            "The Ostland Liberation Army said it wanted talks.")
    assert joined(text, "ostland-liberation-army")
    assert ("release", "ostland-liberation-army", "karl-brand") in acts(text)


def test_lead_plural_with_place_before_the_name_joins_it() -> None:
    text = "The government and rebels in Ostland agreed to a truce. The Revolutionary Ostland Front signed it."
    assert joined(text, "revolutionary-ostland-front")


def test_near_miss_generic_use_is_no_party() -> None:
    ids = actors("Rebels in general distrust the army, the mayor of Velmar said.")
    assert not any("rebel" in i for i in ids)


def test_near_miss_own_place_after_named_front_is_its_own_party() -> None:
    text = "The Ostland Front fought the army. Officials said rebels in the hills kept fighting."
    assert not joined(text, "ostland-front")


def test_near_miss_premodifier_is_no_party() -> None:
    ids = actors("The army shelled a rebel-held town near Velmar on Monday.")
    assert not any("rebel" in i for i in ids)


def test_near_miss_no_movement_named_stays_its_own() -> None:
    ids = actors("Rebels released two aid workers on Friday, officials in Velmar said.")
    assert "rebels" in ids


def test_near_miss_alliance_is_no_movement() -> None:
    text = "The Northern Treaty Organisation sent jets over Velmar. Rebels released two aid workers on Friday."
    ids = actors(text)
    assert not any(m.rule == JOIN for a in ids.values() for m in a.mentions)
