"""Actors the claims stage creates for speakers no other stage made an actor of:
unnamed sources ("a Palestinian source", "US officials") and names the actors
stage missed ("the West").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from backchannel.data_loader import read
from backchannel.extract.actors.spans import name_head_words
from backchannel.extract.actors.split_sides import split_group
from backchannel.extract.context import Context
from backchannel.model import Actor, ActorKind
from backchannel.extract.claims.cue_lexicon import Lexicon, Words, lexicon
from backchannel.extract.claims.state import Cand
from backchannel.resolve.lexicon import lexicon as actor_lexicon
from backchannel.resolve.merge import link_partial_names


def _leading_word(t: Token, w: Words, keep_count: bool) -> bool:
    """A word dropped from the front of an unnamed speaker's name: punctuation and an article, and (unless
    ``keep_count``) a determiner or a count ("two officials" are officials)."""
    if t.is_punct or keep_count and t.lower_ in w.indefinite_articles | w.definite_determiners:
        return True
    return not keep_count and (t.dep_ in ("det", "nummod", "predet") or t.lower_ in w.description_determiners)


def _after_furniture(toks: list[Token], head: Token) -> list[Token]:
    """The tokens after the last closing bracket or spaced dash before the head (s40-precision): a description
    runs over neither, so a dateline glued to the lede ("KESSEL (OPA) -Ostland's government said") is no part
    of its speaker ("Ostland's government"); a hyphen inside a word ("pro-Norland officials") is no dash."""
    cut = 0
    for k, t in enumerate(toks):
        if t.i >= head.i:
            break
        spaced = t.i > 0 and bool(t.doc[t.i - 1].whitespace_)
        if t.text == ")" or t.text in ("-", "—", "–", "--") and spaced:
            cut = k + 1
    return toks[cut:] if cut < len(toks) else toks


def unnamed_actor(ctx: Context, span: Span, head: Token, lex: Lexicon,
                  speakers: frozenset[str] | None = None, stop: int | None = None,
                  mention_stop: int | None = None, keep_count: bool = False) -> tuple[str, str]:
    """The unnamed actor of a speaker description ("a Palestinian source"): an earlier
    one it repeats, else a new one; with the id of the rule that chose it. An indefinite
    description repeats only an earlier *speaker* (``speakers``: the actors that spoke
    before; None: any actor): "numerous ministers said" is not the "forum of top
    ministers" named before, "US officials said" is the "Senior US officials" who spoke. ``stop``: the
    token the description ends before (a conjunction after the head: "parents and leaders said");
    ``mention_stop``: the token its mention ends before, when the name goes on through a verbal modifier
    whose words other stages read ("countries assisting the talks": the talks are an event, no part of a mention).
    ``keep_count``: the name keeps a leading count ("Several girls said": a part of the girls, who are not all
    of them; ``claims.speakers.people_noun``), where a speaker noun's drops it ("two officials" are officials)."""
    w = lex.words
    # the description with its post-modifiers ("a person briefed on the talks", "officials on both
    # sides"), without a relative clause or an apposition, and without its leading determiners
    toks = []
    for t in ctx.doc[span.start: stop if stop is not None else max(span.end, head.right_edge.i + 1)]:
        if t.i > head.i and (t.text in ",;(—–" or t.dep_ == "relcl" or t.lower_ in w.relative_pronouns):
            break
        toks.append(t)
    toks = _after_furniture(toks, head)
    while toks and toks[0].i < head.i and _leading_word(toks[0], w, keep_count):
        toks.pop(0)
    while toks and toks[-1].i > head.i and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET")):
        toks.pop()
    # the words as written ("Israeli, Palestinian, and American sources"), not tokens joined by spaces
    name = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in toks)).strip() or head.text
    name = re.sub(r"['’]s\b", "", name).strip()
    definite = span[0].lower_ in w.definite_determiners
    lemma = head.lemma_.lower()
    fresh = span[0].lower_ in w.fresh_first or any(t.lower_ in w.fresh_any for t in span)
    forms = w.source_word_forms
    name_words = {forms.get(x.lower(), x.lower()) for x in name.split()}
    if not fresh:
        # the same anonymous source again ("a source" … "a source"; "US officials" after "Senior US officials")
        for a in reversed(list(ctx.actors.values())):
            if not a.named and a.mentions and a.mentions[0].start < span.start_char \
                    and (speakers is None or a.id in speakers) \
                    and name_words and name_words <= {forms.get(x.lower(), x.lower()) for x in a.name.split()}:
                rule = "claims.speaker_actors.same_source_again"
                ctx.add_mention(a.id, toks[0].idx if toks else head.idx, span.end_char, rule=rule)
                if name != a.name and name not in a.aliases and len(name_words) == len(a.name.split()):
                    a.aliases.append(name)  # "Iranian state TV" for "Iranian state television"
                return a.id, rule
    if definite:
        for m in reversed(ctx.mentions_in(0, span.start_char)):
            prior = ctx.actors.get(m[2])
            # number agrees: "the official" is not the "Iranian officials" group met before
            if prior is not None and not prior.named and m[1] <= span.start_char \
                    and not (head.tag_ == "NN" and prior.kind == "group") and not (len(toks) == 1 and split_group(ctx, prior.id)):
                last = prior.name.split()[-1].lower() if prior.name else ""
                if last in (lemma, head.lower_) or last.rstrip("s") == lemma.rstrip("s"):
                    rule = "claims.speaker_actors.definite_source"
                    ctx.add_mention(prior.id, head.idx if len(toks) == 1 else span.start_char, span.end_char, rule=rule)
                    return prior.id, rule
    outlet = _outlet_by_its_name(ctx, toks, head, lex, span)
    if outlet is not None:
        return outlet, OUTLET_NAMED
    group = _group_by_head(ctx, span, head, lex, definite)
    if group is not None:
        ctx.add_mention(group, toks[0].idx if toks else head.idx, span.end_char, rule=GROUP_BY_HEAD)
        return group, GROUP_BY_HEAD
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in lex.group_nouns
    kind: ActorKind = "organization" if (lemma in lex.org_nouns or head.lower_ in lex.org_nouns) and not plural else (
        "group" if plural else "person")
    aid = ctx.new_actor_id(name)
    rule = "claims.speaker_actors.unnamed_source"
    actor = Actor(id=aid, name=name, kind=kind, named=False)
    ctx.add_actor(actor, rule=rule)
    s = toks[0].idx if toks else head.idx
    own = [t for t in toks if mention_stop is None or t.i < mention_stop] or toks
    e = own[-1].idx + len(own[-1].text) if own else head.idx + len(head.text)
    ctx.add_mention(aid, s, e, rule=rule)
    _source_affiliation(ctx, actor, [t for t in toks if t.i < head.i])
    return aid, rule


