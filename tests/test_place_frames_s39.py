"""Names in a place frame are places (s39-precision, veto ``actors.names.place_frame``); invented sentences.
Why: the small model tags regions and provinces PERSON or ORG; "the departments of <A> and <B>", "<A> and <B>
provinces", "<A> and <B>, border regions with <State>", "Northwest and Southwest" say they are places. Near-misses:
a name that is a subject, an "of" phrase on a noun that is no place ("the heads of <Org>"), a person's name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,place", [
    ("The rebels will free two soldiers they hold in the departments of Narabo and Velcua.", "Velcua"),
    ("The rebels will free two soldiers they hold in the departments of Narabo and Velcua.", "Narabo"),
    ('"The captives, whether taken in Zamfora State or the neighbouring states of Nigra, Kebbo and Kadena, '
     'will be freed soon," he said.', "Kebbo"),
    ("Fighting has hit the two regions of Lorvia, Northwest and Southwest, since May.", "Northwest"),
    ("Fighting has spread to Narabo and Velcua provinces, officials said.", "Velcua"),
    ("Other hostages are held in Arauzo and Catambo, border regions with Lorvia, the group said.", "Catambo"),
])
def test_place_frame_is_no_actor(actors_by_name, text: str, place: str) -> None:
    assert place not in actors_by_name(text)


@pytest.mark.parametrize("text,name", [
    # a subject elsewhere keeps the name an actor
    ("The talks covered the districts of Narabo and Velcua. Velcua Front said it would disarm.", "Velcua Front"),
    # an "of" phrase on a noun that is no place
    ("Delegates of Ola Brandt and Kari Lund met in Kessel on Monday.", "Kari Lund"),
    ("The leader of the Marrow Movement met envoys in Kessel on Monday.", "Marrow Movement"),
    # a person's name beside a place noun that it does not name
    ("Ola Brandt, the governor of the province, met the rebels on Monday.", "Ola Brandt"),
])
def test_name_outside_place_frame_stays(actors_by_name, text: str, name: str) -> None:
    assert name in actors_by_name(text)
