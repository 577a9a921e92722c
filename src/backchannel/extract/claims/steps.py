"""The claims stage itself: its steps in order, registered as the stage "claims".

Reading :func:`extract_claims` top to bottom gives the stage's order; each
step lives in the module named in its comment.
"""

from __future__ import annotations

from backchannel.extract.context import Context, Field, stage
from backchannel.extract.claims.agentless import add_unattributed, split_agentless
from backchannel.extract.claims.assemble import add_claims
from backchannel.extract.claims.attitudes import find_attributions
from backchannel.extract.claims.assign import assign_quotes, drop_introductions
from backchannel.extract.claims.candidates import candidates
from backchannel.extract.claims.coordinated import split_coordinated
from backchannel.extract.claims.subordinate import split_subordinate
from backchannel.extract.claims.cue_lexicon import lexicon
from backchannel.extract.claims.heading import heading_claims, statement_headings
from backchannel.extract.claims.mental import drop_states_of_mind
from backchannel.extract.claims.topic import add_unclaimed, split_unclaimed
from backchannel.extract.claims.nesting import according_relays, drop_nested, inner_speech, quoted_inner
from backchannel.extract.claims.relative import over_speakerless
from backchannel.extract.claims.relay import drop_relaying, without_cited_copies
from backchannel.extract.claims.nominal import charge_appositions
from backchannel.extract.claims.outlet_named_after import outlet_named_after
from backchannel.extract.claims.paragraphs import split_paragraphs
from backchannel.extract.claims.quoted_names import mark_quoted_names
from backchannel.extract.claims.salience import described_speakers
from backchannel.extract.claims.source_tags import tagged_speech, without_medium_tags
from backchannel.extract.claims.signed import headline_line, outside_signed, signed_claims, signed_posts, transcript_lines
from backchannel.extract.claims.speakers import resolve_speakers
from backchannel.extract.claims.state import ClaimsDoc


# reads the actors, their mentions and resolved pronouns; writes the claims, and speakers no
# other stage made an actor of (speaker_actors) with their mentions
@stage("claims", requires=(Field.ACTORS, Field.MENTIONS, Field.COREF),
       assigns=(Field.CLAIMS, Field.ACTORS, Field.MENTIONS, Field.ATTRIBUTIONS))
def extract_claims(ctx: Context) -> None:
    """Extract the claims of one document into ``ctx.claims`` (and unnamed speakers into
    ``ctx.actors``)."""
    lex = lexicon()
    d = ClaimsDoc(ctx)                                   # state: sentences, paragraphs, quotations
    posts, lines = signed_posts(d), transcript_lines(d)  # signed: "— Name (@handle)", "NAME: …"
    heads = headline_line(d)                             # signed: a headline "Name: …"
    printed = statement_headings(d, lex, posts + lines + heads)  # heading: "FULL … STATEMENT" and its paragraphs
    cands = outside_signed(candidates(d, lex), posts + lines + heads + printed)  # candidates: every cue
    cands = charge_appositions(d, lex, cands)            # nominal: ", a charge X denies"
    cands = over_speakerless(cands)                      # relative: "accused of X, which he denies"
    cands = drop_relaying(cands, lex, d.region_at)               # relay: "reported an aide saying …"
    cands = split_coordinated(cands, lex)                # coordinated: "A reported X, but B reported Y"
    cands = split_subordinate(cands, lex)                # subordinate: "A said X, shortly after B said Y"
    cands = tagged_speech(d, cands, lex, d.region_at)       # source_tags: "X said C, the paper reported"
    cands = quoted_inner(cands, d.region_at, lambda c: inner_speech(c, lex))  # nesting: a cue inside a quote
    cands = drop_nested(cands, d.regions_in, lambda c: inner_speech(c, lex))  # nesting: a cue inside a content
    cands = according_relays(cands, d.region_at)                # nesting: "X said C, according to footage"
    mark_quoted_names(d)                                 # quoted_names: “nicknames” quote no speech
    claims = assign_quotes(d, cands, lex)                # assign: direct, partial, indirect, free quotes
    claims += signed_claims(d, posts, lines, heads) + heading_claims(d, printed, lex)
    claims.sort(key=lambda c: c.pieces[0][0])
    claims = split_paragraphs(d, claims)                 # paragraphs: one claim per quoted paragraph
    claims = drop_introductions(claims)                  # assign: "X said on social media:"
    claims = drop_states_of_mind(claims, lex)            # mental: "thought an accord was near" (a belief)
    done = resolve_speakers(ctx, d, claims, lex)         # speakers, speaker_actors
    outlet_named_after(ctx, d, done, lex)                 # outlet_named_after: "a … newspaper said. X reported"
    described_speakers(ctx, done, lex)                   # salience: "X asked … the NGO calls on": X
    done = without_cited_copies(done)                    # relay: "X reported, citing Y": Y an actor, no claim
    done = without_medium_tags(done)                     # source_tags: the outlet an actor, no claim
    done, agentless = split_agentless(done)              # agentless: "it was reported that …"
    done, unclaimed = split_unclaimed(done)              # topic: "announced the agreement", "asked if …"
    add_claims(ctx, d, done)                             # assemble: Claim records
    add_unattributed(ctx, d, agentless)                  # agentless: kept as attributions only
    add_unclaimed(ctx, d, unclaimed)                     # topic: kept as attributions only
    find_attributions(ctx, d, lex)                       # attitudes: beliefs, negated speech (no claims)
