"""Speaker resolution: which actor a speaker phrase stands for.

Why separate from the cue step: it needs the claims already resolved (a
pronoun falls back to the last speaker), so it runs after all candidates are
known, in text order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.each_party import each_party
from backchannel.extract.claims.joint import AGAIN_RULE, JOINT_RULE, joint_group_again, joint_speaker
from backchannel.extract.claims.cue_lexicon import Lexicon, words
from backchannel.extract.claims.epithets import DEMONYM_HOLDER, EPITHET_HOLDER, demonym_holder, epithet_holder
from backchannel.extract.claims.descriptions import (COORDINATED_TITLE, IDENTIFIED_NEXT, apposed_or, coordinated_title, definite_description, definite_state,
                                                    identified_next, title_holder)
from backchannel.quotes import trim
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.extract.claims.state_outlet import state_speaker
from backchannel.extract.claims.speaker_actors import (counted_crowd, named_actor, repeated_source, reports_of_source,
                                                       surname_speaker, unnamed_actor)
from backchannel.extract.claims.titles import (UNHELD_TITLE, apposition, title_speaker, titled_person_or, name_after_title_phrase, named_body, title_place_holder)
from backchannel.extract.claims.documents import (BODY_RULE, ISSUED_RULE, OFFICIAL_RULE, body_spoke_before, issued_before, official_document_state, announced_before, document_author, issuer_phrase, issuing_subject,
                                                  reporting_medium, same_document, signed_post_author)
from backchannel.extract.claims.relay import DOCUMENT_CITED_RULE, document_cited_source
from backchannel.extract.claims.characterized import RULE as CHARACTERIZED, characterizing_subject
from backchannel.extract.claims.joint_document import RULE as JOINT_DOCUMENT, joint_document_speaker, pair_anaphor
from backchannel.extract.claims.dateline import RULE as DATELINE_RULE, dateline_authorities
from backchannel.extract.claims.speaker_pronouns import PRONOUN_COREF, pronoun_fallback, pronoun_source
from backchannel.extract.claims.speaker_phrase import (PEOPLE_RULE, POSSESSED_TITLE, first_modifier, people_speaker, possessed_name,
                                                      possessed_title, possessed_title_side)
from backchannel.extract.claims.placed_source import widen_name
from backchannel.extract.claims.office_epithets import RULE as OFFICE_HOLDER, office_holder
from backchannel.extract.claims.quoted_holder import RULE as QUOTED_HOLDER, holder_outside_quote
from backchannel.extract.claims.anonymous import (first_conjunct, government_named_before, indefinite_named, represented_party, unnamed_description)
from backchannel.syntax.tree import noun_phrase


def resolve_speakers(ctx: Context, d: ClaimsDoc, claims: list[Cand], lex: Lexicon) -> list[Cand]:
    """Set ``c.speaker_actor`` from its speaker phrase: a mention or coreference, a
    pronoun's fallback, a name in apposition, or a new named or unnamed actor.

    Claims are resolved in text order (a claim with the same content as an earlier one is
    dropped); a continued quotation keeps its parent's speaker (and the rule that found it)."""
    done: list[Cand] = []
    seen: set[tuple[int, int, str]] = set()
    for c in claims:
        key = (c.pieces[0][0], c.pieces[-1][1], c.trace.get("nesting", ""))  # a relayed claim's twin stays
        if key in seen:
            continue
        seen.add(key)
        if c.parent is not None and c.speaker_actor is None:
            c.speaker_actor, c.inferred = c.parent.speaker_actor, list(c.parent.inferred)
            if "speaker" in c.parent.trace:  # the parent's speaker, found by the parent's rule
                c.trace["speaker"] = c.parent.trace["speaker"]
        if not _demonym_speaker(ctx, d, c, lex):
            resolve_speaker(ctx, d, c, lex, done)
        reports_of_source(ctx, c.speaker, c.speaker_actor, lex)
        if c.speaker_actor is None:
            c.trace.pop("speaker", None)  # a speaker phrase found but no actor: nothing to trace
        done.extend(each_party(ctx, c, lex))  # "both X and Y said", "the two men said": one claim each
    return done