OUTLET_NAMED = "claims.speaker_actors.outlet_named"
GROUP_BY_HEAD = "claims.speaker_actors.group_by_head"


def _group_by_head(ctx: Context, span: Span, head: Token, lex: Lexicon, definite: bool) -> str | None:
    """ "Moslem hijackers freed X but said …" where the report calls the group "the hijackers" elsewhere:
    a bare plural of people (no determiner) whose head is the whole name of exactly one unnamed group
    actor is that group, described more fully (``claims.speaker_actors.group_by_head``). Not a noun of
    anonymous sources ("Iranian officials" after "officials": the head's singular is a speaker noun,
    and the same words again are ``same_source_again``'s), not a definite or counted phrase, not one naming
    a state other than the group's ("Vessian rebels" when "the rebels" are Norland's)."""
    if definite or head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() in lex.person_nouns \
            or any(t.dep_ in ("det", "nummod", "poss") for t in head.children):
        return None
    low = head.lower_
    found = [a for a in ctx.actors.values() if not a.named and a.kind == "group" and a.name.lower() == low]
    if len(found) != 1:
        return None
    # a state named in the description that is not the group's ("Vessian rebels" beside Norland's "rebels")
    states = {ctx.actor_for_token(t) for t in span if t.i < head.i}
    other = {aid for aid in states if aid and aid in ctx.actors and ctx.actors[aid].kind == "state"}
    return found[0].id if not other - {found[0].affiliation} else None


