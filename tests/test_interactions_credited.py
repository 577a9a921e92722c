"""Arguments of act nouns reached through the verb or preposition that governs them: whom a verb
thanks or praises for its role or efforts holds the role (role_nouns.role_holder; rule id
``interactions.role_nouns.credited_holder``).

Every sentence is invented for these tests (invented states and people); each rule has six or
more sentence shapes and near-misses on which it must not fire.
"""

from __future__ import annotations

import pytest

from interaction_helpers import find

CREDITED = "interactions.role_nouns.credited_holder"
HOLDER = "interactions.role_nouns.role_holder"


# -- interactions.role_nouns.credited_holder ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norland thanked Vesterland for its efforts in mediating the truce between Osterland and Sudland.",
    "Norland praised Vesterland for its role in brokering the truce between Osterland and Sudland.",
    "Norland congratulated Vesterland on its role in mediating the truce between Osterland and Sudland.",
    "Norland expressed gratitude to Vesterland for its efforts in mediating the truce between Osterland "
    "and Sudland.",
    "Norland thanked Vesterland for their work in facilitating talks between Osterland and Sudland.",
    "Norland thanked Vesterland for its efforts to mediate the truce between Osterland and Sudland.",
])
def test_interactions_role_nouns_credited_holder(acts_of, text):
    acts = acts_of(text)
    med = {(i.source, i.target) for i in acts if i.type == "mediate"}
    assert med == {("vesterland", "osterland"), ("vesterland", "sudland")}, med
    assert find(acts, "mediate", "vesterland", "osterland").traced("source") == CREDITED


@pytest.mark.parametrize("text, holder", [
    # a named possessor holds the role, whoever is praised
    ("Norland praised Vesterland's role in brokering the truce between Osterland and Sudland.", "vesterland"),
    # the subject of a support verb of the role
    ("Norland played a key role in brokering the truce between Osterland and Sudland.", "norland"),
    # nouns of involvement
    ("Norland's involvement in brokering the truce between Osterland and Sudland was crucial.", "norland"),
])
def test_interactions_role_nouns_credited_holder_near_misses(acts_of, text, holder):
    acts = acts_of(text)
    med = {(i.source, i.target) for i in acts if i.type == "mediate"}
    assert med == {(holder, "osterland"), (holder, "sudland")}, med
    assert find(acts, "mediate", holder, "osterland").traced("source") == HOLDER

