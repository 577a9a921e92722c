"""Speaker phrases that are a title or a body's common noun, read against the actors the report
already named: "the Foreign Secretary said" after "Foreign Secretary Jo Lee", "Deputy Premier
and Trade Minister of Norland Jo Lee confirmed", "the ministry said" after "Norland's Ministry of
Defence".

Why: a capitalised title is tagged as a proper noun, so without these rules it became a named
actor of its own ("Foreign Secretary"), and a bare "the ministry" that the actors stage kept as
an actor split the body's claims in two. Each rule is conservative: one candidate or nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.model import Actor
from backchannel.extract.claims.cue_lexicon import Lexicon, words as claim_words
from backchannel.extract.claims.descriptions import _titled
from backchannel.extract.claims.speaker_actors import named_actor, unnamed_actor
from backchannel.resolve.lexicon import lexicon as actor_lexicon

#: entity labels of a title's leading place word ("US President", "Indian Foreign Secretary")
PLACE_ENTS = ("GPE", "NORP")


def _title_tokens(span: Span, head: Token, lex: Lexicon) -> list[Token] | None:
    """The words of a title phrase up to its head ("The Foreign Secretary" -> Foreign
    Secretary), or None when the phrase is more than a title: a name, a possessor or a person
    entity in it, or a head that is no speaker noun."""
    if not (head.lower_ in lex.person_nouns or head.lemma_.lower() in lex.person_nouns):
        return None
    toks = [t for t in span if t.i <= head.i and t.dep_ not in ("det", "punct")]
    if not toks or any(t.dep_ == "poss" or t.ent_type_ == "PERSON" for t in toks):
        return None
    if any(t.dep_ not in ("compound", "amod", "nmod") for t in toks if t.i != head.i):
        return None
    return toks


def title_person(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The one named person the report introduces with the capitalised title the speaker phrase
    is ("the Foreign Secretary" -> the person written "Foreign Secretary Jo Lee"); a leading
    place word may be left out of the introduction ("the US President" -> "President Jo Lee")
    when the holder belongs to that place. None when no person or more than one fits."""
    toks = _title_tokens(span, head, lex)
    if toks is None:
        return None
    title = [t.lower_ for t in toks]
    holders = _holders(ctx, title)
    place = [t for t in toks if t.ent_type_ in PLACE_ENTS and t.i != head.i]
    if not holders and place and toks[0].i == place[0].i:
        rest = [t.lower_ for t in toks if t.ent_type_ not in PLACE_ENTS or t.i == head.i]
        owner = ctx.actor_for_token(place[0])
        holders = {h for h in _holders(ctx, rest) if owner is not None and ctx.actors[h].affiliation == owner}
    return next(iter(holders)) if len(holders) == 1 else None


def _holders(ctx: Context, title: list[str]) -> set[str]:
    """The named persons with a mention right after ``title`` written with capitals."""
    return {aid for aid, a in ctx.actors.items()
            if a.kind == "person" and a.named and any(_titled(ctx, m.start, title) for m in a.mentions)}


