"""across.entities.body_words: one body of a state under two house styles (invented names)."""

from __future__ import annotations

from backchannel.resolve.across.names import body_key


def test_across_entities_body_words_portfolio_styles_are_one_body() -> None:
    one = {body_key(f, "lorvia") for f in ("ministry of foreign affairs", "lorvian foreign ministry",
                                          "lorvia's ministry of external affairs", "external affairs ministry")}
    assert one == {"foreign ministry"}
    home = {body_key(f, "lorvia") for f in ("ministry of internal affairs", "lorvian interior ministry",
                                           "home ministry of lorvia")}
    assert home == {"interior ministry"}


def test_across_entities_body_words_other_bodies_stay_apart() -> None:
    assert body_key("foreign affairs committee", "lorvia") != body_key("foreign ministry", "lorvia")
    assert body_key("ministry of foreign affairs", "lorvia") != body_key("ministry of defence", "lorvia")
    assert body_key("ministry of home affairs", "lorvia") != body_key("ministry of foreign affairs", "lorvia")
    assert body_key("ministry of foreign affairs", None) is None  # no state, no body key
