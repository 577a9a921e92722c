"""The place or keeper of people held is not their side: "guerrillas held in <State>" are not <State>'s.

Why (s48-parties): ``actors.unnamed.modifier_side`` gave a description the party its post-modifier names;
under a participle or relative clause of holding or freeing ("held in", "jailed by", "freed from") that
party is the keeper, the other side (``unnamed.py`` already kept "hostages held by the group" apart, for
captive nouns only). The description then counted as one more group of the keeper's people, and
``actors.parties.demonym_plural`` found two such groups where there was one.
Words: ``[people] captive_verbs`` of ``data/parties.toml`` (via ``parties.held_by_postmodifier``'s list).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.parties import party_words


def held_words(tok: Token) -> set[int]:
    """The token indices under a clause of holding or freeing hung on ``tok`` ("held in <State>")."""
    verbs = party_words().captive_verbs
    return {x.i for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for x in c.subtree}