def _outlet_by_its_name(ctx: Context, toks: list[Token], head: Token, lex: Lexicon, span: Span) -> str | None:
    """ "the Vestpress news agency said": an outlet noun after a proper name is that named outlet, not an
    unnamed source (``claims.speaker_actors.outlet_named``): the actor of that name when the report has one
    ("Vestpress reported ... Vestpress news agency said"), else a new named organisation with the phrase as alias.
    "Iranian state news agency" names no outlet (no proper name) and stays an unnamed source."""
    w = lex.words
    if head.lower_ not in w.media_words or head.i == 0 or span[0].lower_ in w.indefinite_articles:
        return None  # "a Vesterland newspaper": a paper from Vesterland, not an outlet of that name
    before = [t for t in toks if t.i < head.i]
    while before and before[-1].text.islower() and (before[-1].lower_ in w.media_words or before[-1].lower_ in
                                                     w.outlet_kind_words):
        before.pop()  # "news" in "the Vestpress news agency"; a capitalised "Times" or "Radio" is the name's
    proper = before
    if not proper or not all(t.text[:1].isupper() or _inner_hyphen(t, proper) for t in proper):
        return None  # "Vestpress-Lund news agency": a hyphen inside the name is the name's
    name = ctx.doc[proper[0].i: proper[-1].i + 1].text
    phrase = ctx.doc[proper[0].i: head.i + 1].text
    start, end = proper[0].idx, head.idx + len(head.text)
    key = name.casefold()
    for a in ctx.actors.values():
        if a.named and (a.name.casefold() == key or key in (x.casefold() for x in a.aliases)):
            if not is_outlet(a, w.media_words) and not (head.lower_ in w.own_outlet_heads and a.kind in ("organization", "person")
                                                         and not _has_role(ctx, a.id, lex, start)):
                return None  # "Norland state television", "the Zarvan Front's television station": a party's
                # broadcaster is an unnamed source of the party, not the party; so is a party that acts
            ctx.add_mention(a.id, start, end, rule=OUTLET_NAMED)
            if phrase not in a.aliases:
                a.aliases.append(phrase)
            return a.id
    owners = [ctx.actors.get(ctx.actor_for_token(t) or "") for t in proper]
    if not all(t.pos_ == "PROPN" for t in proper) or any(o is not None and o.kind == "state" for o in owners):
        return None  # a capitalised common word ("State news agency") or a nationality names no outlet
    aid = ctx.new_actor_id(name)
    ctx.add_actor(Actor(id=aid, name=name, kind="organization", named=True, aliases=[phrase]), rule=OUTLET_NAMED)
    ctx.add_mention(aid, start, end, rule=OUTLET_NAMED)
    return aid


def _has_role(ctx: Context, aid: str, lex: Lexicon, before: int) -> bool:
    """Has the actor a part of its own before ``before``: an affiliation, a member, or a mention that is the
    subject or object of a verb other than a telling one ("The Free Hill Front freed two guards")? Then
    "the Free Hill Front news agency" is the party's agency, not an outlet of that name: an outlet the
    report names only tells."""
    actor = ctx.actors[aid]
    if actor.affiliation or any(o.affiliation == aid for o in ctx.actors.values()):
        return True
    for s, e, found in ctx.mentions_in(0, before):
        span = ctx.doc.char_span(s, e, alignment_mode="expand") if found == aid else None
        root = span.root if span is not None and len(span) else None
        if root is not None and root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ == "VERB" \
                and root.head.lemma_.lower() not in lex.verbs:
            return True
    return False


def _inner_hyphen(t: Token, proper: list[Token]) -> bool:
    """A hyphen token between two words of a name ("Vestpress-Lund" tokenised in three)."""
    return t.text in ("-", "–") and proper[0].i < t.i < proper[-1].i and not t.whitespace_ and not t.nbor(-1).whitespace_


def is_outlet(a: Actor, media_words: frozenset[str]) -> bool:
    """An actor that is a news outlet: a known agency ("Tasnim", "WAM"), or a word of media in its name or an
    alias ("Lunde Radio", "the Harbour Times"). A party (a state, a movement) never is."""
    if a.kind not in ("organization", "person"):  # the tagger may call an agency's one-word name a person
        return False
    names = [a.name, *a.aliases]
    return any(n in actor_lexicon().agencies for n in names) or any(
        w.lower() in media_words for n in names for w in n.split())