def person_in_title(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The named person at the end of a title phrase the parse did not hang on the name
    ("Deputy Premier and Trade Minister of Norland Jo Lee said": the head is the first title):
    the one person mentioned inside the phrase after its head."""
    if not (head.lower_ in lex.person_nouns or head.lemma_.lower() in lex.person_nouns):
        return None
    end = max(span.end, head.right_edge.i + 1)
    if end <= head.i + 1:
        return None
    s, e = ctx.doc[head.i + 1].idx, ctx.doc[end - 1].idx + len(ctx.doc[end - 1].text)
    people = {aid for ms, me, aid in ctx.mentions_in(s, e)
              if ms >= s and me <= e and aid in ctx.actors and ctx.actors[aid].kind == "person"
              and ctx.actors[aid].named}
    return next(iter(people)) if len(people) == 1 else None


def titled_speaker(ctx: Context, span: Span, head: Token, lex: Lexicon) -> tuple[str | None, str | None]:
    """A named person for a capitalised title speaker, with the rule id; (None, None) when the
    phrase is no title of a person the report names."""
    aid = person_in_title(ctx, span, head, lex)
    if aid is not None:
        return aid, "claims.titles.person_in_title"
    aid = title_person(ctx, span, head, lex)
    if aid is not None:
        return aid, "claims.titles.title_person"
    aid = named_body(ctx, span, head, lex)  # "the foreign ministry", tagged a proper noun
    return (aid, "claims.titles.named_body") if aid is not None else (None, None)


def named_body(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The named body a definite common-noun speaker stands for ("the ministry said" after
    "Norland's Ministry of Defence"): the latest named organisation before it whose name holds
    the head word and every lowercase modifier of the phrase ("the defence ministry"). None
    when the phrase is no definite description of such a body."""
    lemma = head.lemma_.lower()
    if not (head.pos_ == "NOUN" or head.is_lower) or lemma not in lex.words.body_heads:
        return None
    if span[0].lower_ not in lex.words.definite_determiners or any(k.dep_ == "poss" for k in head.children):
        return None
    mods = {t.lower_ for t in span if t.i < head.i and t.dep_ in ("compound", "amod") and t.is_lower}
    own = ctx.actor_for_token(head)
    for _s, e, aid in reversed(ctx.mentions_in(0, span.start_char)):
        a = ctx.actors.get(aid)
        if a is None or aid == own or e > span.start_char or not a.named or a.kind != "organization":
            continue
        for name in (a.name, *a.aliases):
            words = {w.lower() for w in name.replace("'s", " ").replace("’s", " ").split()}
            if name[:1].isupper() and lemma in words and mods <= words:
                return aid
    return None


def name_after_title_phrase(ctx: Context, span: Span, lex: Lexicon) -> str | None:
    """"Spokesman for the rebels' political office Jo Lee said", "Head of the negotiating team Ali
    Hamad said": a title with no article whose prepositional phrase ends in a person's name right
    after a body noun (office, team, council) is that person's title, and the name is the speaker
    (rule ``claims.speakers.title_phrase_name``). Not "Spokesman for Jo Lee" (the name is the whole
    object: whom he speaks for), "an adviser to President Jo Lee" (a title before the name), or a
    phrase with an article ("The envoy of the council Jo Lee"), a comma or a possessor."""
    head = span.root
    if head.i != span.start and not all(t.dep_ in ("amod", "compound") for t in span[: head.i - span.start]):
        return None
    if any(k.dep_ in ("det", "poss") for k in head.children) or not any(
            k.dep_ == "prep" and k.i > head.i for k in head.children):
        return None
    last = head.right_edge
    if last.pos_ != "PROPN" or any(t.text == "," for t in head.doc[head.i: last.i]):
        return None
    aid = ctx.actor_for_token(last)
    a = ctx.actors.get(aid) if aid else None
    if a is None or not a.named or a.kind != "person":
        return None
    first = last
    while first.i > head.i + 1 and ctx.actor_for_token(head.doc[first.i - 1]) == aid:
        first = head.doc[first.i - 1]
    before = head.doc[first.i - 1]
    body = before.lemma_.lower() in lex.org_nouns or before.lemma_.lower() in lex.group_nouns or (
        before.pos_ == "NOUN" and before.is_lower)
    if not body or before.lower_ in lex.person_nouns or before.lemma_.lower() in lex.person_nouns:
        return None
    return aid


def apposed_to_title_place(head: Token) -> Token | None:
    """"The Governor of Kessel State, Jo Lee, said": the name the parse hung in apposition on the
    place of a title's "of" phrase is the title holder's (a person's name is no place's
    apposition). Only for a capitalised title head; None otherwise."""
    if not head.text[:1].isupper():
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in claim_words().title_of_preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            name = next((t for t in obj.children if t.dep_ == "appos" and t.pos_ == "PROPN"
                         and t.i > obj.i and head.doc[t.left_edge.i - 1].text == ","), None)
            if name is not None:
                return name
    return None


def title_place_holder(ctx: Context, own: Span, name_tok: Token) -> tuple[str, str]:
    """The actor of a name found by :func:`apposed_to_title_place` that no stage made an actor
    of: the person the report names by that surname elsewhere ("Mr Lee" … "The Governor of X,
    Jo Lee,"), who takes the full name as an alias, else a new person (the tagger may have
    taken the name for a place). (Near twin: ``extract/actors/unit_offices._surname_holder``, which
    renames the one matching person in the actors stage; see its note.)"""
    name = ctx.document.text[own.start_char:own.end_char]
    last = name.split()[-1]
    for aid, a in ctx.actors.items():
        if a.kind == "person" and a.named and a.name == last and name != last:
            ctx.add_mention(aid, own.start_char, own.end_char, rule="claims.speakers.name_in_apposition")
            if name not in a.aliases:
                a.aliases.append(name)
            return aid, "claims.speakers.name_in_apposition"
    aid, rule = named_actor(ctx, own, name_tok)
    if rule == "claims.speaker_actors.missed_name":
        ctx.actors[aid].kind = "person"
    return aid, rule


def apposition(head: Token, person_title: bool) -> tuple[Token | None, Token | None]:
    """The name in apposition to a speaker phrase's head, and, for a person title with none, the
    name the parse hung on the place of its "of" phrase (:func:`apposed_to_title_place`, else
    None): the first is the name to resolve, the second says it came from the place."""
    appos = next((t for t in head.children if t.dep_ == "appos" and t.pos_ == "PROPN"), None)
    placed = apposed_to_title_place(head) if person_title and appos is None else None
    return appos or placed, placed


#: the rule of a person named in apposition after a capitalised title taken for a name (s36)
TITLE_BEFORE_PERSON = "claims.speakers.title_before_person"


def title_before_person(ctx: Context, head: Token, a: Actor | None) -> str | None:
    """The named person apposed to a capitalised speaker head that is no person ("The Cardinal
    Archbishop of Kessel, Ola Brandt, said", s36): the parse or the entity tagger took the title for
    a name of its own (an organisation "Cardinal Archbishop of"), so the test on common nouns above
    missed it. The name may hang on the head or on the place of its "of" phrase. Not a body or a
    state apposed to another ("The Front, the main militia, said"; "Vesterland, an ally of
    Norland,"): the apposition must be a person's name and the head no person itself."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or (a is not None and a.kind == "person"):
        return None
    hosts = [head] + [g for k in head.children if k.dep_ == "prep" and k.lower_ in claim_words().title_of_preps
                      for g in k.children if g.dep_ == "pobj"]
    for t in (t for h in hosts for t in h.children):
        if t.dep_ == "appos" and t.ent_type_ == "PERSON":
            named = ctx.actor_for_token(t)
            if named and ctx.actors[named].named and ctx.actors[named].kind == "person":
                return named
    return None


def titled_person_or(ctx: Context, head: Token, a: Actor | None, aid: str | None,
                     rule: str | None) -> tuple[str | None, str | None]:
    """The person of :func:`title_before_person` with its rule id, else ``aid`` and ``rule`` unchanged."""
    titled = title_before_person(ctx, head, a)
    return (titled, TITLE_BEFORE_PERSON) if titled is not None else (aid, rule)


#: the rule of a bare definite title speaker read as the one named person described by that title (s41)
DESCRIBED_HOLDER = "claims.titles.described_holder"
#: the rule (no actor) of a bare definite title speaker that two or more named persons hold (s41)
UNHELD_TITLE = "claims.titles.unheld_title"
#: the rule of a bare definite title speaker that no named person holds: an unnamed person of that title
#: ("The Prime Minister said" in a report that names no prime minister; s41 review #12)
UNNAMED_TITLE = "claims.titles.unnamed_title_holder"


def title_speaker(ctx: Context, span: Span, head: Token, lex: Lexicon,
                  source_noun: bool) -> tuple[str | None, str | None]:
    """The named person a title speaker phrase stands for, with the rule id: a capitalised speaker-noun
    title (:func:`titled_speaker`), else for a bare definite title (:func:`bare_title`) the one named
    person it describes (``DESCRIBED_HOLDER``), no speaker when two or more named persons fit
    (``UNHELD_TITLE``), and when none does an unnamed person of the title (``UNNAMED_TITLE``), never a new named actor called by the title; (None, None) for any other phrase (a name)."""
    aid, rule = titled_speaker(ctx, span, head, lex) if source_noun else (None, None)
    words = ctx.document.text[span[1].idx:span.end_char] if len(span) > 1 else ""
    if words and any(f" {words} " in f" {form} " for a in ctx.actors.values() for form in (a.name, *a.aliases)):
        return aid, rule  # "the Pope" beside "Pope Francis": the name rules' known name or name part
    if aid is None and bare_title(span, head, lex):
        held = title_holders(ctx, span, head)
        if len(held) == 1:
            return next(iter(held)), DESCRIBED_HOLDER
        return (None, UNHELD_TITLE) if held else (unnamed_actor(ctx, span, head, lex)[0], UNNAMED_TITLE)
    return aid, rule


def bare_title(span: Span, head: Token, lex: Lexicon) -> bool:
    """ "the bishop said", "The Prime Minister underlined": a definite phrase that is only a title or role
    (its head a person noun or government title, written lower-case or tagged a proper noun, nothing before
    it but the article and compounds or adjectives with no entity), the tagger's proper noun on a common
    noun, not a name. Why: such a head went to the name rules and became a *named* actor called by the
    title, a second actor beside the person the report names (s41-actprec census: 2 of 78 false actors)."""
    lx = actor_lexicon()
    low, lemma = head.lower_, head.lemma_.lower()
    if not (low in lx.person_nouns or lemma in lx.person_nouns or low in lex.person_nouns):
        return False
    if not span or span[0].lower_ not in lex.words.definite_determiners or span[0].i >= head.i:
        return False
    rest = [t for t in span if span[0].i < t.i < head.i]
    return all(t.dep_ in ("compound", "amod") and not t.ent_type_ for t in rest) and not head.ent_type_ \
        and head.i == span[-1].i


def title_holders(ctx: Context, span: Span, head: Token) -> set[str]:
    """The named persons, mentioned before the phrase, whose descriptors hold the title's head word
    ("Ola Brandt, the Catholic bishop of Norlin" ... "the bishop said") or who are introduced with the
    capitalised title ("Prime Minister Ola Brandt" ... "the Prime Minister said")."""
    low = head.lower_
    title = [t.lower_ for t in span if t.i > span[0].i and t.i <= head.i]
    found = set()
    for aid, a in ctx.actors.items():
        if a.kind != "person" or not a.named or not any(m.start < span.start_char for m in a.mentions):
            continue
        if any(low in d.lower().replace(",", " ").split() for d in a.descriptors) or any(
                _titled(ctx, m.start, title) for m in a.mentions if m.start < span.start_char):
            found.add(aid)
    return found