def _demonym_speaker(ctx: Context, d: ClaimsDoc, c: Cand, lex: Lexicon) -> bool:
    """Whether "the Norwegian said" was resolved to the one person of that country just named
    (``claims.epithets.demonym_holder``), before the demonym becomes an actor of its own."""
    if c.speaker is None or c.speaker_actor is not None:
        return False
    head = c.speaker.root
    held = demonym_holder(ctx, d.sents, d.sent_index(head.idx), c.speaker, head, lex.words.definite_determiners, c)
    if held is not None:
        c.speaker_actor = held
        _trace_speaker(c, DEMONYM_HOLDER)
    return held is not None


def resolve_speaker(ctx: Context, d: ClaimsDoc, c: Cand, lex: Lexicon, claims_done: list[Cand]) -> None:
    """Set ``c.speaker_actor``; a resolution other than the speaker phrase's own mention records
    its rule in ``c.trace["speaker"]``."""
    if c.speaker is None or c.speaker_actor is not None:
        return
    if _inner_or_joint(ctx, d, c, lex, claims_done):
        return
    if _issued(ctx, d, c, lex, claims_done) or _joint(ctx, c, lex) or _government_of_conjunct(ctx, c):
        return
    span, first_rule = _speaking_part(ctx, c.speaker)
    if state_speaker(ctx, c, span, lex):  # "state TV said": the outlet the report names as the state's
        return
    head = span.root
    lemma, low = head.lemma_.lower(), head.lower_
    source_noun = (low in lex.group_nouns or lemma in lex.person_nouns or low in lex.person_nouns
                   or lemma in lex.org_nouns or low in lex.org_nouns or possessed_title(span))
    aid = ctx.actor_for_token(head)
    head_actor = aid
    if aid is None or source_noun and not ctx.actors[aid].named:
        aid, first_rule = _modifier_speaker(ctx, span, source_noun, lex, first_rule, aid)
    if aid is not None and source_noun and another_source(ctx, span, aid, lex):
        c.speaker_actor, _ = unnamed_actor(ctx, span, head, lex, _spoke(claims_done))
        _trace_speaker(c, "claims.speakers.another_source")
        return
    if aid is not None and lemma in lex.words.anonymous_heads:
        fresh = indefinite_named(ctx, span, aid) or unnamed_description(ctx, span, aid)
        if fresh:
            c.speaker_actor, _ = unnamed_actor(ctx, span, head, lex, _spoke(claims_done))
            _trace_speaker(c, fresh)
            return
    rule = PRONOUN_COREF if head.pos_ == "PRON" else first_rule
    if aid is not None and head.pos_ == "PRON":
        aid, rule = pronoun_source(ctx, d, c, head, aid, claims_done, rule)
    a = ctx.actors.get(aid) if aid else None
    # the name apposed to a description is the speaker, also over a party named inside the description
    # ("former negotiator between the Federal Government and the rebels, Ola Brandt, said")
    named = _apposed_name(ctx, head) if (head.pos_ == "NOUN" or source_noun) and (
        a is None or not a.named or aid != head_actor) else None
    aid, rule = (named, _apposed_rule(head)) if named else titled_person_or(ctx, head, a, aid, rule)
    aid, rule = apposed_or(ctx, span, head, lex, aid, rule)  # "X, the bishop of Y" … "the bishop said"
    a = ctx.actors.get(aid) if aid else None
    outlet = reporting_medium(ctx, d, head, claims_done, lex) if head.pos_ == "NOUN" and (
        a is None or not a.named) and lemma not in lex.documents else None  # "the newspaper said"
    aid, rule, a = (outlet, "claims.speakers.reporting_medium", ctx.actors.get(outlet)) if outlet else (aid, rule, a)
    if head.pos_ == "NOUN" and (a is None or not a.named or a.name.split()[-1].islower()):
        aid, rule = _described(ctx, d, span, head, lex, aid, rule, _spoke(claims_done))
    if aid is not None:
        c.speaker_actor = widen_name(ctx, span, aid)  # "sources in the Office said": not bare "Sources"
        if head.pos_ == "PRON":
            c.inferred = ["speaker"]
        _trace_speaker(c, rule)
        return
    if head.pos_ == "PRON" or low in lex.words.person_pronouns or low in lex.words.other_pronouns:
        aid, rule = pronoun_fallback(ctx, d, head, low, claims_done)
        if aid is not None:
            c.speaker_actor = aid
            c.inferred = ["speaker"]
            _trace_speaker(c, rule)
        return
    appos, placed = apposition(head, source_noun and lemma in lex.person_nouns)  # "The Governor of X, Jo Lee,"
    # a capitalised title ("The Norwegian Special Envoy, Jo Lee,") is not the name: its apposition is
    name_tok = head if head.pos_ == "PROPN" and not (source_noun and appos is not None) else appos
    if name_tok is not None:  # a name no stage made an actor of ("the West", "his counterpart Vladimir Putin")
        aid = ctx.actor_for_token(name_tok)
        rule = None if name_tok.i == head.i else "claims.speakers.name_in_apposition"
        if aid is None and name_tok.i == head.i:  # "the Foreign Secretary said"; "the bishop said" (s41)
            aid, rule = title_speaker(ctx, span, head, lex, source_noun)
        if aid is None and rule != UNHELD_TITLE:  # an unheld bare title makes no named actor "bishop"
            own = span if name_tok.i == head.i else ctx.doc[name_tok.left_edge.i: name_tok.i + 1]
            aid, rule = title_place_holder(ctx, own, name_tok) if placed is not None else named_actor(ctx, own, name_tok)
        c.speaker_actor = aid
        _trace_speaker(c, rule)
        return
    if lemma in lex.documents or low in lex.documents:  # "the statement said": who issued it
        _document_speaker(ctx, d, c, span, lex, claims_done)
        return
    if (source_noun or lemma in lex.words.joint_heads) and pair_anaphor(ctx, span, head):
        _joint_parties(ctx, c, span, lex, claims_done)  # "the two sides said"; "the two leaders": each_party
        return
    _unnamed_source(ctx, d, c, span, source_noun, lex, claims_done)


