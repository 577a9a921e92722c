"""A person written "X, (the) <title> of/for/at <body>" (or "X is (the) <title> ...", "X, who was (the) <title> ...")
serves that body, whatever the parse made of it.

Why: the golds give "X, Chairman of the <Name> Staff", "X, the head of <Movement>'s political bureau",
"X, spokeswoman for <State>'s Foreign Ministry", "X, head of the junta" the body (or the party owning the
unnamed body) as affiliation, and the parser often hangs such an apposition on a verb or makes it a
conjunct, so the descriptor rules (``actors.descriptors.head_of_org``) never see it. The apposition is
read off the words: a comma right after a mention of the person, an optional determiner, a run of
adjectives and nouns holding a title word, then "of"/"for" and a phrase whose named actor is the body.
Kin ("the son of Y"), facing titles ("the counterpart of Y") and past titles ("former head of Y") give
nothing; "for" never gives a state ("the envoy for <State>" is sent there), nor "at" ("a researcher at
<State>'s ministry" reads the ministry, never the state). s39-affil: "at" ("X, a researcher at the <Institute>") and a
present copula in place of the comma ("X is the executive director of the <Group>"; "X was ..." is a past
title), a past one only after ", who".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.title_orgs import fronted_object, is_person_title
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

RULE = "actors.title_bodies.title_of_body"
TITLE_ORG = "actors.title_bodies.title_organisation"
FILE = "affiliations.toml"
BODY_KINDS = ("organization", "group", "state")
QUOTES = {'"', "'", "“", "”", "’", "‘"}
MAX_RUN = 6
MAX_OBJECT = 12


@cache
def _words(key: str) -> frozenset[str]:
    """One word list of ``[title_bodies]`` in ``data/affiliations.toml``."""
    return frozenset(word_list(FILE, f"title_bodies.{key}", read(FILE)["title_bodies"][key]))


def title_bodies(st: ActorState) -> None:
    """Every named person with no side whose mention is followed by ", <title> of/for <body>" takes the body."""
    _run(st, replace_guess=False)


def late_title_bodies(st: ActorState) -> None:
    """The same once every alias and mention is known ("head of the junta" after "the junta" became the
    state's alias); a side guessed from context (``owners.GUESSED``) gives way."""
    _run(st, replace_guess=True)


def _run(st: ActorState, replace_guess: bool) -> None:
    tokens = _token_actors(st)
    for actor in list(st.ctx.actors.values()):
        if actor.kind != "person" or not actor.named:
            continue
        if actor.affiliation is not None and not (replace_guess and actor.traced("affiliation") in GUESSED):
            continue
        for m in actor.mentions:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            body = _body_after(st, actor, span.end, tokens) if span is not None else None
            if body is not None:
                st.set_affiliation(actor, body, RULE)
                break


def _token_actors(st: ActorState) -> dict[int, str]:
    """Token index -> the named organisation, group or state it names: the stage's own map, every mention,
    and a lone word that is the whole name or alias of exactly one such actor ("Hamas's", "the junta")."""
    out: dict[int, str] = {}
    words: dict[str, set[str]] = {}
    for a in st.ctx.actors.values():
        if a.kind not in BODY_KINDS or not a.named:
            continue
        for n in (a.name, *a.aliases):
            words.setdefault(fold(n), set()).add(a.id)
        for m in a.mentions:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            out.update({t.i: a.id for t in span or []})
    out.update({i: a for i, a in st.token_actor.items() if a in st.ctx.actors})
    for t in st.doc:
        ids = words.get(fold(t.text))
        if t.i not in out and ids is not None and len(ids) == 1 and (t.pos_ == "PROPN" or t.is_lower):
            out[t.i] = next(iter(ids))
    return out


def _body_after(st: ActorState, actor: Actor, j: int, tokens: dict[int, str]) -> str | None:
    """The body of the title apposed right after a mention ending before token ``j``, if any."""
    doc = st.doc
    while j < len(doc) and doc[j].text in QUOTES:
        j += 1
    if j >= len(doc) or not (doc[j].text == "," or _copula(doc[j])):
        return None
    k = j + 1
    while k < len(doc) and doc[k].text in QUOTES:
        k += 1
    if doc[j].text == "," and k + 1 < len(doc) and doc[k].lower_ in _words("relatives") \
            and _copula(doc[k + 1], "relative_copulas"):
        k += 2  # ", who is/was the head of <body>" (s39-affil)
    if k < len(doc) and doc[k].lower_ in _words("determiners"):
        k += 1
    run: list[Token] = []
    while k < len(doc) and len(run) <= MAX_RUN and doc[k].lower_ not in _words("preps"):
        if doc[k].text == "," and run and doc[j].text == ",":
            break  # "X, spokesperson, <Union>, said" (s40-affil)
        if not _title_word(doc[k]) or k in tokens or st.token_actor.get(k) is not None:
            return None
        run.append(doc[k])
        k += 1
    if not run or k >= len(doc) or not _is_title(st, run):
        return None
    if doc[k].text == ",":
        return _apposed_body(st, actor, k + 1, tokens)
    return _object_body(st, actor, doc, k, tokens)


def _apposed_body(st: ActorState, actor: Actor, k: int, tokens: dict[int, str]) -> str | None:
    """A named organisation or group apposed right after the title's comma and closing there: "X,
    spokesperson, <Union>, said", "X, president, <Association>." -- the title's body written as a second
    apposition, as lists of office-holders do (s40-affil). A state there is where the person is from, not
    read."""
    doc = st.doc
    if k < len(doc) and doc[k].lower_ in _words("determiners"):
        k += 1
    aid = tokens.get(k)
    if aid is None or aid == actor.id or aid not in st.ctx.actors or not st.ctx.actors[aid].named or \
            st.ctx.actors[aid].kind not in ("organization", "group"):
        return None
    end = k
    while end + 1 < len(doc) and tokens.get(end + 1) == aid:
        end += 1
    closing = end + 1 >= len(doc) or doc[end + 1].is_punct or doc[end + 1].pos_ in ("VERB", "AUX")
    return aid if closing else None


def _copula(tok: Token, key: str = "copulas") -> bool:
    """A present "be" right after the name ("X is the director of Y"): the title is predicated of X as an
    apposition would give it (s39-affil); "X is not ..." fails the title run at "not". A past "be" there is
    a past title ("X was the head of Y"), which gives nothing; after ", who" (``key`` relative_copulas) the
    past one is read too ("X, who was the head of Y, said ...")."""
    return tok.lower_ in _words(key) and tok.pos_ == "AUX"


def _title_word(tok: Token) -> bool:
    """A word a title run may hold: adjectives, nouns, numbers and the hyphen of "secretary-general"."""
    return tok.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or tok.text == "-"


def _is_title(st: ActorState, run: list[Token]) -> bool:
    """The run holds a title word, no kin, no facing or past title, and ends in a noun."""
    lx = st.lx
    low = {t.lower_ for t in run} | {t.lemma_.lower() for t in run}
    heads = lx.gov_titles | _words("extra_heads")
    if not low & heads or low & (_words("blocked_heads") | lx.words.kin_nouns | lx.words.past_title_words):
        return False
    return run[-1].pos_ in ("NOUN", "PROPN")


def _object_body(st: ActorState, actor: Actor, doc: Doc, prep_i: int, tokens: dict[int, str]) -> str | None:
    """The named body of the phrase after the preposition at ``prep_i``: its first actor that is not a
    possessor ("<State>'s Foreign Ministry": the ministry), else the possessor ("<Movement>'s political
    bureau": the movement). The phrase ends at punctuation or a verb."""
    found: list[tuple[str, bool]] = []
    for t in doc[prep_i + 1: prep_i + 1 + MAX_OBJECT]:
        if t.is_punct and t.text != "-" and t.text not in QUOTES or t.pos_ in ("VERB", "AUX"):
            break
        aid = tokens.get(t.i)
        if aid is None or aid == actor.id or aid not in st.ctx.actors:
            continue
        other = st.ctx.actors[aid]
        if other.kind not in BODY_KINDS or not other.named or any(a == aid for a, _ in found):
            continue
        end = t.i
        while end + 1 < len(doc) and tokens.get(end + 1) == aid:
            end += 1
        possessor = end + 1 < len(doc) and doc[end + 1].tag_ == "POS"
        found.append((aid, possessor))
    for aid, possessor in found:
        if not possessor:
            return _allowed(st, doc[prep_i], aid)
    return _allowed(st, doc[prep_i], found[0][0]) if found else None


def _allowed(st: ActorState, prep: Token, aid: str) -> str | None:
    """ "for" never gives a state: "the envoy for <State>" is sent to it."""
    return None if prep.lower_ != st.lx.words.of and st.ctx.actors[aid].kind == "state" else aid


def title_organisations(st: ActorState) -> None:
    """A person's title the tagger made an organisation, written right before the person's name and a comma
    ("the Minister of Information and Culture, X"; "the National Security Adviser, Mal. X"): ``title_orgs``
    keeps it from being a body (names._name_of), and here the title becomes the person's descriptor, and the
    title's own side (its possessor, or a party named inside it: "Norland's Minister of Information, X")
    the person's. One mechanism: the same spans ``title_orgs.is_person_title`` drops (review s32).
    Why: the title then counts for the rules that read offices (``colleagues.sole_state_officials``)."""
    for span in st.doc.ents:
        name = st.lx.words.name_article.sub("", span.text).strip()
        if span.label_ != "ORG" or not is_person_title(st, name, span):
            continue
        person = _person_after_comma(st, span.end)
        if person is None or _fronted(st, span):
            continue  # (_fronted: "In a letter to the Minister of Information, X said": no title of X)
        if name not in person.descriptors:
            st.add_descriptor(person, name, TITLE_ORG)
        side = _title_side(st, span)
        if person.affiliation is None and side not in (None, person.id):
            st.set_affiliation(person, side, TITLE_ORG)


def _title_side(st: ActorState, span: Span) -> str | None:
    """The party a title names as its own: its possessor ("Norland's Minister ...") or a party inside it."""
    toks = [c for c in span.root.children if c.dep_ == "poss"] + list(span)
    for t in toks:
        aid = st.token_actor.get(t.i)
        if aid and aid in st.ctx.actors and st.ctx.actors[aid].kind != "person":
            return aid
    return None


def _fronted(st: ActorState, span: Span) -> bool:
    """The title is the object of a fronted phrase whose clause has the name after the comma as subject
    (title_orgs.fronted_object), read at the first token after the comma and its honorifics."""
    k = _after_honorifics(st, span.end + 1)
    return k < len(st.doc) and fronted_object(span.root, st.doc[k])


def _person_after_comma(st: ActorState, j: int) -> Actor | None:
    """The named person whose mention starts after a comma at token ``j`` and any honorifics."""
    doc = st.doc
    if j >= len(doc) or doc[j].text != ",":
        return None
    k = _after_honorifics(st, j + 1)
    for a in st.ctx.actors.values():
        if a.kind == "person" and a.named and any(m.start == doc[k].idx for m in a.mentions if k < len(doc)):
            return a
    return None


def _after_honorifics(st: ActorState, k: int) -> int:
    """The first token from ``k`` on that is no honorific ("Mal.", "Dr"), where a name after a title's comma starts."""
    while k < len(st.doc) and (st.doc[k].lower_ in st.lx.honorifics or st.doc[k].text == "."):
        k += 1
    return k
