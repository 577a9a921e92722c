"""The syntax layer below the stages: reading a dependency parse the same way everywhere.

- :mod:`.tree`: parse helpers: passives, prepositional objects, governors,
  conjuncts, phrases, datelines;
- :mod:`.roles`: the logical subject and object of a verb or event noun through
  passives, control, coordination and relative clauses;
- :mod:`.speech`: the subject of a speech cue and where the clause it reports stops;
- :mod:`.phrases`: noun-phrase extents (pre- and post-modifiers), the text of a run of
  tokens, titles owned by a pronoun, and whether a comma segment is a noun phrase;
- :mod:`.words`: the closed classes they read (``data/common.toml [syntax]``).

Nothing here knows about actors, claims or frames: a stage asks "who is the
logical subject of this verb", then decides what that means for its items.
"""

from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import conjuncts, governor, is_passive, phrase, prep_objects

__all__ = ["conjuncts", "governor", "is_passive", "logical_object", "logical_subject", "phrase", "prep_objects"]