#: "a lawyer and a relative said": an unnamed source coordinated with another speaks through its
#: own words, as a named first conjunct does (``claims.speakers.first_conjunct``)
SOURCE_CONJUNCT = "claims.speakers.source_conjunct"


def _unnamed_source(ctx: Context, d: ClaimsDoc, c: Cand, span: Span, source_noun: bool, lex: Lexicon,
                    claims_done: list[Cand]) -> None:
    """Last resort: a surname tagged a common noun ("Kure assured"), else an unnamed source of a speaker noun ("officials
    said") or of people ("an imam said", ``claims.speakers.people_noun``); none for a count ("only two people knew")."""
    if surname_speaker(ctx, c, span):
        return
    head = span.root
    if source_noun and counted_crowd(head, lex):
        return  # "only two people knew": a count of people, no speaker
    if source_noun:
        part = _first_source(span) or span  # "their lawyer and a relative said": the lawyer speaks
        c.speaker_actor, rule = unnamed_actor(ctx, part, head, lex, _spoke(claims_done),
                                              part.end if part is not span else None)
        _trace_speaker(c, SOURCE_CONJUNCT if part is not span else rule)
        if rule == "claims.speaker_actors.unnamed_source" and possessed_title(span):
            _trace_speaker(c, POSSESSED_TITLE)  # "Norland's Central Bank chief said": a person of the bank
            if (side := possessed_title_side(ctx, span)) is not None:  # the bank's side, else the possessor
                ctx.actors[c.speaker_actor].affiliation = side
                ctx.trace(ctx.actors[c.speaker_actor], "affiliation", POSSESSED_TITLE)
    elif (people := people_speaker(ctx, span, lex)) is not None:  # "parents and elders said": the parents
        c.speaker_actor, _ = unnamed_actor(ctx, people[0], people[1], lex, _spoke(claims_done), people[0].end,
                                           people[2], keep_count=True)
        _trace_speaker(c, PEOPLE_RULE)
    elif (held := epithet_holder(ctx, d.sents, d.sent_index(head.idx), span, head,
                                 lex.words.definite_determiners, c)) is not None:
        c.speaker_actor = held  # "the former strongman said": the one person just named
        _trace_speaker(c, EPITHET_HOLDER)


def _first_source(span: Span) -> Span | None:
    """The words of a source phrase's head up to its first coordinated head ("their lawyer and the
    brother of one of them": "their lawyer"); None when the head has no conjunct after it. The cut is
    at the conjunct's own first word, wherever the parse hung the "and". A singular conjunct with no
    determiner of its own is a second title of one person ("the former minister and current envoy")."""
    head, doc = span.root, span.doc
    conj = next((c for c in head.children if c.dep_ == "conj" and head.i < c.i < span.end), None)
    if conj is None or conj.tag_ not in ("NNS", "NNPS") and not any(k.dep_ in ("det", "poss") for k in conj.children):
        return None
    end = conj.left_edge.i
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    return doc[span.start: end] if end > head.i else None


