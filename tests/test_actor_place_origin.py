"""Names used only as places (merges.drop_place_names, s32-actors additions): "flew into X" is a
destination, and a name the tagger called a person after "from" on a person ("a retired teacher from X",
"Ola Brandt from X") is where they come from. Invented names only."""

from __future__ import annotations

from actor_helpers import names_of


def test_flew_into_place(actors_of):
    n = names_of(actors_of, "The chief negotiator Ola Brandt, who flew into Jolvik on a jet escorted by two "
                            "helicopters, said the talks would start on Monday.")
    assert "Jolvik" not in n and "Ola Brandt" in n


def test_origin_after_person_noun(actors_of):
    n = names_of(actors_of, "The mediators included Per Lundgren, a retired school teacher from Hapkavik, and "
                            "Ola Brandt, a journalist.")
    assert "Hapkavik" not in n and "Ola Brandt" in n


def test_origin_after_a_name(actors_of):
    n = names_of(actors_of, "The freed men, Ola Brandt from Hapkavik and a driver, reached the camp on Monday.")
    assert "Hapkavik" not in n


def test_near_miss_message_from_person_stays(actors_of):
    n = names_of(actors_of, "The envoy carried a message from Ola Brandt to the rebel commander on Monday.")
    assert "Ola Brandt" in n


def test_near_miss_negotiators_from_body_stay(actors_of):
    n = names_of(actors_of, "Negotiators from the Red Cross met the rebels in the mountains on Monday.")
    assert "Red Cross" in n


def test_near_miss_people_sent_by_someone(actors_of):
    """People sent by someone (data: sender_nouns): "from X" is the sender, a party, not a place."""
    for text, name in [("Talks were held with envoys from Ola Brandt on Friday.", "Ola Brandt"),
                       ("The delegation met representatives from Vesterland and Ostland on Friday.", "Vesterland"),
                       ("An emissary from Kari Lund reached the camp with the offer.", "Kari Lund")]:
        assert name in names_of(actors_of, text), text
