"""Claims stage: who said what, grounded by offsets.

The stage is a fixed sequence of small steps, each in its own module; the order
is spelled out in :mod:`backchannel.extract.claims.steps` (``extract_claims``):

1. **Quotation regions** (:mod:`.quotes`) are found once per document by a
   small state machine over the quotation marks (straight and curly; a mark's
   role is read from the characters around it, so a stray ``”`` opening a
   paragraph still opens). A quotation that runs over several paragraphs
   (opening mark repeated at each new paragraph, no closing mark until the
   end) is one region with one piece per paragraph; an unclosed mark ends at
   its paragraph.
2. **Signed text** (:mod:`.signed`): an embedded post signed "— Name (@handle)
   date" is a claim with cue "—"; an interview transcript line "NAME: …" a
   claim with cue ":".
3. **Cues** (:mod:`.candidates`, :mod:`.content`): every verb whose lemma is in
   ``data/cues.toml`` (plus "according to" and nominal cues, :mod:`.nominal`)
   gives a candidate with its speaker (:mod:`.syntax`, :mod:`.attribution`:
   the subject; the object for "cited Brandt as saying"; the noun of a relative
   clause for "Varga, who admitted"; the subject of the governing verb for
   "…, noting that") and its content clause from the dependency parse
   (:mod:`.content`): the clausal complement ("said (that) …", also when the
   clause comes first: "…, X said"), the object and the prepositions of its
   frame ("accused Y *of* …", "thanked Y *for* …"), a "to"-infinitive
   ("pledged to …") or, for an anaphoric object ("told CNN about this"), the
   previous sentence; "A, as X noted, B" and a misparsed "A, X said, B" take both
   sides of the cue; "per X" reads like "according to X". A negated or refused
   speech act ("did not say how many …", "declined to comment") makes no claim
   (:mod:`.polarity`), nor does an infinitive or bare participle close an
   attribution. A cue inside another candidate's content does not make a
   second claim (nested attribution keeps the outer speaker), except a partial
   quote nested in an "according to" sentence: the quoted words are the inner
   speaker's.
4. **Quotes meet cues** (:mod:`.assign`): a clause that is (almost) all
   quotation is a direct claim whose content is the whole quotation region,
   even when it runs over several sentences; a quotation inside a wider clause
   is a partial quote (content = the quoted words, ``direct`` true, the clause
   kept in ``spans.clause``). A quotation no clause took is attributed to a cue
   in the sentence that closes it ("“…,” he said") or opens it ("he said:
   “…”"), or continues the previous quote claim: after "he said," it becomes a
   second content piece of the same claim, after a full stop a new claim of the
   same speaker.
5. **Speakers** (:mod:`.speakers`, :mod:`.speaker_actors`) resolve through
   ``ctx.actor_for_span`` (mentions and the actors stage's ``ctx.coref``); a
   pronoun without a coref entry falls back to the nearest preceding person (or
   organisation) mention, preferring subjects, and is marked ``inferred:
   ["speaker"]``; a document ("the statement said") is resolved to who issued
   it; a title with a name in apposition to the name; an anonymous source phrase ("a Palestinian source", "the
   official") nobody claimed becomes an unnamed actor.
6. **Assembly** (:mod:`.assemble`): the candidates become :class:`Claim` records.
7. **Attributions that are not claims** (:mod:`.attitudes`): beliefs, wishes, intentions
   ("X wants to …", "Y supports Z", "the plan seems risky") and negated speech ("did not say
   that …") become :class:`~backchannel.model.Attribution` records (``ctx.attributions``, the
   dossier's ``attributions``) of kind ``belief`` or ``negated``, never claims; the PolNeAR
   export reads them.

The per-stage state is :mod:`.state` (the candidate :class:`~.state.Cand`, its
:class:`~.state.Kind`, and :class:`~.state.ClaimsDoc`, the per-document
indexes); shared helpers are :mod:`.syntax` (parse) and :mod:`.spans`
(character spans); nested attribution is dropped in :mod:`.nesting`.

The outlet's own sourcing ("X reports, via wire media,", the document's source
or author as speaker) is not a claim, nor is a quotation that names a title
("on CNN's “State of the Union”"). The title and byline make no claim: the
title is not in the body text, and a byline has no cue.

Provenance: every claim records in ``rule`` the id of the construction that
made it (``claims.<module>.<rule>``: ``claims.content.complement``,
``claims.attribution.tail_said``, ``claims.assign.quote_then_cue``...; the
candidate carries it from the step that found it), ``trace["content"]`` and
``trace["direct"]`` the quotation rule that replaced its content with quoted
words, and ``trace["speaker"]`` the rule that resolved an inferred speaker; the
speaker actors and mentions the stage makes carry their rule. The ids are
listed in ``docs/rules.md``.

All the words the rules look for live in ``data/cues.toml`` and
``data/claims_words.toml``, read and validated once by :func:`lexicon`
(:mod:`.cue_lexicon`).
"""

from backchannel.extract.claims.cue_lexicon import Cue, Lexicon, LexiconError, Words, lexicon
from backchannel.quotes import Region, scan_quotes
from backchannel.extract.claims.steps import extract_claims  # registers the stage

__all__ = ["Cue", "Lexicon", "LexiconError", "Region", "Words", "extract_claims", "lexicon", "scan_quotes"]