def _apposed_name(ctx: Context, head: Token) -> str | None:
    """"the ministry's spokeswoman, Park Seo-yeon,": the named actor of a name in apposition to a
    description, also after a capitalised title ("The Qatari Prime Minister, Sheikh Jo Lee,"; the
    parse may hang it on the last title)."""
    for t in [*head.children, *(g for k in head.children if k.dep_ == "conj" for g in k.children)]:
        if (t.dep_ == "appos" or coordinated_title(t)) and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN"):
            named = ctx.actor_for_token(t)
            if named and ctx.actors[named].named:
                return named
    return None


def _apposed_rule(head: Token) -> str:
    """The rule that found the name of :func:`_apposed_name`: a title coordinated with a titled name
    ("former premier and party member Jo Lee said", ``claims.descriptions.coordinated_title``; a
    capitalised title phrase is ``claims.titles.person_in_title``'s, as before), else a name in apposition."""
    if not any(coordinated_title(t) for t in head.children):
        return "claims.speakers.name_in_apposition"
    return "claims.titles.person_in_title" if head.text[:1].isupper() else COORDINATED_TITLE


def _joint_parties(ctx: Context, c: Cand, span: Span, lex: Lexicon, claims_done: list[Cand]) -> None:
    """"the two sides said in a joint statement": the parties named before speak as one unnamed group
    of their own (a ``joint_heads`` head); plural people ("the two leaders") are left to
    :func:`.each_party.each_party`."""
    if span.root.lemma_.lower() in lex.words.joint_heads:
        joint = next((p.speaker_actor for p in reversed(claims_done)
                      if p.trace.get("speaker") in (JOINT_RULE, AGAIN_RULE)), None)
        again = joint_group_again(ctx, span, joint, lex)
        if again is not None:  # "government and rebel envoys said … the two sides said": that group
            c.speaker_actor = again
            _trace_speaker(c, AGAIN_RULE)
            return
        c.speaker_actor, rule = unnamed_actor(ctx, span, span.root, lex, _spoke(claims_done))
        _trace_speaker(c, "claims.speakers.joint_parties" if rule.endswith("unnamed_source") else rule)


def _joint(ctx: Context, c: Cand, lex: Lexicon) -> bool:
    """"government and rebel officials said", "representatives of A and B said": a joint description
    speaks as one group of its own (:func:`.joint.joint_speaker`)."""
    assert c.speaker is not None
    aid = joint_speaker(ctx, c.speaker, lex)
    if aid is not None:
        c.speaker_actor = aid
        _trace_speaker(c, JOINT_RULE)
    return aid is not None


def _government_of_conjunct(ctx: Context, c: Cand) -> bool:
    """"government and rebel officials said": a bare "government" as first conjunct speaks for
    the state the report named as "X government" (:func:`.anonymous.government_named_before`)."""
    assert c.speaker is not None
    head = c.speaker.root
    # "government and MILF officials": the parse may coordinate the modifiers, not the heads
    mod = next((k for k in head.children if k.i < head.i and k.dep_ in ("nmod", "compound", "amod")
                and any(g.dep_ == "conj" for g in k.children)), None)
    first = first_conjunct(c.speaker) or (c.speaker.doc[mod.i: mod.i + 1] if mod is not None else None)
    if first is None:
        return False
    aid = ctx.actor_for_span(first)
    if aid is not None and ctx.actors[aid].named:
        return False
    state = government_named_before(ctx, first)
    if state is not None:
        c.speaker_actor = state
        _trace_speaker(c, "claims.speakers.government_named_before")
    return state is not None


def _speaking_part(ctx: Context, span: Span) -> tuple[Span, str | None]:
    """The part of a speaker phrase that names the speaker: its first conjunct when that names an
    actor (:func:`first_conjunct`), with the rule id; else the whole phrase."""
    party = represented_party(ctx, span)
    if party is not None:
        return party, "claims.speakers.represented_party"
    first = first_conjunct(span)
    if first is not None and ctx.actor_for_span(first) is not None:
        return first, "claims.speakers.first_conjunct"
    return span, None


