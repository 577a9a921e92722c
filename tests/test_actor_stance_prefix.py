"""A stance prefix on a state ("the pro-Iranian militia", "anti-American protesters") says whom a group
favours or opposes; the state is no party there (s32-actors, data/actors_words.toml stance_prefixes)."""

from __future__ import annotations

from actor_helpers import names_of


def test_pro_demonym(actors_of):
    assert "Iran" not in names_of(actors_of, "The researcher was held for two years by the pro-Iranian militia "
                                             "Kataib Lunde before she was freed on Tuesday.")


def test_pro_state_name(actors_of):
    assert "Iran" not in names_of(actors_of, "Sources close to the pro-Iran armed factions said the captive "
                                             "had been moved twice.")


def test_anti_demonym(actors_of):
    assert "United States" not in names_of(actors_of, "Hundreds of anti-American protesters gathered outside "
                                                      "the court in Kessel on Monday.")


def test_near_miss_state_acting_elsewhere_stays(actors_of):
    n = names_of(actors_of, "The pro-Iranian militia freed the captive after Iran pressed its leaders on Monday.")
    assert "Iran" in n


def test_near_miss_plain_demonym_stays(actors_of):
    assert "Iran" in names_of(actors_of, "Iranian officials met the militia leaders in Baghdad on Monday.")
