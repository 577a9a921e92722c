"""Interactions stage: typed, directed acts between actors, from a verb-frame lexicon.

How it works (one pass over the tokens, dict look-ups by lemma):

1. **Triggers.** Every token whose lemma has frames in ``data/frames.toml`` is tried
   against them in order; the first frame whose constraints hold (particle,
   preposition, object or subject lemma, governing light verb) fires. The
   lexicon is data: covering a new verb or nominalisation means editing TOML.
2. **Arguments** come from the dependency parse through small, general
   functions: the logical subject follows control ("contacted X to influence"),
   adverbial participles ("served ..., transferring"), coordination and
   relative clauses ("Brenner, who admitted"); passives swap to the by-agent
   and the passive subject; prepositions give targets, intermediaries (``via``,
   when the object is an actor) and means (when it is not). Tokens become actors
   through ``ctx.actor_for_token`` (which consults the coreference the actors
   stage filled), with the shared fallbacks of :mod:`backchannel.mentions` for what it
   left unresolved: demonyms ("an Israeli
   airstrike", "the Emiratis"), definite descriptions of a party ("the rebels", "the
   federal government", "the South"), one-word names and surnames ("Mirzoyan", "RSF").
   Arguments never come from another clause: a dateline, an "according to" source, a
   relative clause on the target. Captors ("detained by X") free their captives; "between
   A and B" names both parties.
3. **Modality, negation, count, time** are read around the trigger: auxiliaries
   and governing verbs ("would push for", "pledging to destroy", "appeared
   more open to"), if-clauses, negators on the clause ("was not informed",
   "not from the White House"), numbers on the object ("over 20 messages"),
   and time expressions attached on the trigger's path to the root
   (:mod:`backchannel.timex`), else in the previous sentence of the
   paragraph. An act inside a claim's content is ``reported`` and links the claim.
4. **Document pass.** Acts whose parties the text leaves implicit ("the two
   sides", "discussions were underway", a mediator "in the discussions") take
   the story's two sides: the parties of its explicit talks, deals or clashes.
   Mediators and hosts become ``via`` of the talks between the sides they
   connect (not one left out of the talks or of an act of another year); relayed
   messages get the relay as ``via``; a member of a mediating state does not mediate
   twice; a third party's rejected proposal is to both sides. Duplicates (the same act
   told twice, a nominal "the release of X" and a verbal one) are merged, and
   acts with neither source nor target are dropped.
"""

from backchannel.extract.interactions.lexicon import Frame, Lexicon, lexicon
from backchannel.extract.interactions.stage import extract_interactions

__all__ = ["Frame", "Lexicon", "lexicon", "extract_interactions"]