def _modifier_speaker(ctx: Context, span: Span, source_noun: bool, lex: Lexicon,
                      rule: str | None, own: str | None = None) -> tuple[str | None, str | None]:
    """The actor a speaker phrase whose head names none (``own``: an unnamed actor) speaks for: the
    name a headless title phrase ends in (:func:`.titles.name_after_title_phrase`), else from the words
    before the head: the name after a possessor (:func:`possessed_name`), else the first of two named
    parties (:func:`first_modifier`), else the phrase's own mention; with the rule id (``rule`` when none)."""
    if source_noun:
        named = name_after_title_phrase(ctx, span, lex)
        if named is not None:
            return named, "claims.speakers.title_phrase_name"
    if own is not None:
        return own, rule
    if not source_noun or span.root.lemma_.lower() in lex.words.media_words:
        aid = possessed_name(ctx, span)
        if aid is not None:
            return aid, "claims.speakers.possessed_name"
    if source_noun:
        return None, rule
    aid = first_modifier(ctx, span)
    if aid is not None:
        return aid, "claims.speakers.first_modifier"
    return ctx.actor_for_span(span), rule


def _inner_or_joint(ctx: Context, d: ClaimsDoc, c: Cand, lex: Lexicon, claims_done: list[Cand]) -> bool:
    """Resolve the speakers the speaker phrase itself does not give (s36): the named person whose
    characterization a partial quotation is ("Jo called it “a step”, the envoy added": Jo), or the
    parties of a joint document as one group ("A and B said in a joint statement"); False when neither."""
    assert c.speaker is not None
    other = holder_outside_quote(ctx, c, c.speaker.root)  # "“… President B …,” the president said": not B
    office = office_holder(ctx, c.speaker) if other is None else None  # "Norland's top diplomat said"
    if other is not None or office is not None:
        c.speaker_actor = other or office
        _trace_speaker(c, QUOTED_HOLDER if other else OFFICE_HOLDER)
        return True
    inner = characterizing_subject(ctx, c, lex)
    if inner is not None:
        c.speaker = inner
        resolve_speaker(ctx, d, c, lex, claims_done)
        c.trace["speaker"] = CHARACTERIZED
        return True
    joint = joint_document_speaker(ctx, c, lex, _spoke(claims_done))
    if joint is not None:
        c.speaker_actor = joint
        _trace_speaker(c, JOINT_DOCUMENT)
    return joint is not None


def _spoke(claims_done: list[Cand]) -> frozenset[str]:
    """The actors that spoke in the claims resolved so far."""
    return frozenset(p.speaker_actor for p in claims_done if p.speaker_actor)


def _issued(ctx: Context, d: ClaimsDoc, c: Cand, lex: Lexicon, claims_done: list[Cand]) -> bool:
    """Resolve a document or medium speaker that names its issuer ("a statement from the
    ministry said", "the party's website") as that issuer; False when it names none."""
    assert c.speaker is not None
    cited = document_cited_source(d, c.speaker.root, lex)  # "a report by X citing Y": Y's words
    issuer = noun_phrase(cited) if cited is not None else issuer_phrase(c.speaker.root, lex)
    if issuer is None:
        return False
    c.speaker = issuer
    resolve_speaker(ctx, d, c, lex, claims_done)
    if c.speaker_actor is not None and "speaker" not in c.trace:
        c.trace["speaker"] = DOCUMENT_CITED_RULE if cited is not None else "claims.speakers.document_issuer"
    return True


def another_source(ctx: Context, span: Span, aid: str, lex: Lexicon) -> bool:
    """Whether "another official", "a second source" was linked to an unnamed actor met before:
    the description says it is someone else, so it is a new anonymous source of its own."""
    w = lex.words
    if not (span[0].lower_ in w.fresh_first or any(t.lower_ in w.fresh_any for t in span)):
        return False
    a = ctx.actors.get(aid)
    return a is not None and not a.named and bool(a.mentions) and a.mentions[0].start < span.start_char


