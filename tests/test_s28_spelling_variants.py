"""Two spellings of one name in one report (``actors.merges.spelling_variant``, session 28; invented text)."""

from __future__ import annotations

import pytest

from backchannel.extract.actors.merges import house_style_key
from backchannel.pipeline import analyze_text


def named(text: str) -> list[str]:
    d = analyze_text(text, published="2031-05-04")
    return [a.name for a in d.actors if a.named]


@pytest.mark.parametrize("a, b", [
    ("Kata'ib Lunde", "Kataib Lunde"), ("Al-Akhbar", "Al Akhbar"), ("Abu-Obeida", "Abu Obeida"),
    ("Ansar Allah", "Ansar-Allah"), ("Jabhat al-Nusra", "Jabhat Al Nusra"), ("Ma\u2019an News", "Ma'an News"),
])
def test_the_key_joins_house_styles(a: str, b: str) -> None:
    assert house_style_key(a) == house_style_key(b)


@pytest.mark.parametrize("text, one", [
    ("The Zarvan Front's Kata'ib Lunde freed two captives. Kataib Lunde said more would follow.", "Kataib Lunde"),
    ("Abu-Marwan Brandt said the truce held. Later Abu Marwan Brandt added that the captives were safe.",
     "Abu Marwan Brandt"),
    ("Al-Nahar reported the talks. Al Nahar added that the envoy had left Pell.", "Al Nahar"),
])
def test_one_actor_for_two_spellings(text: str, one: str) -> None:
    got = named(text)
    assert len([n for n in got if house_style_key(n) == house_style_key(one)]) == 1, got


def test_different_names_stay_apart() -> None:
    assert house_style_key("Al-Nahar") != house_style_key("Al-Nahda")
    got = named("Al-Nahar reported the talks. Al-Nahda, a rival party, denied it.")
    assert len(got) >= 2, got


@pytest.mark.parametrize("text, outlet", [
    ("The Vesterland news agency Vestpress said the envoy had left.", "Vestpress"),
    ("The Morgenpost newspaper said the talks continued.", "Morgenpost"),
    ("State news agency WAM said the talks continued.", "WAM"),
    ("According to the Vestposten daily, the envoy met the rebels.", "Vestposten"),
    ("The Harbour Times newspaper reported that the truce held.", "Harbour Times"),
])
def test_an_outlet_noun_after_a_name_speaks_as_that_outlet(text: str, outlet: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    names_of = {a.id: a.name for a in d.actors}
    assert d.claims and names_of.get(d.claims[-1].speaker) == outlet, [(names_of.get(c.speaker), c.content) for c in d.claims]


def test_a_nationality_before_the_outlet_noun_names_no_outlet() -> None:
    d = analyze_text("Iran's state news agency said the talks continued.", published="2031-05-04")
    assert not any(a.named and a.kind == "organization" for a in d.actors), [a.name for a in d.actors]


def test_an_indefinite_outlet_noun_names_no_outlet() -> None:
    d = analyze_text("A Lunde newspaper said the envoys met twice.", published="2031-05-04")
    assert not any(a.named and a.name == "Lunde" and "Lunde newspaper" in a.aliases for a in d.actors)


def test_a_party_s_own_broadcaster_is_not_the_party() -> None:
    d = analyze_text("Zarvan Front leaders met the mediators. The Zarvan Front television station said on Monday "
                     "that the talks had collapsed.", published="2031-05-04")
    names_of = {a.id: a.name for a in d.actors}
    assert names_of.get(d.claims[-1].speaker) != "Zarvan Front", [(names_of.get(c.speaker), c.content) for c in d.claims]
