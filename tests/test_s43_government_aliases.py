"""A state's government as the report writes it (session 43, s43-alias; invented text and names only).

Rules: "the government of <demonym> President X", "the government led by X" (``actors.government.leader_phrase_of``), "President X's
government" / "the X Y administration" (``actors.government.titled_leader_government``), a qualifier
before the state's word dropped ("the Kenya-backed Lima government": ``actors.government.state_government_core``)
and a bare "the administration" as its default state (``actors.government.bare_default_state``).
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text


def _aliases(text: str, name: str) -> list[str]:
    d = analyze_text(text, published="2031-05-04")
    found = [a for a in d.actors if a.name == name]
    assert len(found) == 1, [(a.name, a.aliases) for a in d.actors]
    return found[0].aliases


@pytest.mark.parametrize("text, state, alias", [
    ("Chilean President Ivo Marr spoke on Monday. The government of Chilean President Ivo Marr will free ten "
     "prisoners, officials said.", "Chile", "government of Chilean President Ivo Marr"),
    ("The administration of Peruvian President Ana Berg eased sanctions on Chile in May, and Peru thanked Oman.",
     "Peru", "administration of Peruvian President Ana Berg"),
    ("Kenyan President Ola Brandt met the envoys. Talks between the government of President Ola Brandt and the "
     "Red Hill Front resumed on Friday.", "Kenya", "government of President Ola Brandt"),
    ("Kenyan Prime Minister Ivo Marr resigned. The government led by Ivo Marr collapsed on Friday, Peru said.",
     "Kenya", "government led by Ivo Marr"),
    ("Kenyan President Ivo Marr spoke on Monday. Peru said the government led by President Ivo Marr had agreed.",
     "Kenya", "government led by President Ivo Marr"),
])
def test_the_government_of_a_leader_is_the_leaders_state(text: str, state: str, alias: str) -> None:
    assert alias in _aliases(text, state)


@pytest.mark.parametrize("text, state, alias", [
    ("Kenya accused Peru. Peruvian President Ana Berg denied it. President Berg's government will free ten "
     "people, a Peruvian source said.", "Peru", "President Berg's government"),
    ("Peruvian President Ana Berg met Chilean President Ivo Marr. The talks between the Ana Berg government and "
     "the Ivo Marr administration lasted two days.", "Chile", "Ivo Marr administration"),
])
def test_a_leaders_government_keeps_the_written_words(text: str, state: str, alias: str) -> None:
    assert alias in _aliases(text, state)


def test_a_leader_of_no_known_state_gives_no_state_a_name() -> None:
    d = analyze_text("The government of President Ivo Marr will free ten prisoners, a source said.",
                     published="2031-05-04")
    assert not any("government of President Ivo Marr" in a.aliases for a in d.actors)


@pytest.mark.parametrize("text, state, alias", [
    # a side guessed from the nearest state names no government (s43-fix): the accuser is no leader's state
    ("Uganda accused Kenya of holding the men. President Karl Vogt denied it. The Vogt government later freed "
     "them.", "Uganda", "Vogt government"),
    ("Ostland accused Westmark of holding the men. President Jon Hale denied it. The government of President "
     "Jon Hale later freed them.", "Ostland", "government of President Jon Hale"),
])
def test_a_guessed_side_names_no_government(text: str, state: str, alias: str) -> None:
    assert alias not in _aliases(text, state)


def test_a_guessed_side_gets_no_act_by_the_leaders_government() -> None:
    d = analyze_text("Uganda accused Kenya of holding the men. President Karl Vogt denied it. The Vogt government "
                     "later freed them.", published="2031-05-04")
    names = {a.id: a.name for a in d.actors}
    assert not [i for i in d.interactions if i.type == "release" and names.get(i.source) == "Uganda"]


@pytest.mark.parametrize("text, state, alias", [
    ("Talks between the rebels and the Kenya-backed Lima government resumed in Oman.", "Peru", "Lima government"),
    ("Talks between the rebels and the internationally recognised Yemeni government resumed.", "Yemen",
     "Yemeni government"),
])
def test_a_qualifier_before_the_states_word_is_no_part_of_its_name(text: str, state: str, alias: str) -> None:
    assert alias in _aliases(text, state)


def test_the_bare_administration_is_its_default_state() -> None:
    text = ("Chile freed ten Peruvians on Monday, and the United States welcomed it. The administration's first "
            "choice for the trip was rejected by Chile.")
    assert "administration" in _aliases(text, "United States")
    assert "administration" not in _aliases(text, "Chile")


def test_the_bare_administration_stays_with_a_state_so_named() -> None:
    text = ("The United States and the Holm administration in Kenya talked. Kenyan President Karl Holm said the "
            "administration would help.")
    assert "administration" in _aliases(text, "Kenya")
    assert "administration" not in _aliases(text, "United States")


@pytest.mark.parametrize("text", [
    # another state's head of government named first: the bare noun may be theirs (s43-fix)
    "Kenyan President Karl Vogt said he would free the men. The United States welcomed the move. On Monday the "
    "administration freed two of them.",
    "Ugandan Prime Minister Jon Hale said he would free the men. The United States welcomed the move. On Friday "
    "the administration freed two of them.",
])
def test_the_bare_administration_is_no_default_after_another_leader(text: str) -> None:
    assert "administration" not in _aliases(text, "United States")
    d = analyze_text(text, published="2031-05-04")
    names = {a.id: a.name for a in d.actors}
    assert not [i for i in d.interactions if i.type == "release" and names.get(i.source) == "United States"]


def test_the_bare_administration_is_the_default_after_a_leaders_plain_state() -> None:
    """Near-miss: the other state acts but no head of its government is named: the default holds."""
    text = ("Kenya said it would free the men. The United States welcomed the move. On Monday the administration "
            "sent an envoy to Kessel.")
    assert "administration" in _aliases(text, "United States")


@pytest.mark.parametrize("text, alias", [
    # a government noun that after a leader's name says something else names no government (s43-fix)
    ("Kenyan President Karl Vogt spoke on Monday. Under President Vogt's leadership, Kenya freed ten men.",
     "President Vogt's leadership"),
    ("Kenyan President Karl Vogt spoke on Monday. President Vogt's partners in Uganda welcomed the release.",
     "President Vogt's partners"),
])
def test_a_leaders_other_nouns_name_no_government(text: str, alias: str) -> None:
    assert alias not in _aliases(text, "Kenya")
