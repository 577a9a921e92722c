"""actors.government.salient_state (s39 govalias): a bare definite government noun, capitalised or with a
word of kind before it ("the Government said", "the federal government", "the central authorities"), is the
report's own state, as the gold convention makes any description of a government used as a name. Near
misses: a word that names a part of the state ("the regional government"), an owner or "of" phrase."""
import pytest


def shown(a):
    return [(x.name, x.kind, x.aliases) for x in a.values()]


def _state(a, name):
    found = [x for x in a.values() if x.name == name]
    assert len(found) == 1, shown(a)
    return found[0]


@pytest.mark.parametrize("text, alias", [
    ("Kenya rejected the offer on Monday, and Kenya recalled its envoy. The Government said talks with the rebels would have to wait.",
     "Government"),
    ("Kenya rejected the offer. Kenya said later that the federal government would not negotiate.",
     "government"),
    ("Kenya has refused to pay ransoms. Kenya said on Friday that the interim government would meet the "
     "kidnappers' envoys.", "government"),
    ("Kenya refused the plan. Kenya has long said that the central authorities alone decide such talks.",
     "authorities"),
])
def test_s39_bare_government_with_kind_is_the_state(actors_of, text, alias):
    a = actors_of(text)
    assert alias in _state(a, "Kenya").aliases, shown(a)


@pytest.mark.parametrize("text", [
    "Kenya rejected the offer. Kenya said later that the regional government would not negotiate.",
    "Kenya rejected the offer. Kenya said later that the government of Lorvia would not negotiate.",
    "Kenya rejected the offer. Kenya said later that the Lorvian federal government would not negotiate.",
])
def test_s39_bare_government_near_misses(actors_of, text):
    a = actors_of(text)
    kenya = _state(a, "Kenya")
    assert not [x for x in kenya.aliases if "government" in x.lower()], shown(a)


def test_s39_capitalised_government_is_no_second_actor(actors_of):
    a = actors_of("Kenya rejected the offer, and Kenya recalled its envoy. The rebels said they had taken note "
                  "of the Government's latest statement.")
    assert "Government" in _state(a, "Kenya").aliases, shown(a)
    assert not [x for x in a.values() if x.name == "Government"], shown(a)
