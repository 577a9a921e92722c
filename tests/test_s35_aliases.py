"""Names, aliases and one actor per party (session 35, s35-alias; invented text and names only).

Rules: a quoted nickname after "known as" / "commonly referred to as" (``actors.aliases.also_known_as``),
a handle after a name the tagger missed (``actors.handles.handle_after_name``), a coordinated owner
("the United States and <State>'s regime", ``actors.government.coordinated_states``), "the <Leader>
regime" of a leader whose state is known (``actors.government.leader_government``), a state named
inside a government's capitalised name ("the U.S. Administration", ``actors.government.state_government``),
a role and a spelling variant of a given name ("Pilot Philip" for "Phillip X",
``actors.surnames.honorific_given_name``) and conventions as documents (``actors.vetting.document_head``).
"""

from __future__ import annotations

import pytest

from backchannel.extract.actors.spans import initials_match
from backchannel.extract.actors.surnames import same_given
from backchannel.pipeline import analyze_text


def _actor(d, name: str):  # noqa: ANN001, ANN202 - a dossier and its actor
    found = [a for a in d.actors if a.name == name]
    assert len(found) == 1, [(a.name, a.aliases) for a in d.actors]
    return found[0]


@pytest.mark.parametrize("text, person, nick", [
    ("Norland handed over the fugitive businessman Ivo Tammsaar, known as “Big Ivo,” who is wanted in Kenya.",
     "Ivo Tammsaar", "Big Ivo"),
    ('The deal freed the fugitive Ola Brandt, commonly referred to as "the Fox", who was wanted in Kenya.',
     "Ola Brandt", "Fox"),
    ("Police arrested Mika Rantanen, better known as “Baron”, on Monday in Kenya.", "Mika Rantanen", "Baron"),
])
def test_a_quoted_nickname_after_known_as(text: str, person: str, nick: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert nick in _actor(d, person).aliases


def test_known_as_after_a_list_gives_no_member_the_groups_name() -> None:
    d = analyze_text("The talks were chaired by envoys of Chile, Peru and Kenya, known as the Lima Circle, an aide "
                     "said.", published="2031-05-04")
    assert "Lima Circle" not in _actor(d, "Kenya").aliases


@pytest.mark.parametrize("text, name, handle", [
    ('Ola Brandt met the envoy on Monday. "We will win," he wrote. — Ola Brandt (@OlaBrandt) May 2, 2031',
     "Ola Brandt", "@OlaBrandt"),
    ("The Kessel Front said talks would resume. Its leader Ivo Marr spoke. — Kessel Front (@KesselFront) May 2, 2031",
     "Kessel Front", "@KesselFront"),
    ("Vesna Lind (@vlind) wrote that the talks in Kenya had failed.", "Vesna Lind", "@vlind"),
])
def test_a_handle_after_a_name(text: str, name: str, handle: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert handle in _actor(d, name).aliases


def test_a_handle_with_no_name_before_it_is_nobodys() -> None:
    d = analyze_text("Ivo Marr met the envoy. Send tips to (@newsdesk) today.", published="2031-05-04")
    assert not any("@newsdesk" in a.aliases for a in d.actors)


@pytest.mark.parametrize("text, state, alias, other", [
    ("Norway helped arrange a deal between the United States and Chad’s military regime that freed Ola Brandt.",
     "Chad", "Chad’s military regime", "United States"),
    ("Qatar brokered a deal between the United Kingdom and Jordan's government on Monday.",
     "Jordan", "Jordan's government", "United Kingdom"),
    ("The United States and Venezuela’s regime agreed to a swap.", "Venezuela", "Venezuela’s regime",
     "United States"),
])
def test_an_owned_noun_after_a_coordination_is_the_last_states(text: str, state: str, alias: str, other: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert alias in _actor(d, state).aliases
    assert not any(w in a for a in _actor(d, other).aliases for w in ("regime", "government"))


def test_coordinated_adjectives_still_give_one_alias_each() -> None:
    d = analyze_text("The Russian and Ukrainian authorities agreed to a swap.", published="2031-05-04")
    assert "Russian authorities" in _actor(d, "Russia").aliases
    assert "Ukrainian authorities" in _actor(d, "Ukraine").aliases


@pytest.mark.parametrize("text, alias", [
    ("Venezuelan President Ivo Marr met the envoy. Critics of the Marr regime said the talks failed.", "Marr regime"),
    ("Venezuelan President Ivo Marr met the envoy. Critics said the Marr government had failed.", "Marr government"),
    ("Kenyan President Ola Lund met the envoy. The Lund administration said talks would go on.", "Lund administration"),
])
def test_the_leader_regime_is_the_leaders_state(text: str, alias: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    state = "Kenya" if "Kenyan" in text else "Venezuela"
    assert alias in _actor(d, state).aliases


def test_a_leader_with_no_state_gives_no_state_alias() -> None:
    d = analyze_text("Ivo Marr met the envoy. Critics said the Marr government had failed.", published="2031-05-04")
    assert not any(a.kind == "state" for a in d.actors)


@pytest.mark.parametrize("text, state, alias", [
    ("The U.S. Administration praised Norway for its help in the talks that the United States held with Kenya.",
     "United States", "U.S. Administration"),
    ("The U.S. Administration said Kenya had agreed.", "United States", "U.S. Administration"),
    ("The United States Government said Kenya had agreed.", "United States", "United States Government"),
])
def test_a_state_inside_a_governments_name(text: str, state: str, alias: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert alias in _actor(d, state).aliases
    assert not any(a.kind in ("organization", "person") and alias in a.name for a in d.actors)


@pytest.mark.parametrize("text, person, alias", [
    ("Rebels freed the pilot Phillip Mehrtel on Saturday. Officers later found Pilot Philip unharmed near the "
     "river.", "Phillip Mehrtel", "Pilot Philip"),
])
def test_a_role_and_a_given_name_variant(text: str, person: str, alias: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert alias in _actor(d, person).aliases
    assert not any(a.name == "Philip" for a in d.actors)


@pytest.mark.parametrize("a, b, same", [
    ("phillip", "philip", True), ("mohammed", "mohamed", True), ("philip", "philip", True),
    ("ivo", "ivvo", False),  # too short to tell a spelling from another name
    ("philip", "phil", False), ("anna", "anne", False),
])
def test_same_given(a: str, b: str, same: bool) -> None:
    assert same_given(a, b) is same


@pytest.mark.parametrize("text", [
    "The detention violated his rights and the Vienna Convention that grants immunity, the ministry said.",
    "The Geneva Conventions protect prisoners, the envoy said on Monday.",
])
def test_a_convention_is_no_actor(text: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert not any("Convention" in a.name for a in d.actors)


@pytest.mark.parametrize("text, state, alias, not_state", [
    ("Ivo Marr praised the Democratic People's Republic of Korea and the Republic of Korea for the accord.",
     "North Korea", "Democratic People's Republic of Korea", None),
    ("The Democratic People's Republic of Korea agreed with Japan on Monday.", "North Korea",
     "Democratic People's Republic of Korea", "South Korea"),
    ("The Democratic Republic of the Congo agreed with Rwanda on Monday.", "Democratic Republic of the Congo",
     None, "Republic of the Congo"),
])
def test_a_long_formal_name_wins_over_the_state_inside_it(text: str, state: str, alias: str | None,
                                                          not_state: str | None) -> None:
    d = analyze_text(text, published="2031-05-04")
    found = _actor(d, state)
    assert alias is None or alias in found.aliases
    assert not any(a.name == not_state for a in d.actors)
    assert not any(a.kind == "organization" and "Republic" in a.name for a in d.actors)


def test_the_short_formal_name_is_still_its_own_state() -> None:
    d = analyze_text("The Republic of Korea agreed with Japan on Monday.", published="2031-05-04")
    assert "Republic of Korea" in _actor(d, "South Korea").aliases


@pytest.mark.parametrize("acronym, name, same", [
    ("NFLPA", "NFL Players Association", True), ("KLFVU", "KLF Veterans Union", True),
    ("RSF", "Rapid Support Forces", True),
    ("NFLPA", "NFL Players Union", False), ("NFL", "NFL Players Association", False),
])
def test_an_acronym_inside_a_longer_acronym(acronym: str, name: str, same: bool) -> None:
    assert initials_match(acronym, name) is same


def test_the_long_acronym_is_the_organisations_alias() -> None:
    d = analyze_text("The KLF Veterans Union met the mediator. The KLFVU said the strike would go on.",
                     published="2031-05-04")
    assert "KLFVU" in _actor(d, "KLF Veterans Union").aliases
    assert not any(a.name == "KLFVU" for a in d.actors)


@pytest.mark.parametrize("text, alias", [
    ("Norway helped arrange a deal between the United States and Chad’s military regime. Critics say the military "
     "regime misused public funds.", "military regime"),
    ("Kenya's military government met the envoy. Later the military government freed Ivo Marr.", "military government"),
    ("Talks with Sudan's transitional authorities failed. The transitional authorities said they would return.",
     "transitional authorities"),
])
def test_a_government_description_less_its_owner(text: str, alias: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert any(alias in a.aliases for a in d.actors if a.kind == "state"), [(a.name, a.aliases) for a in d.actors]


@pytest.mark.parametrize("text", [
    "Norway helped arrange a deal between the United States and Chad’s military regime. Critics say a military "
    "regime misused public funds.",  # indefinite: any such regime
    "Kenya's military government met Chad's military government. Later the military government freed Ivo Marr.",
])
def test_no_owner_for_an_indefinite_or_shared_description(text: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    owners = [a.name for a in d.actors if any(x in ("military regime", "military government") for x in a.aliases)]
    assert owners == [], owners


@pytest.mark.parametrize("text", [
    "Prosecutors accused Ivo Marr of bribing Kenyan government officials. Kenya later freed him, the officials said.",
    "The scheme paid Kenyan government officials, prosecutors said. Kenya denied it, and the officials declined to "
    "comment.",
])
def test_officials_spoken_of_stay_a_group_whatever_the_head_does_later(text: str) -> None:
    d = analyze_text(text, published="2031-05-04")
    assert "Kenyan government officials" not in _actor(d, "Kenya").aliases
    assert any(a.name == "Kenyan government officials" for a in d.actors)


def test_government_officials_who_act_are_the_state() -> None:
    d = analyze_text("Kenyan government officials began talks with the Front on Monday. Kenya said the talks went "
                     "well.", published="2031-05-04")
    assert "Kenyan government officials" in _actor(d, "Kenya").aliases