def _described(ctx: Context, d: ClaimsDoc, span: Span, head: Token, lex: Lexicon, aid: str | None,
               rule: str | None, spoke: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """A description standing for a named actor ("Qatar's prime minister", "the company") or for
    an anonymous source that spoke before ("government sources" … "Sources said"), else the actor
    and rule found so far."""
    holder = title_holder(ctx, span, head, lex)
    if holder is not None:
        return holder, "claims.descriptions.title_holder"
    if (state := dateline_authorities(ctx, span, head, lex)) is not None:
        return state, DATELINE_RULE
    named = definite_description(ctx, d.sents, d.sent_index(head.idx), span, head, lex)
    if named is not None:
        return named, "claims.descriptions.definite_description"
    state = definite_state(ctx, d.sents, d.sent_index(head.idx), span, head, lex)
    if state is not None:
        return state, "claims.descriptions.definite_state"
    known = identified_next(ctx, d.sents, d.sent_index(head.idx), span, head, lex, aid)
    if known is not None:
        return known, IDENTIFIED_NEXT
    body = named_body(ctx, span, head, lex)
    if body is not None:
        return body, "claims.titles.named_body"
    again = repeated_source(ctx, span, aid, spoke)
    if again is not None:
        return again, "claims.speaker_actors.repeated_source"
    return aid, rule


def _document_speaker(ctx: Context, d: ClaimsDoc, c: Cand, span: Span, lex: Lexicon,
                      claims_done: list[Cand]) -> None:
    """A document that speaks ("the statement said"): who issued it, else who announced it just
    before, else (a bare plural "Reports said …") anonymous media, a source of its own."""
    head = span.root
    c.speaker_actor = document_author(ctx, d, head, claims_done)
    _trace_speaker(c, "claims.speakers.document_author" if c.speaker_actor else None)
    issuer = issuing_subject(d, head) if c.speaker_actor is None else None
    if issuer is not None:  # "X posted photos … the post said": X, resolved as a speaker phrase
        c.speaker = noun_phrase(issuer)
        resolve_speaker(ctx, d, c, lex, claims_done)
        _trace_speaker(c, "claims.speakers.issuing_verb" if c.speaker_actor else None)
        return
    if c.speaker_actor is None and head.i > 0 and head.doc[head.i - 1].lower_ in lex.words.definite_determiners:
        c.speaker_actor = same_document(head, claims_done)
        _trace_speaker(c, "claims.speakers.same_document" if c.speaker_actor else None)
    if c.speaker_actor is None and head.i > 0 and head.doc[head.i - 1].lower_ in lex.words.definite_determiners:
        c.speaker_actor = signed_post_author(d, head, claims_done, lex)
        _trace_speaker(c, "claims.speakers.signed_post_author" if c.speaker_actor else None)
    if c.speaker_actor is None and (issued := issued_before(ctx, d, head, claims_done)):  # "X sent a message … The statement said"
        c.speaker_actor, c.trace["speaker"] = issued, ISSUED_RULE
    if c.speaker_actor is None and head.i > 0 and head.doc[head.i - 1].lower_ in lex.words.definite_determiners:
        c.speaker_actor = announced_before(d, head, claims_done, lex)
        _trace_speaker(c, "claims.speakers.announcing_speaker" if c.speaker_actor else None)
    if c.speaker_actor is None and (body := body_spoke_before(ctx, d, head, claims_done)):  # "the Front said A. The statement said B"
        c.speaker_actor, c.trace["speaker"] = body, BODY_RULE
    if c.speaker_actor is None:  # "according to an official communique": the state that spoke last
        c.speaker_actor = official_document_state(ctx, d, head, claims_done, lex)
        _trace_speaker(c, OFFICIAL_RULE if c.speaker_actor else None)
    if c.speaker_actor is None:
        c.speaker_actor = reporting_medium(ctx, d, head, claims_done, lex)
        _trace_speaker(c, "claims.speakers.reporting_medium" if c.speaker_actor else None)
    if c.speaker_actor is None and head.tag_ == "NNS" and not any(k.dep_ in ("det", "poss") for k in head.children):
        # "Reports said …", "Media reports say …": anonymous media, a source of its own
        c.speaker_actor, _ = unnamed_actor(ctx, span, head, lex, _spoke(claims_done))
        _trace_speaker(c, "claims.speakers.anonymous_reports")


def _trace_speaker(c: Cand, rule: str | None) -> None:
    """Record the rule that resolved the speaker (it replaces what a syntax fallback recorded)."""
    if rule is not None:
        c.trace["speaker"] = rule


def speaker_span(ctx: Context, c: Cand) -> list[int] | None:
    """The mention that names the speaker in this attribution (the pronoun itself for 'he')."""
    if c.speaker is None:
        return None
    if c.relative is not None and c.speaker_actor:
        return list(c.relative)
    span = c.speaker
    if c.speaker_actor:
        for s, e, a in ctx.mentions_in(span.start_char, span.end_char):
            if a == c.speaker_actor and s >= span.start_char and e <= span.end_char:
                return [s, e]
    s, e = trim(ctx.document.text, span.start_char, span.end_char, " \t\n,;:.")
    return [s, e] if e > s else None