def counted_crowd(head: Token, lex: Lexicon) -> bool:
    """ "Only two people knew", "just three people were told": a number on a generic noun of
    people (``crowd_heads``) with no modifier saying who they are counts how many; it is no
    source, so the claims stage makes no actor of it (see ``claims.speaker_actors.unnamed_source``).
    "Two people familiar with the talks said" (a modifier) and "the two men said" (definite,
    pointing back: each_party.py) are sources."""
    if head.lemma_.lower() not in lex.words.crowd_heads and head.lower_ not in lex.words.crowd_heads:
        return False
    kids = list(head.children)
    if not any(c.dep_ == "nummod" for c in kids) or any(c.dep_ == "det" and c.lower_ in lex.words.definite_determiners
                                                        for c in kids):
        return False
    return not any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl", "appos", "nmod", "poss") for c in kids)


def _source_affiliation(ctx: Context, actor: Actor, before: list[Token]) -> None:
    """"Egyptian security sources", "Iranian state television", "Hamas officials": an anonymous
    source belongs to the one named state or body its modifiers name (it speaks for that side)."""
    owners = {ctx.actor_for_token(t) for t in before if t.dep_ in ("amod", "compound", "nmod")}
    states = {o for o in owners if o is not None and ctx.actors[o].named and ctx.actors[o].kind != "person"}
    if len(states) == 1 and actor.affiliation is None:
        actor.affiliation = states.pop()
        ctx.trace(actor, "affiliation", "claims.speaker_actors.source_affiliation")


def repeated_source(ctx: Context, span: Span, aid: str | None, spoke: frozenset[str]) -> str | None:
    """The anonymous source that spoke before when another stage made a new unnamed actor of a
    shorter phrase for it ("government sources said …" then "Sources said …"): the earlier speaker
    whose name holds every word of the new one, with the same head word; None when there is no
    such speaker or more than one."""
    a = ctx.actors.get(aid) if aid else None
    if a is None or a.named or not a.name or not a.mentions or a.mentions[0].start < span.start_char:
        return None
    w = lexicon().words
    if span[0].lower_ in w.fresh_first or any(t.lower_ in w.fresh_any for t in span):
        return None  # "another official", "one official said" (s36): someone set apart, not the earlier source
    forms = w.source_word_forms
    mine = [forms.get(x.lower(), x.lower()) for x in a.name.split()]
    found = set()
    for sid in spoke:
        b = ctx.actors.get(sid)
        if b is None or b.named or sid == aid or not b.name or not b.mentions or b.mentions[0].start >= span.start_char:
            continue
        theirs = [forms.get(x.lower(), x.lower()) for x in b.name.split()]
        if theirs[-1] == mine[-1] and set(mine) <= set(theirs):
            found.add(sid)
    return found.pop() if len(found) == 1 else None


KIND_BY_ENT: dict[str, ActorKind] = {"PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group"}


def named_actor(ctx: Context, span: Span, head: Token) -> tuple[str, str]:
    """The actor of a name no stage made an actor of ("the West"), created when new; with the
    id of the rule that chose it."""
    toks = [t for t in span if t.i <= head.i and t.dep_ != "det" and not t.is_punct
            and (t.pos_ == "PROPN" or t.i == head.i or t.head.i == head.i and t.dep_ in ("compound", "amod"))]
    while toks and toks[0].pos_ != "PROPN" and toks[0].i != head.i and head.pos_ == "PROPN" and \
            head.head.i != head.i and head.dep_ == "appos":
        toks = toks[1:]
    toks = toks or [head]
    last = head.doc[_name_tail(head)] if toks[-1].i == head.i else toks[-1]
    s, e = toks[0].idx, last.idx + len(last.text)
    name = ctx.document.text[s:e]
    for a in ctx.actors.values():
        if a.name == name or name in a.aliases:
            rule = "claims.speaker_actors.known_name"
            ctx.add_mention(a.id, s, e, rule=rule)
            return a.id, rule
    for a in ctx.actors.values():
        if a.named and (same_acronym(name, a.name) or any(same_acronym(name, al) for al in a.aliases)):
            rule = "claims.speaker_actors.acronym"  # "the Prime Minister's Office" and "the PMO"
            ctx.add_mention(a.id, s, e, rule=rule)
            if name not in a.aliases and name != a.name:
                a.aliases.append(name)
            return a.id, rule
    body = _body_by_head(ctx, name, head)
    if body is not None:
        ctx.add_mention(body, s, e, rule=BODY_HEAD)
        return body, BODY_HEAD
    part = _name_part(ctx, name, head)
    if part is not None:
        ctx.add_mention(part, s, e, rule=NAME_PART)
        return part, NAME_PART
    rule = "claims.speaker_actors.missed_name"
    aid = ctx.new_actor_id(name)
    desc = described_subject(head)
    kind = "person" if desc is not None else KIND_BY_ENT.get(head.ent_type_, "group")
    ctx.add_actor(Actor(id=aid, name=name, kind=kind, named=True), rule=rule)
    ctx.add_mention(aid, s, e, rule=rule)
    own = ctx.actor_for_token(desc) if desc is not None else None
    if own is not None and own in ctx.actors and not ctx.actors[own].named:
        ctx.coref.update({k: aid for k, v in ctx.coref.items() if v == own})
        ctx.merge_actor(own, aid, rule=DESCRIBED_SUBJECT)
    return aid, rule


