"""Surnames of known people that NER did not tag ("..., Safadi said", "Vervoort-Hadzic").

Why: later mentions of a person are mostly the surname alone, which the model
often leaves untagged or tags as a place; they are mentions of that person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from backchannel.extract.actors.spans import POSS_SUFFIX
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold
from backchannel.resolve.merge import surname_forms


def untagged_surnames(st: ActorState) -> None:
    """Surnames of known people, whatever NER made of them ("..., Safadi said", "Vervoort-Hadzic").

    A capitalised token sequence equal to a surname form (``merge.surname_forms``) of
    exactly one named person is a mention of that person unless it is already part of
    another actor's mention or of a longer capitalised name.
    """
    forms: dict[str, str] = {}
    clash: set[str] = set()
    for a in st.ctx.actors.values():
        if a.kind == "person" and a.named:
            for f in surname_forms(a.name):
                if forms.get(f, a.id) != a.id:
                    clash.add(f)
                forms[f] = a.id
    for f in clash:
        forms.pop(f, None)
    if not forms:
        return
    by_first: dict[str, list[str]] = {}
    for f in sorted(forms, key=len, reverse=True):
        if f.split():  # a name of punctuation alone has no surname form
            by_first.setdefault(f.split()[0].split("-")[0], []).append(f)
    doc, text = st.doc, st.text
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if not tok.text[:1].isupper() and tok.lower_ not in st.lx.words.surname_particles:
            i += 1
            continue
        cands = by_first.get(fold(tok.text))
        if not cands or i in st.token_actor:
            i += 1
            continue
        hit = None
        for f in cands:
            # extend over tokens until the folded surface covers the form
            j, surf = i, ""
            while j < n and len(surf) < len(f):
                surf = fold(text[tok.idx: doc[j].idx + len(doc[j].text)])
                j += 1
            if surf == f:
                hit = (f, j)
                break
        if hit is None:
            i += 1
            continue
        f, j = hit
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[j] if j < n else None
        if prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.is_sent_start \
                and prev.lower_ not in st.lx.gov_titles and prev.i not in st.token_actor:
            i = j
            continue  # part of a longer name
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.i not in st.token_actor \
                and not POSS_SUFFIX.fullmatch(nxt.text):
            i = j
            continue
        if any(k in st.token_actor for k in range(i, j)):
            i = j
            continue
        s0, e0 = tok.idx, doc[j - 1].idx + len(doc[j - 1].text)
        if st.is_excluded(s0, e0):
            i = j
            continue
        aid = forms[f]
        st.add_mention(aid, s0, e0, doc[j - 1], "actors.surnames.untagged_surname")
        st.add_alias(aid, text[s0:e0], "actors.surnames.untagged_surname")
        i = j


def honorific_aliases(st: ActorState) -> None:
    """ "Sheikh Mohammed", "HE Sheikh Mohammed": an honorific that forms a name gives an alias.

    Reports name Gulf royals and officials by honorific and given name; that form (with
    every honorific written before it) is how readers and other reports refer to them.
    """
    doc, hon = st.doc, st.lx.words.name_honorifics
    for actor in st.ctx.actors.values():
        if actor.kind != "person" or not actor.named:
            continue
        for m in list(actor.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            i = span.start - 1
            while i >= 0 and doc[i].text in hon and doc[i].whitespace_:
                st.add_alias(actor.id, st.text[doc[i].idx: m.end], "actors.surnames.honorific_alias")
                i -= 1


TITLE_ALIAS = "actors.surnames.title_alias"


def title_aliases(st: ActorState) -> None:
    """ "President Haldor", "General Ola Brandt", "Sgt. Brandt": a title or rank written before a named
    person's name (or one of its aliases) forms a name of that person, an alias.

    Why: reports name officials, officers and clerics by title and surname ("Governor Lunde said"), and
    that form is how readers and other reports refer to them. Only a whole run of title words counts,
    one not preceded by another capitalised word: "Trade Minister Brandt" or "US President Haldor" has
    a title this list does not hold, and the part after it is no name. A "former" before the run stays
    ("former President Haldor"), as written.
    """
    doc, titles = st.doc, st.lx.words.name_titles
    past = st.lx.words.name_title_past
    for actor in st.ctx.actors.values():
        if actor.kind != "person" or not actor.named:
            continue
        own = {fold(x) for x in [actor.name, *actor.aliases]}
        for m in list(actor.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or fold(st.text[m.start:m.end]) not in own:
                continue
            i = _title_run(doc, span.start, titles)
            kept = i >= 0 and doc[i].lower_ in past and doc[i].whitespace_
            joined = i >= 0 and not doc[i].whitespace_ and not (doc[i].is_quote or doc[i].is_left_punct)
            if i == span.start - 1 or (i >= 0 and not kept and (doc[i].text[:1].isupper() or joined)
                                       and not doc[i + 1].is_sent_start):  # "Trade Minister", "Secretary-General"
                continue
            st.add_alias(actor.id, st.text[doc[i + 1].idx: m.end], TITLE_ALIAS)
            if kept:
                st.add_alias(actor.id, st.text[doc[i].idx: m.end], TITLE_ALIAS)


def _title_run(doc: Doc, start: int, titles: frozenset[str]) -> int:
    """The index of the token before the run of title words that ends right before token ``start`` ("Sgt." is
    also the tokens "Sgt" and "." when the tagger split them)."""
    i = start - 1
    while i >= 0 and doc[i].whitespace_:
        if doc[i].text in titles:
            i -= 1
        elif doc[i].text == "." and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text + "." in titles:
            i -= 2
        else:
            break
    return i


GIVEN_NAME = "actors.surnames.honorific_given_name"


def honorific_given_names(st: ActorState) -> None:
    """ "Mr Somsak" after "Somsak Chaiyaporn": in Thai, Icelandic or Indonesian usage a person is named
    again by honorific and GIVEN name (``actors.surnames.honorific_given_name``). A one-word person met
    after an honorific ("Mr", "Ms", "Dr") is the one full name of the report that starts with that word,
    whatever the tagger called it (a name in a list is often taken for an organisation), when no full name
    ends with it (then "Mr X" is that person's surname, the usual join)."""
    doc, hon = st.doc, st.lx.honorifics
    full = [a for a in st.ctx.actors.values() if a.named and a.kind in ("person", "organization")
            and len(a.name.split()) >= 2]
    for a in list(st.ctx.actors.values()):
        words = a.name.split()
        titled = len(words) == 2 and words[0].lower() in hon  # "Mr Somsak" made an actor of its own
        if a.id not in st.ctx.actors or not a.named or a.kind not in ("person", "group") or not (
                len(words) == 1 and a.kind == "person" or titled):
            continue
        roles = [] if titled else [r for m in a.mentions if (r := _role_before(st, m.start, m.end))]
        if not titled and not roles and not any(_after_honorific(doc, m.start, hon) for m in a.mentions):
            continue
        word = fold(words[-1])
        if any(fold(b.name.split()[-1]) == word for b in full if b.id != a.id):
            continue
        hits = [b for b in full if b.id != a.id and same_given(fold(b.name.split()[0]), word)
                and not (b.kind == "organization" and any(w.lower() in st.lx.org_words for w in b.name.split()))]
        # ("the Brandt Foundation" is no person: a name with a word of organisations stays what it is)
        if len(hits) == 1:
            hits[0].kind = "person"
            st.merge(a.id, hits[0].id, GIVEN_NAME)
            for r in roles:  # "Pilot Philip": the role and the given name, as the text writes them (s35-alias)
                st.add_alias(hits[0].id, r, GIVEN_NAME)


def same_given(a: str, b: str) -> bool:
    """Two spellings of one given name: equal, or equal once doubled letters are single ("Phillip" and
    "Philip", "Mohammed" and "Mohamed"). Why: reports and their sources transliterate or spell a name
    differently within one text (s35-alias)."""
    return a == b or len(a) >= 4 and re.sub(r"(.)\1", r"\1", a) == re.sub(r"(.)\1", r"\1", b)


def _role_before(st: ActorState, start: int, end: int) -> str | None:
    """The text "Pilot Philip" when a capitalised person noun stands right before the one-word name (a role
    used as a title: "Pilot", "Doctor", "Captain"); else None."""
    span = st.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = st.doc[span.start - 1]
    if prev.text[:1].isupper() and prev.lower_ in st.lx.person_nouns and prev.idx + len(prev.text) + 1 == start:
        return st.text[prev.idx:end]
    return None


FULL_NAME = "actors.surnames.surname_of_untyped_name"
NER_KIND_ONLY = "actors.names.kind_ner_label"


def surnames_of_untyped_names(st: ActorState) -> None:
    """ "Gomes said" after "Aijalon Mahli Gomes" that the tagger called an organisation: one person.

    Why: the tagger often labels an unfamiliar full name ORG (or a list of names a group) and the bare
    surname later PERSON; the usual surname join is between persons, so the report gets an organisation
    and a person of one man. A one-word person is the one multi-word name the tagger alone called an
    organisation or group (no evidence of kind: ``actors.names.kind_ner_label``) whose last word it is,
    when the name looks like a person's (two to four capitalised words, none a word of organisations,
    a nationality or a country) and no person's full name ends with that word. The name becomes a
    person's, the surname its alias."""
    acts = st.ctx.actors
    full = [a for a in acts.values() if a.kind == "person" and a.named and len(a.name.split()) >= 2]
    untyped = [a for a in acts.values() if a.named and a.kind in ("organization", "group")
               and a.traced("kind") == NER_KIND_ONLY and _personal(st, a.name)]
    for p in [a for a in list(acts.values()) if a.kind == "person" and a.named and len(a.name.split()) == 1]:
        word = fold(p.name)
        if p.id not in acts or any(fold(b.name.split()[-1]) == word for b in full):
            continue
        hits = [b for b in untyped if b.id in acts and fold(b.name.split()[-1]) == word]
        if len(hits) == 1:
            hits[0].kind = "person"
            st.ctx.trace(hits[0], "kind", FULL_NAME)
            st.merge(p.id, hits[0].id, FULL_NAME)


def _personal(st: ActorState, name: str) -> bool:
    """Does a name look like a person's: two to four capitalised words, none an organisation word, an
    acronym, a nationality or a country ("Aijalon Mahli Gomes", not "Harbour Relief Fund")?"""
    words = name.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha()
        and w.lower() not in st.lx.org_words and st.lx.demonym(w) is None and st.lx.country(w) is None
        for w in words)


def _after_honorific(doc: Doc, start: int, hon: frozenset[str]) -> bool:
    """The token before the character offset ``start`` is an honorific ("Mr", "Ms.", "Dr")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in hon
