"""A medium described as the state's is the state outlet the report names.

"Iran's state broadcaster IRIB reported … State TV said …", "… according to state media. …
Footage released by state broadcaster IRIB …", "State media in Oman said … , the official Oman
News Agency said": a report that names one outlet as the state's (a state word and a medium word
right before the name, or a medium word in it) speaks through it when it writes "state media" or
"state TV" elsewhere. Without such an outlet the description stays an unnamed source (as
``outlet_kind_words`` in claims_words.toml reads "Norland state television").

Why a rule of its own: the actors stage makes "State" or "state media" an actor of its own, so
the outlet's claims were split between two speakers and the description matched no gold outlet.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand
from backchannel.resolve.lexicon import lexicon as actor_lexicon
from backchannel.syntax.fronted import fronted_place

RULE = "claims.speakers.state_outlet"
#: how many tokens before an outlet's mention may introduce it ("Iran's state broadcaster IRIB")
_INTRO = 4
#: entity labels of a place word in a description ("Iranian state media", "state media in Oman")
_PLACES = ("GPE", "NORP")


def _places(ctx: Context, toks: list[Token]) -> set[str]:
    """The places named among ``toks``: the country a name or demonym is ("Iranian", "Oman"), else the
    word's actor, else the word itself."""
    out: set[str] = set()
    for t in toks:
        country = actor_lexicon().country(t.text) if t.text[:1].isupper() else None
        if country is not None:  # also inside an outlet's name ("Oman News Agency")
            out.add(country.name)
        elif t.ent_type_ in _PLACES:
            out.add(ctx.actor_for_token(t) or t.lower_)
    return out


def _fronted_place(span: Span) -> list[Token]:
    """The place of a sentence opening "In <Place>," before ``span`` (s34-fixside; :func:`.syntax.fronted.fronted_place`):
    it says where the phrase's medium is, as "state media in <Place>" would."""
    sent = span.sent
    if sent.start >= span.start:
        return []
    place = fronted_place(sent)
    return place if place and place[-1].i + 1 < span.start else []


def _state_description(span: Span, head: Token, lex: Lexicon) -> bool:
    """"state TV", "State media in Oman", "official media": a medium head with a state word before it."""
    w = lex.words
    if head.lower_ not in w.state_outlet_heads and head.lemma_.lower() not in w.state_outlet_heads:
        return False
    return any(t.lower_ in w.state_media_modifiers for t in span if t.i < head.i)


def _introduced_as_state(ctx: Context, start: int, end: int, lex: Lexicon) -> list[Token] | None:
    """The tokens introducing a named outlet's mention at ``start`` as the state's ("state
    broadcaster IRIB", "the official Oman News Agency", "state news agency IRNA"), or None."""
    own = ctx.doc.char_span(start, end, alignment_mode="expand")
    if own is None or not len(own):
        return None
    before = [t for t in ctx.doc[max(own.start - _INTRO, own.sent.start): own.start]]
    w = lex.words
    if not any(t.lower_ in w.state_media_modifiers for t in before):
        return None
    if not any(t.lower_ in w.media_words for t in [*before, *own]):
        return None
    return [*before, *own]


def state_outlet(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The one named outlet a report introduces as the state's, for a speaker phrase that describes
    a state medium (rule ``claims.speakers.state_outlet``); None when no outlet or more than one fits,
    or when the description's place ("Iranian state media") is not the outlet's."""
    if not _state_description(span, head, lex):
        return None
    places = _places(ctx, [*span, *head.subtree])  # with a post-modifier the phrase may leave out ("in Oman")
    places |= _places(ctx, _fronted_place(span))  # "In Norway, state media said": as "state media in Norway"
    found: set[str] = set()
    for aid, a in ctx.actors.items():
        if a.kind != "organization" or not a.named:
            continue
        for m in a.mentions:
            intro = _introduced_as_state(ctx, m.start, m.end, lex)
            if intro is None:
                continue
            if places and not places & _places(ctx, intro):
                continue  # "Norland's state media": not another country's broadcaster
            found.add(aid)
            break
    if found & {ctx.actor_for_token(t) for t in span}:
        return None  # "the official Norland News Agency said": the phrase names the outlet itself
    return next(iter(found)) if len(found) == 1 else None


def state_speaker(ctx: Context, c: Cand, span: Span, lex: Lexicon) -> bool:
    """Give candidate ``c`` the state outlet its speaker phrase ``span`` describes (with the rule in
    its trace); whether one was found."""
    aid = state_outlet(ctx, span, span.root, lex)
    if aid is None:
        return False
    c.speaker_actor = aid
    c.trace["speaker"] = RULE
    return True