DESCRIBED_SUBJECT = "claims.speaker_actors.described_subject"


def described_subject(name: Token) -> Token | None:
    """ "A rebel commander in Vesta, Kofi Darra said …": the parse makes the description a second subject
    of the name's verb (the comma closing the apposition is missing); the description's head when it is a
    person noun before a comma right before the name, else None. The name is then a person's, and the
    description (an unnamed actor of its own) one of its mentions (rule ``DESCRIBED_SUBJECT``)."""
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return None
    lex = lexicon()
    first = name.left_edge.i
    for t in name.head.children:
        if t.i < first and t.dep_ in ("nsubj", "nsubjpass") and (t.lemma_.lower() in lex.person_nouns
                                                                  or t.lower_ in lex.person_nouns):
            between = name.doc[t.right_edge.i + 1: first]
            return t if len(between) == 1 and between[0].text == "," else None
    return None


NAME_PART = "claims.speaker_actors.name_part"
SURNAME_NOUN = "claims.speaker_actors.surname_noun"


def surname_speaker(ctx: Context, c: Cand, span: Span) -> bool:
    """ "Halvik insisted that …" after "Bren Halvik": a capitalised speaker the tagger took for a common noun
    (so no name rule read it) that is the last word of exactly one named actor's name or alias of two or
    more words, named before it, is that actor (rule ``SURNAME_NOUN``, a mention): True. False for a
    lower-case word, a word of a single-word name, or a word two actors' names end in."""
    head = span.root
    if head.pos_ != "NOUN" or not head.text[:1].isupper() or head.text.isupper() or len(span) > 2:
        return False
    found = {a.id for a in ctx.actors.values() if a.named and a.kind in KIND_BY_ENT.values()
             and any(len(n.split()) > 1 and n.split()[-1] == head.text for n in (a.name, *a.aliases))
             and any(m.start < head.idx for m in a.mentions)}
    if len(found) != 1:
        return False
    c.speaker_actor = found.pop()
    ctx.add_mention(c.speaker_actor, head.idx, head.idx + len(head.text), rule=SURNAME_NOUN)
    c.trace["speaker"] = SURNAME_NOUN
    return True


def _name_tail(head: Token) -> int:
    """The last token of a name's title-case prepositional tail ("Platform for Dialogue and Reform in
    Vesta"), else the head's: only for a capitalised name the tagger did not take for a person's, and
    only tails right after it whose words are all capitalised or connectors (``speaker_actors.toml [name_tail]``)."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or not head.text[:1].isupper():
        return head.i
    t = read("speaker_actors.toml")["name_tail"]
    end = head.i
    for prep in head.rights:
        low = prep.lower_
        if prep.dep_ != "prep" or prep.i != end + 1 or not (low in t["preps"] or low in t["place_preps"] and end > head.i):
            break
        words = list(prep.subtree)[1:]
        if not words or words[-1].i - prep.i != len(words) or not words[-1].text[:1].isupper() or not all(
                w.text[:1].isupper() or w.lower_ in t["connectors"] for w in words):
            break
        end = words[-1].i
    return end
BODY_HEAD = "claims.speaker_actors.body_head"


def _body_by_head(ctx: Context, name: str, head: Token) -> str | None:
    """ "The Ministry said" after "the Zorlan Ministry of Foreign Affairs": a capitalised definite head
    noun alone is the one named organisation mentioned before whose name has that head (its last word or
    the word before its first name preposition); two such ("the Ministry" after two ministries): None."""
    if " " in name or head.i == 0 or head.doc[head.i - 1].lower_ != actor_lexicon().words.definite_article:
        return None
    low = name.lower()
    fits = {a.id for a in ctx.actors.values() if a.named and a.kind == "organization"
            and low in name_head_words(a.name) and any(m.start < head.idx for m in a.mentions)}
    return fits.pop() if len(fits) == 1 else None
# The tagger's labels of places: a place's name is no person's, whatever it shares with one
# ("Washington said" beside "Ola Washington"); a person's rare name is often tagged ORG or NORP.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _name_part(ctx: Context, name: str, head: Token) -> str | None:
    """The one named person a speaker's name is part of, or who is named by a part of it: "Brandt
    said" when the report names "Ola Brandt" (or only "Ola" in cultures that shorten to the given
    name), and "Ola Brandt said" when the actors stage made a person "Brandt" (or "Ola") only; that person takes
    the fuller name (as its name, the shorter one kept as an alias). Why: the claims stage would
    otherwise split one speaker into a person of each form. The parts are the actors stage's own
    (``resolve.merge.link_partial_names``: surnames with particles, double surnames, given names), so
    both stages join the same forms. None when no person or more than one fits, or when the name is a
    place's (the tagger's label says)."""
    words = name.split()
    particles = actor_lexicon().words.surname_particles  # "al-Varani", "bin Omar": a name's lower-case words
    if head.ent_type_ in PLACE_LABELS or not words[-1][:1].isupper() and words[-1].split("-")[0] not in particles \
            or not all(w[:1].isupper() or w.split("-")[0] in particles for w in words):
        return None
    found: dict[str, bool] = {}  # person -> whether a form of theirs ends in the speaker's name
    for aid, a in ctx.actors.items():
        if a.kind != "person" or not a.named:
            continue
        for form in (a.name, *a.aliases):
            n = len(form.split())
            if n > len(words) and link_partial_names([form], name) is not None:
                found[aid] = found.get(aid, False) or form.split()[-len(words):] == words
            elif n < len(words) and link_partial_names([name], form) is not None:
                found.setdefault(aid, False)
    if len(found) > 1:  # the last word of one name outranks an inner word of another, as in link_partial_names
        found = {aid: True for aid, ends in found.items() if ends}
    if len(found) != 1:
        return None
    a = ctx.actors[next(iter(found))]
    if len(words) > len(a.name.split()):
        a.aliases.append(a.name)
        a.name = name
        ctx.trace(a, "name", NAME_PART)
    elif name not in a.aliases:
        a.aliases.append(name)
        ctx.trace(a, "aliases", NAME_PART)
    return a.id


def _initials(name: str) -> str:
    """The capitals of a name's capitalised words ("Prime Minister's Office" -> "PMO")."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", name))


def same_acronym(a: str, b: str) -> bool:
    """Whether one name is the acronym of the other ("PMO", "Prime Minister's Office")."""
    for short, long in ((a, b), (b, a)):
        if 2 <= len(short) <= 6 and short.isupper() and short.isalpha() and " " in long \
                and _initials(long) == short:
            return True
    return False


REPORTS_OF_SOURCE = "claims.speaker_actors.reports_of_source"


def reports_of_source(ctx: Context, span: Span | None, aid: str | None, lex: Lexicon) -> None:
    """ "according to media reports", "press reports claimed": the unnamed source a document noun's
    modifier names speaks, and the phrase with the document noun is what the report calls it, so the
    source takes it as an alias ("media reports" beside "media", "Vesterland media reports" beside
    "Vesterland media"). Only when the modifier words are the source's whole name and the source is
    unnamed (a named outlet's "Vestpress reports" stays the outlet's name alone)."""
    a = ctx.actors.get(aid) if aid else None
    if a is None or span is None:
        return
    head = span.root
    if a.named or (head.lemma_.lower() not in lex.documents and head.lower_ not in lex.documents):
        return
    mods = [t for t in head.children if t.dep_ in ("compound", "amod", "nmod") and t.i < head.i]
    if not mods or " ".join(t.text for t in mods) != a.name or ctx.actor_for_token(mods[-1]) != a.id:
        return
    phrase = f"{a.name} {head.text}"
    if phrase not in a.aliases:
        a.aliases.append(phrase)
        ctx.trace(a, "aliases", REPORTS_OF_SOURCE)

