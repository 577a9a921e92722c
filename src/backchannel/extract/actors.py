"""Actors stage: who the parties of the story are, named or not, with every mention.

Steps (each a small rule set over spaCy's parse, all linear in the document):

1. Furniture: bylines, datelines, reporting credits and the outlet's own sourcing
   are not part of the story; their spans are excluded and the outlet's and the
   authors' names are never actors.
2. States: country names, abbreviations, capitals and nationality adjectives are
   looked up in ``data/countries.toml`` (not in NER labels, which the small model
   gets wrong). Each use gets a role: a *venue* ("talks in Rome") or a *party*
   ("Washington said", "an Israeli airstrike", "Omani partners"). A state with at
   least one party use is an actor; a capital is an alias only where it acts.
3. Named actors: spaCy entities (PERSON, ORG, GPE/FAC not a country), repaired
   (extended over the rest of a name, split from titles, merged when adjacent)
   and grouped by name, surname and given name; their kind is decided from
   evidence (titles, honorifics, a given-name gazetteer, appositions, "the X
   administration"), not from the label alone.
4. Descriptors and affiliations: titles before a name, appositions, "served as";
   the organisation or state in a governmental title is the affiliation
   ("White House spokesperson", "Turkish President", "Qatar's Prime Minister").
5. Unnamed actors: descriptions headed by a role noun ("a Hamas official", "Two
   Egyptian security sources", "the unit assigned to guard ..."), institutions
   ("the Chinese foreign ministry", "Netanyahu's office") and government
   descriptions that are names of a state ("the Biden administration", "the
   Russian authorities", "occupiers").
6. Aliases stated in the text ("also known by his nom de guerre, Y", "(ASEAN)",
   "(@handle)") and pronoun resolution (``resolve/coref.py``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from backchannel.extract.context import Context, stage
from backchannel.model import Actor
from backchannel.resolve import coref
from backchannel.resolve.lexicon import Country, Lexicon, fold, lexicon
from backchannel.resolve.merge import NAME_PARTICLES, link_partial_names, name_tokens, surname_forms
from backchannel.resolve.phrases import STATE_IDS

ARTICLES = {"the", "a", "an"}
POSS_SUFFIX = re.compile(r"(?:['’ʼ]s|['’ʼ])$")
NAMED_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "UNIT", "PERSON?"}
SUBJ = {"nsubj", "nsubjpass"}
LEFT_MODS = {"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "advmod", "case", "punct",
             "npadvmod", "cc", "conj", "prep"}


# --------------------------------------------------------------------------- helpers

FORMAL_STATE = re.compile(r"((?:Islamic |Federal |Democratic |United |Arab )?(?:State|Kingdom|Republic|Sultanate|Emirate|"
                          r"Principality|Commonwealth) of )$")
LED_HEADS = {"coalition", "alliance", "force", "forces", "mission", "operation", "bloc", "administration"}
MEDIA_PRODUCTS = {"commentary", "report", "broadcast", "editorial", "outlet", "outlets", "article", "footage"}
ACRONYM_SKIPPABLE = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "el", "del", "on", "in"}


def initials_match(acronym: str, name: str) -> bool:
    """Does ``acronym`` spell the initials of ``name``? Function words may be skipped."""
    words = [w for w in re.split(r"[\s-]+", re.sub(r"['’]s\b", "", name)) if w]
    if len(words) < 2:
        return False
    acro = acronym.upper()

    def go(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acro)
        w = words[j]
        skippable = w.lower() in ACRONYM_SKIPPABLE
        if i < len(acro) and w[:1].upper() == acro[i] and go(i + 1, j + 1):
            return True
        return skippable and go(i, j + 1)

    return go(0, 0)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, stray quotes, a leading article and a trailing possessive from text[start:end]."""
    for _ in range(3):
        s0, e0 = start, end
        while start < end and (text[start].isspace() or text[start] in "\"“”‘'’("):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:\"“”)"):
            if text[end - 1] == "." and re.search(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$", text[start:end]):
                break  # "U.S.", "U.A.E." keep their final period
            end -= 1
        m = re.match(r"(?:the|The|THE)\s+", text[start:end])
        if m and end - start > m.end():
            start += m.end()
        m = POSS_SUFFIX.search(text[start:end])
        if m and end - start > len(m.group(0)) + 1:
            end -= len(m.group(0))
        while end > start and text[end - 1] in "'‘’ʼ" and text[start:end].count(text[end - 1]) == 1:
            end -= 1
        if (start, end) == (s0, e0):
            break
    return start, end


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip("'‘’ʼ").strip()
    text = text.replace('"', "").replace("“", "").replace("”", "")
    return re.sub(r"^(the|The)\s+", "", text).strip()


def _np_left(head: Token) -> list[Token]:
    """The head's pre-modifiers (contiguous, in its subtree) and the head itself."""
    toks = [head]
    i = head.i - 1
    sub = {t.i for t in head.subtree}
    while i >= 0 and i in sub:
        t = head.doc[i]
        if t.is_space or t.text in ("(", ")", "[", "]", "—", "–") or t.dep_ in ("relcl", "acl", "appos"):
            break
        if t.text == "," and not _inside_coordination(t, head):
            break
        toks.insert(0, t)
        i -= 1
    return toks


def _inside_coordination(comma: Token, head: Token) -> bool:
    """A comma between coordinated pre-modifiers ("Israeli, Palestinian, and American sources")."""
    return comma.head.i != head.i and comma.head.dep_ in ("amod", "compound", "conj") and comma.head.i < head.i


def _np_right(head: Token, preps: tuple[str, ...] = ("of", "from", "for", "with", "in")) -> list[Token]:
    """Post-modifiers that belong to a description: "of"/"from"/"for" phrases and participles."""
    out: list[Token] = []
    doc = head.doc
    # a prepositional phrase right after the head that the parser hung elsewhere
    # ("the exchange of Ukrainian commanders from Azovstal")
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in ("of", "from") and doc[head.i + 1].head.i != head.i \
            and doc[head.i + 2].pos_ == "PROPN":
        j = head.i + 2
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return list(doc[head.i + 1: j + 1])
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in preps or (
                c.dep_ == "acl" and c.tag_ == "VBN"):
            sub = [t for t in c.subtree if not t.is_space]
            # stop at a comma, a relative clause or a parenthesis
            cut = []
            for t in sub:
                if t.text in (",", "(", ";", "—", "–") or t.dep_ == "relcl":
                    break
                cut.append(t)
            if cut:
                out.extend(cut)
                continue
        break
    return out


def _span_text(doc: Doc, toks: list[Token]) -> str:
    if not toks:
        return ""
    # Doc.text rebuilds the whole string on every access: slice the tokens' own text instead
    out = []
    for t in toks[:-1]:
        out.append(t.text_with_ws)
    out.append(toks[-1].text)
    first, n = toks[0].i, len(toks)
    if toks[-1].i - first + 1 != n:  # non-contiguous: take the full range between them
        return "".join(t.text_with_ws for t in doc[first: toks[-1].i]) + toks[-1].text
    return "".join(out)


@dataclass
class StateHit:
    start: int
    end: int
    tok: Token  # root token of the hit
    country: Country
    how: str  # name | capital | demonym
    role: str = "party"  # party | venue | modifier | noun


@dataclass
class Named:
    """A group of name mentions believed to denote one actor."""

    name: str
    label: str
    mentions: list[tuple[int, int, Token]] = field(default_factory=list)  # (start, end, root)
    labels: Counter = field(default_factory=Counter)
    person_evidence: int = 0
    org_evidence: int = 0
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    aid: str | None = None


# --------------------------------------------------------------------------- the stage

@stage("actors")
def extract_actors(ctx: Context) -> None:
    ActorBuilder(ctx).run()


class ActorBuilder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc: Doc = ctx.doc
        self.text: str = ctx.document.text
        self.lx: Lexicon = lexicon()
        self.excluded: list[tuple[int, int]] = []
        self.outlets: set[str] = set()
        self.state_hits: list[StateHit] = []
        self.state_ids: dict[str, str] = {}  # country name -> actor id
        self.named: list[Named] = []
        self.token_actor: dict[int, str] = {}  # token index -> actor id (for affiliation look-ups)
        self.consumed: set[int] = set()  # tokens already part of a description or name
        self._ent_of: dict[int, Span] | None = None
        self.institutions: dict[tuple[str, str, str], str] = {}
        self._quotes: list[tuple[int, int]] | None = None
        self._quote_starts: list[int] = []
        self.desc_internal: set[int] = set()  # tokens inside the post-modifiers of a description
        self.ctx.notes[STATE_IDS] = self.state_ids

    # -- driver -----------------------------------------------------------------
    def run(self) -> None:
        self.find_furniture()
        self.find_states()
        self.find_named()
        self.materialise_states()
        self.materialise_named()
        self.untagged_surnames()
        self.acronyms()
        self.led_coalitions()
        self.descriptors_and_affiliations()
        self.stated_aliases()
        self.state_descriptors()
        self.government_descriptions()
        self.context_affiliations()
        self.definite_descriptions()
        self.compass_states()
        self.unnamed_actors()
        self.captives()
        self.same_event_persons()
        self.drop_places_inside_descriptions()
        for actor in self.ctx.actors.values():  # no affiliation may point at a dropped actor
            if actor.affiliation not in self.ctx.actors or actor.affiliation == actor.id:
                actor.affiliation = None
        coref.resolve_all(self.ctx)

    # -- 1. furniture -------------------------------------------------------------
    def find_furniture(self) -> None:
        d, text = self.ctx.document, self.text
        for who in (d.author, d.source):
            if who:
                for part in re.split(r",| and ", who):
                    if part.strip():
                        self.outlets.add(fold(part))
        for m in re.finditer(r"[^\n]+", text):
            para, s = m.group(0), m.start()
            stripped = para.strip()
            if re.match(r"By\s+[A-Z]", stripped) and len(stripped) < 120:
                self.excluded.append((s, m.end()))
                continue
            if re.match(r"\(?\s*(Reporting|Writing|Editing|Additional reporting|Compiled|Edited)\b.*\bby\b",
                        stripped):
                self.excluded.append((s, m.end()))
                for nm in re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", stripped):
                    self.outlets.add(fold(nm))
                continue
            dl = re.match(r"\s*([A-Z][A-Z.'’ -]{2,}[A-Z](?:,\s*[A-Z][\w. ]+)?)\s*(?:\(([^)]{2,40})\))?\s*[—–-]+\s",
                          para)
            if dl:
                self.excluded.append((s, s + dl.end()))
                if dl.group(2):
                    self.outlets.add(fold(dl.group(2)))
            tail = re.search(r"[—–-]\s*(Agencies|agencies|AFP|Reuters|AP|Staff)\s*$", para)
            if tail:
                self.excluded.append((s + tail.start(), m.end()))
            # the outlet's own sourcing: "Caliber.Az reports via foreign media"
            for om in re.finditer(r"([A-Z][\w.]*(?:\.[A-Za-z]{2,4}))\s+(?:reports|reported|writes|has learned)\b",
                                  para):
                self.outlets.add(fold(om.group(1)))
                end = para.find(".", om.end())
                self.excluded.append((s + om.start(), s + (end if end > 0 else len(para))))
            for om in re.finditer(r"\((?:Reporting|Writing|Editing|Additional reporting|Compiled)\b[^)]*\)", para):
                self.excluded.append((s + om.start(), s + om.end()))
                for nm in re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", om.group(0)):
                    self.outlets.add(fold(nm))
            for om in re.finditer(r"\b(?:told|to)\s+([A-Z][\w.&-]+(?: [A-Z][\w.&-]+)?)\s+on condition of anonymity",
                                  para):
                if om.group(1) in self.lx.agencies:
                    self.outlets.add(fold(om.group(1)))
        self.excluded.sort()

    def is_excluded(self, start: int, end: int) -> bool:
        return any(s <= start < e or s < end <= e for s, e in self.excluded)

    def is_outlet(self, name: str) -> bool:
        f = fold(name)
        return f in self.outlets or any(f == o.split(".")[0] for o in self.outlets if "." in o)

    # -- 2. states -----------------------------------------------------------------
    def find_states(self) -> None:
        doc, lx = self.doc, self.lx
        if doc.ents:
            self._ent_is_country(doc.ents[0][0])  # builds the token -> entity index
        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            if not tok.text[:1].isupper() or tok.ent_type_ == "PERSON" and tok.ent_iob_ != "" and \
                    not self._ent_is_country(tok):
                i += 1
                continue
            hit = None
            for size in (4, 3, 2, 1):
                if i + size > n:
                    continue
                span = doc[i: i + size]
                if any(t.is_space for t in span) or span[-1].is_punct or span[0].is_punct:
                    continue
                raw = span.text
                s, e = _strip_span(self.text, span.start_char, span.end_char)
                words = self.text[s:e]
                c = lx.country_name(words)
                how = "name"
                if c is None:
                    c = lx.capital(words)
                    how = "capital"
                if c is None and size <= 2:
                    c = lx.demonym(words)
                    how = "demonym"
                if c is None:
                    continue
                if words.islower() or (how != "demonym" and raw.lower() == raw):
                    continue
                if how == "name" and words.upper() == words and len(words) <= 3 and words != raw.strip() \
                        and not raw.strip().startswith(words):
                    continue
                hit = (span, s, e, c, how)
                break
            if hit is None:
                i += 1
                continue
            span, s, e, c, how = hit
            # inside a longer organisation name ("World Israel News") it is not a state mention
            if tok.ent_type_ == "ORG" and not self._ent_is_country(tok) and how != "demonym":
                i += len(span)
                continue
            if self.is_excluded(s, e):
                i += len(span)
                continue
            root = span.root
            role = self._state_role(root, how)
            if how == "demonym" and tok.ent_type_ == "ORG" and role == "modifier":
                # inside an organisation's name ("Turkish Airlines") the adjective is evidence of the
                # state only when the organisation is part of a government ("Chinese Foreign Ministry")
                ent = self._ent_of.get(tok.i) if self._ent_of else None
                is_title = ent is not None and any(POSS_SUFFIX.sub("", w.lower()) in lx.gov_titles
                                                   for w in ent.text.split()[1:])
                if ent is None or not (self._governmental(ent.text) or is_title):
                    role = "inside-name"
            self.state_hits.append(StateHit(s, e, root, c, how, role))
            i += len(span)

    def _governmental(self, name: str) -> bool:
        """An organisation name that belongs to a government ("Chinese Foreign Ministry", "Israeli army")."""
        words = {w.lower() for w in re.findall(r"\w+", name)}
        return bool(words & (self.lx.institutions | self.lx.gov_nouns | {
            "forces", "army", "military", "police", "navy", "intelligence", "embassy", "guard", "ministry"}))

    def _ent_is_country(self, tok: Token) -> bool:
        if self._ent_of is None:
            self._ent_of = {}
            for ent in tok.doc.ents:
                for i in range(ent.start, ent.end):
                    self._ent_of[i] = ent
        found = self._ent_of.get(tok.i)
        if found is None:
            return False
        ent = found
        s, e = _strip_span(self.text, ent.start_char, ent.end_char)
        return self.lx.country(self.text[s:e]) is not None

    def _state_role(self, tok: Token, how: str) -> str:
        lx = self.lx
        if how == "demonym":
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in SUBJ | {"dobj", "pobj"} and tok.tag_ in ("NNS", "NNPS"):
                if tok.dep_ in SUBJ and any(c.lower_ == "the" for c in tok.children):
                    return "party"  # "the Americans pressed Israel": the state's side
                return "noun"  # "Americans", "any American"
            if tok.dep_ in ("nsubj", "dobj", "pobj") and tok.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ == "compound" for c in tok.children):
                return "noun"
            head = self._nominal_head(tok)
            if head is not None and head.lemma_.lower() in lx.place_nouns:
                return "venue"
            return "modifier"
        # walk up coordination and apposition to the phrase's real position
        t = tok
        while t.dep_ in ("conj", "appos") and t.head.i != t.i:
            t = t.head
        dep = t.dep_
        if dep in ("compound", "nmod", "amod"):
            head = self._nominal_head(t)
            if head is not None and (head.lemma_.lower() in lx.place_nouns or head.ent_type_ in ("LOC", "GPE", "FAC")):
                return "venue"
            return "capital-modifier" if how == "capital" else "modifier"
        if dep == "pobj":
            prep = t.head
            p = prep.lower_
            gov = prep.head
            if p in lx.venue_preps and p != "between":
                return "venue"
            if p in ("to", "for", "from", "towards"):
                if gov.lemma_.lower() in lx.motion:
                    return "venue"
                if p == "from" and (any(c.lower_ == "to" for c in gov.children if c.dep_ == "prep")
                                    or any(c.lower_ == "to" for c in t.children)):
                    return "venue"
                if p == "from" and gov.pos_ == "PROPN":
                    return "venue"
                if p == "to" and any(t.lower_ == "from" for t in t.doc[max(prep.i - 5, 0): prep.i]):
                    return "venue"  # "from Yemen to Syria"
            if how == "capital":
                return "venue" if p not in ("by", "from", "with", "between", "against", "of") else "party"
            return "party"
        if how == "capital":
            if dep in SUBJ or dep in ("poss", "dative", "iobj") or (
                    dep == "dobj" and t.head.lemma_.lower() in lx.meet_verbs | {"thank"}):
                return "party"
            if dep == "dobj":
                return "party" if t.head.lemma_.lower() not in lx.motion else "venue"
            return "venue"
        if dep in ("ROOT", "dep", "npadvmod") and tok.i == tok.sent.start:
            return "venue"  # a dateline-like opening
        return "party"

    @staticmethod
    def _nominal_head(tok: Token) -> Token | None:
        t = tok
        for _ in range(6):
            if t.dep_ in ("compound", "amod", "nmod", "punct", "conj", "cc") and t.head.i != t.i:
                t = t.head
                if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.dep_ not in ("compound", "amod", "conj")):
                    return t
            else:
                break
        return t if t is not tok else None

    # -- 3. named actors -----------------------------------------------------------
    def _spans_from_ents(self) -> list[tuple[int, int, str, Span]]:
        doc, text = self.doc, self.text
        out: list[tuple[int, int, str, Span]] = []
        ents = list(doc.ents)
        k = 0
        while k < len(ents):
            ent = ents[k]
            label = ent.label_
            start, end = ent.start, ent.end
            if label in ("GPE", "ORG", "NORP") and end - start == 1 and self.lx.is_first_name(doc[start].text) and \
                    not self.lx.country(doc[start].text) and end < len(doc) and doc[end].pos_ == "PROPN" and \
                    doc[end].text[:1].isupper() and not doc[end].ent_type_ and \
                    text[doc[start].idx + len(doc[start].text): doc[end].idx] == " ":
                label = "PERSON"  # "Nadia" tagged as a place before an untagged surname
            if label == "PERSON" and all(self.lx.demonym(t.text) for t in ent) and \
                    not self.lx.is_first_name(ent.text):
                label = "NORP"  # "Ugandan" tagged as a person before "President Yoweri Museveni"
            if label in ("PRODUCT", "WORK_OF_ART", "FAC", "LOC", "NORP", "ORG") and end - start >= 2 and \
                    self.lx.is_first_name(doc[start].text) and all(t.pos_ == "PROPN" or t.text == "-" for t in ent) \
                    and not any(t.lower_ in self.lx.org_words for t in ent) and not self.lx.country(ent.text):
                label = "PERSON"  # "Fatoumata Ndiaye-Sarr" tagged as a product
            if label in ("PERSON", "FAC", "ORG") and all(t.pos_ == "PROPN" for t in ent):
                # given names the model left out: "María" + "Fernanda Quintero"
                while start > 0 and start > ent.start - 2 and doc[start - 1].pos_ == "PROPN" and \
                        self.lx.is_first_name(doc[start - 1].text) and not doc[start - 1].ent_type_ and \
                        text[doc[start - 1].idx + len(doc[start - 1].text): doc[start].idx] == " " and \
                        doc[start - 1].lower_ not in self.lx.gov_titles:
                    start -= 1
            if label == "PERSON":
                # titles and honorifics inside the entity are not the name: "Sultan Haitham bin Tariq"
                while end - start > 1 and (doc[start].lower_.rstrip(".") in {h.rstrip(".") for h in self.lx.honorifics}
                                           or doc[start].lower_ in self.lx.gov_titles
                                           or doc[start].lower_ in self.lx.title_prefixes) \
                        and doc[start + 1].lower_ not in self.lx.name_particles:
                    start += 1  # (but "Sultan bin Fahad": a given name before a particle)

                # extend over the rest of a name: "Mohammed bin Abdulrahman" + "Al Thani"
                while end < len(doc):
                    nxt = doc[end]
                    gap = text[doc[end - 1].idx + len(doc[end - 1].text): nxt.idx]
                    if gap not in (" ", "") or nxt.ent_type_ in ("GPE", "ORG", "NORP", "DATE", "CARDINAL"):
                        break
                    if nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not nxt.text.endswith(("ʼs", "’s")):
                        end += 1
                    elif nxt.lower_ in self.lx.name_particles and end + 2 < len(doc) and doc[end + 1].text == "-" \
                            and doc[end + 2].text[:1].isupper() and not doc[end + 1].whitespace_ \
                            and not nxt.whitespace_:
                        end += 3  # "al-Mutawakkil" split into three tokens
                    elif nxt.lower_ in self.lx.name_particles and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                        end += 1
                    else:
                        break
                    if k + 1 < len(ents) and ents[k + 1].start < end:
                        k += 1
            if label == "ORG" and end - start >= 2 and doc[end - 1].lower_ in self.lx.gov_nouns:
                # "the Trump Administration": a leader's name and a government noun
                name_toks = [t for t in doc[start:end - 1] if t.pos_ == "PROPN" and not self.lx.country(t.text)]
                if name_toks and not any(self.lx.demonym(t.text) for t in doc[start:end - 1]):
                    out.append((name_toks[0].i, name_toks[-1].i + 1, "PERSON?", doc[name_toks[0].i: name_toks[-1].i + 1]))
                k += 1
                continue
            if label == "ORG" and k + 1 < len(ents):
                nxt_ent = ents[k + 1]
                gap = text[ent.end_char: nxt_ent.start_char]
                if gap == " " and nxt_ent.label_ in ("PERSON", "ORG") and len(nxt_ent) == 1 and \
                        doc[nxt_ent.start].dep_ == doc[end - 1].dep_ and not self.lx.country(nxt_ent.text):
                    end = nxt_ent.end  # "CNN" + "Türk"
                    k += 1
            out.append((start, end, label, doc[start:end]))
            k += 1
        out.extend(self._names_after_titles(out))
        # an acronym after "the" that the model left untagged: "The ELN has refused ..."
        for tok in doc:
            t = tok.text
            acronym = t.isupper() and t.isalnum() and t[0].isalpha() and 2 <= len(t) <= 6  # "ELN", "M19"
            if tok.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT") or tok.pos_ != "PROPN" or not acronym \
                    or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.dep_ == "compound" \
                    or self.lx.country(t) or self.lx.bloc(t) or self.lx.demonym(t) or t.lower() in self.lx.gov_titles:
                continue
            if tok.dep_ in SUBJ or tok.dep_ in ("dobj", "pobj", "poss", "conj"):
                out.append((tok.i, tok.i + 1, "ORG", doc[tok.i: tok.i + 1]))
        # quoted or capitalised names of units: the "Azov" regiment
        for tok in doc:
            if tok.lemma_.lower() in self.lx.unit_heads and tok.pos_ == "NOUN":
                for c in tok.children:
                    if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i and \
                            c.ent_type_ not in ("GPE", "NORP", "ORG") and not self.lx.country(c.text):
                        out.append((c.i, c.i + 1, "UNIT", doc[c.i: tok.i + 1]))
        # untagged possessive names before a person noun: "Putinʼs crony"
        for tok in doc:
            if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            m = POSS_SUFFIX.search(tok.text)
            after = tok.nbor(1) if tok.i + 1 < len(doc) else None
            has_poss = bool(m and len(m.group(0)) > 1) or (after is not None and after.tag_ == "POS")
            if not has_poss:
                continue
            base = tok.text[: len(tok.text) - len(m.group(0))] if m else tok.text
            if base.lower() in self.lx.gov_titles or self.lx.country(base) or fold(base) in self.lx.regions:
                continue
            out.append((tok.i, tok.i + 1, "PERSON?", doc[tok.i: tok.i + 1]))
        return out

    def _names_after_titles(self, found: list[tuple[int, int, str, Span]]) -> list[tuple[int, int, str, Span]]:
        """Names the model missed right after a governmental title: "Angolan Foreign Minister X Y".

        A run of 2-4 capitalised proper nouns directly after a title head is a person's name when
        no named span already covers it and none of its words is a state, a bloc or an organisation word.
        """
        doc, text, lx = self.doc, self.text, self.lx
        # a one-word NORP inside the run is the model's misreading of a given name ("Therese")
        covered = {i for s, e, lab, sp in found if lab in NAMED_LABELS and not (
            lab == "NORP" and not lx.demonym(sp.text) and not lx.country(sp.text)) for i in range(s, e)}
        out: list[tuple[int, int, str, Span]] = []
        for tok in doc:
            if tok.lower_ not in lx.gov_titles or tok.i + 2 > len(doc):
                continue
            start = end = tok.i + 1
            while end < len(doc) and end - start < 5:
                nxt = doc[end]
                gap = text[doc[end - 1].idx + len(doc[end - 1].text): nxt.idx]
                if gap != " " or not nxt.text[:1].isupper() or not nxt.is_alpha or nxt.pos_ not in ("PROPN", "NOUN"):
                    break
                end += 1
            if not 2 <= end - start <= 4 or any(i in covered for i in range(start, end)):
                continue
            words = [t.text for t in doc[start:end]]
            if any(w.lower() in lx.gov_titles or w.lower() in lx.title_prefixes or w.lower() in lx.org_words
                   or lx.country(w) or lx.demonym(w) or fold(w) in lx.cities for w in words) \
                    or lx.country(" ".join(words)) or lx.bloc(" ".join(words)):
                continue
            out.append((start, end, "PERSON", doc[start:end]))
            covered.update(range(start, end))
        return out

    def find_named(self) -> None:
        doc, text, lx = self.doc, self.text, self.lx
        by_key: dict[str, Named] = {}
        surnames = {fold(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        state_chars = {(h.start, h.end) for h in self.state_hits}
        state_starts = {h.start for h in self.state_hits}
        for start, end, label, span in self._spans_from_ents():
            if label == "NORP":
                # a people or movement acting as a party: "the Kurds rejected", "the Houthis said"
                r = span.root
                if len(span) == 1 and r.tag_ in ("NNPS", "NNS") and r.dep_ in SUBJ | {"dobj", "pobj", "poss"} \
                        and lx.demonym(r.text) is None:
                    label = "GROUP"
                else:
                    continue
            if label not in NAMED_LABELS and label != "GROUP":
                continue
            s, e = _strip_span(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            if e <= s:
                continue
            name = _clean(text[s:e])
            if not name or not any(ch.isupper() for ch in name[:1]) or self.is_excluded(s, e):
                continue
            if self.is_outlet(name) or fold(name) in lx.regions:
                continue
            if (s, e) in state_chars or s in state_starts and lx.country(name):
                continue
            if label == "LOC":
                bloc = lx.bloc(name)
                if not bloc:
                    continue
            if label in ("GPE", "FAC") and fold(name) in lx.cities:
                continue
            if label == "ORG":
                if fold(name) in lx.cities:
                    continue
                if span.root.dep_ != "compound" and any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children):
                    continue  # "a former Marine": a common noun, not a name
                words = [w.lower() for w in re.findall(r"[\w']+", name)]
                if words and lx.demonym(name.split()[0]) and all(
                        w in lx.gov_titles or w in lx.title_prefixes or POSS_SUFFIX.sub("", w) in lx.gov_titles
                        for w in [POSS_SUFFIX.sub("", x) for x in words[1:]]):
                    continue  # "Turkish Presidentʼs": a title, not an organisation
            if all(t.lower_ in lx.gov_titles or t.lower_ in lx.title_prefixes for t in span if not t.is_punct):
                continue
            if label == "ORG" and start >= 2 and doc[start - 1].lower_ == "of" and \
                    doc[start - 2].lemma_.lower() in lx.gov_titles and len(span) == 1:
                continue  # "Secretary of State", "Minister of Defence"
            if label == "ORG" and end < len(doc) and doc[end].lemma_.lower() in lx.gov_titles and \
                    doc[end].text[:1].isupper() and span.root.dep_ == "compound" and len(span) <= 2 and \
                    not any(t.text.isupper() for t in span):
                continue  # "Defence Minister": the first words of a title
            root = span.root
            nxt_tok = doc[end] if end < len(doc) else None
            if label in ("PERSON", "GPE", "FAC", "LOC", "ORG") and nxt_tok is not None and root.dep_ == "compound" \
                    and nxt_tok.lower_ in lx.place_nouns and nxt_tok.pos_ == "NOUN" and root.head.i == nxt_tok.i:
                continue  # "the Gazivoda lake", "the Rafah crossing": a place, not a party
            if label == "UNIT":
                unit_head = span[-1]
                name = _clean(f"{span[0].text} {unit_head.text}")
                key = fold(name)
                nm = by_key.get(key) or by_key.get(fold(span[0].text))
                if nm is None:
                    nm = Named(name=name, label="ORG")
                    self.named.append(nm)
                nm.name = name
                nm.org_evidence += 3
                if span[0].text not in nm.aliases:
                    nm.aliases.append(span[0].text)
                by_key[key] = nm
                by_key[fold(span[0].text)] = nm
                nm.mentions.append((span[0].idx, span[0].idx + len(span[0].text), span[0]))
                nm.labels["ORG"] += 1
                continue
            bloc = lx.bloc(name)
            surface = name
            if bloc:
                name = bloc[0]  # "EU" and "the European Union" are one actor
            key = fold(name)
            if self._conquered_place(span, label):
                continue  # "the rebels seized Goma": a place taken, not a party
            if label in ("GPE", "FAC"):
                # a place not in the gazetteer is an actor only where it acts
                if self._unknown_place_is_venue(root) and key not in by_key and key not in surnames:
                    continue
            nm = by_key.get(key)
            if nm is None:
                nm = Named(name=name, label=label)
                by_key[key] = nm
                self.named.append(nm)
            if label == "PERSON" and len(span) == 1 and span.root.tag_ == "NNPS":
                label = "GROUP"  # "the Houthis": a plural name is a group, not a person
            nm.labels[label.rstrip("?")] += 1
            nm.mentions.append((s, e, root))
            if fold(surface) != key and surface not in nm.aliases:
                nm.aliases.append(surface)
            self._kind_evidence(nm, span, label)
        self._link_names()

    def _pair_anaphor(self, tok: Token, mods: list[Token]) -> bool:
        """A definite plural with a number that refers back: "the two leaders", "both sides".

        Only when nothing else specifies it (no party, nationality or "of" phrase) and at least
        two actors were mentioned before it.
        """
        words = {t.lower_ for t in mods}
        counted = "both" in words or ("the" in words or "these" in words) and bool(words & self.lx.pair_numbers)
        if not counted:
            return False
        if any(t.i in self.token_actor or self.lx.demonym(t.text) for t in mods) or any(
                c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children):
            return False
        before = {aid for i, aid in self.token_actor.items() if i < tok.i}
        return len(before) >= 2

    def _conquered_place(self, span: Span, label: str) -> bool:
        """A capitalised object of a verb of seizure ("seized Goma", "captured X and Y"): a place.

        Not when the name is a known state or bloc, looks like a person's full name (several words
        tagged as a person, a known given name) or an organisation's.
        """
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ != "dobj" or root.head.lemma_.lower() not in self.lx.conquest_verbs:
            return False
        name = span.text
        if self.lx.country(name) or self.lx.bloc(name) or self._org_like(name):
            return False
        if label.startswith("PERSON") and (len(span) > 1 or self.lx.is_first_name(span[0].text)):
            return False
        return label in ("PERSON", "PERSON?", "ORG", "GPE", "FAC", "LOC")

    def _unknown_place_is_venue(self, root: Token) -> bool:
        if root.dep_ in SUBJ or root.dep_ == "poss":
            return False
        return True

    def _kind_evidence(self, nm: Named, span: Span, label: str) -> None:
        lx, doc = self.lx, self.doc
        toks = [t for t in span if not t.is_punct]
        words = [t.text for t in toks]
        if label == "PERSON" and len(words) >= 2:
            nm.person_evidence += 2
        if label == "PERSON?":
            nm.person_evidence += 1
        if len(words) >= 2 and lx.is_first_name(words[0]) and not any(w.lower() in lx.org_words for w in words):
            nm.person_evidence += 2
        if any(w.lower() in lx.org_words for w in words[1:]) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
            nm.org_evidence += 2
        if len(words) >= 2 and (words[-1].lower() in lx.org_words or words[-1].lower() in lx.unit_heads):
            nm.org_evidence += 1  # "Qassam Brigades": a name ending in an organisation word
        first = span[0]
        if first.i > 0:
            prev = doc[first.i - 1]
            if prev.lower_.rstrip(".") in {h.rstrip(".") for h in lx.honorifics} or (
                    prev.lemma_.lower() in lx.gov_titles and prev.dep_ == "compound"):
                nm.person_evidence += 2
        root = span.root
        for c in list(root.children) + ([root.head] if root.dep_ == "appos" else []):
            if c.dep_ == "appos" or c is root.head:
                if c.lemma_.lower() in lx.person_nouns and c.pos_ == "NOUN":
                    nm.person_evidence += 2
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.lower_ in lx.gov_nouns and nxt.lower_ in lx.gov_default and root.dep_ == "compound":
            nm.person_evidence += 3  # "the Trump Administration": a leader's name
        if root.dep_ == "poss" or POSS_SUFFIX.search(span[-1].text):
            head = root.head if root.dep_ == "poss" else (doc[span.end] if span.end < len(doc) else root)
            if head.lemma_.lower() in lx.person_relations:
                nm.person_evidence += 2

    def _link_names(self) -> None:
        """Fold surname/given-name mentions into the full name they abbreviate."""
        persons = [nm for nm in self.named if len(name_tokens(nm.name)) > 1 and
                   (nm.person_evidence > nm.org_evidence or nm.labels.get("PERSON", 0) > 0)]
        full = [nm.name for nm in persons]
        by_name = {nm.name: nm for nm in persons}
        alias_index = {fold(a): nm for nm in self.named for a in nm.aliases}
        singular = {fold(nm.name): nm for nm in self.named if " " not in nm.name}
        keep: list[Named] = []
        for nm in self.named:
            target = None
            f = fold(nm.name)
            if " " not in nm.name and f.endswith("s") and f[:-1] in singular and singular[f[:-1]] is not nm \
                    and nm.person_evidence == 0 and singular[f[:-1]].person_evidence == 0:
                target = singular[f[:-1]]  # "Houthis" -> "Houthi"
            if fold(nm.name) in alias_index and alias_index[fold(nm.name)] is not nm:
                target = alias_index[fold(nm.name)]
            elif (
                    nm.org_evidence < 2 or not self._org_like(nm.name)):
                full_name = link_partial_names([f for f in full if f != nm.name], nm.name)
                if full_name is None and "-" in nm.name:
                    full_name = link_partial_names(full, nm.name.split("-")[-1])
                if full_name:
                    target = by_name[full_name]
            if target is not None and target is not nm:
                target.mentions.extend(nm.mentions)
                target.person_evidence += nm.person_evidence
                if nm.name not in target.aliases and fold(nm.name) != fold(target.name):
                    target.aliases.append(nm.name)
                continue
            keep.append(nm)
        self.named = keep

    def _org_like(self, name: str) -> bool:
        """A name that looks like an organisation's: an acronym or an organisation word in it."""
        words = [w.lower() for w in re.findall(r"[\w']+", name)]
        return name.isupper() or any(w in self.lx.org_words or w in self.lx.unit_heads for w in words)

    # -- materialise ----------------------------------------------------------------
    def state_actor(self, country: Country) -> str:
        aid = self.state_ids.get(country.name)
        if aid is None:
            aid = self.ctx.new_actor_id(country.name)
            self.ctx.add_actor(Actor(id=aid, name=country.name, kind="state"))
            self.state_ids[country.name] = aid
        return aid

    def add_mention(self, aid: str, start: int, end: int, root: Token | None = None) -> None:
        start, end = _strip_span(self.text, start, end)
        if end <= start:
            return
        self.ctx.add_mention(aid, start, end)
        if root is not None:
            self.token_actor.setdefault(root.i, aid)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for t in span:
                self.token_actor.setdefault(t.i, aid)

    def add_alias(self, aid: str, alias: str) -> None:
        a = self.ctx.actors[aid]
        alias = _clean(alias)
        if alias and fold(alias) != fold(a.name) and all(fold(alias) != fold(x) for x in a.aliases):
            a.aliases.append(alias)

    def materialise_states(self) -> None:
        acting = {h.country.name for h in self.state_hits if h.role in ("party", "modifier") and
                  not (h.how == "demonym" and h.country.people)}
        for h in self.state_hits:
            if h.country.name not in acting or h.role == "noun":
                continue
            if h.how == "capital" and h.role not in ("party",):
                continue
            aid = self.state_actor(h.country)
            start = h.start
            if h.how == "name":
                # "the State of Qatar", "the Kingdom of Bahrain": a formal name of the state
                fm = FORMAL_STATE.search(self.text, max(h.start - 40, 0), h.start)
                if fm and fm.end() == h.start:
                    start = fm.start(1)
            self.add_mention(aid, start, h.end, h.tok)
            if h.how in ("name", "capital"):
                surface = self.text[start:h.end]
                self.add_alias(aid, surface)

    def untagged_surnames(self) -> None:
        """Surnames of known people, whatever NER made of them ("..., Safadi said", "Vervoort-Hadzic").

        A capitalised token sequence equal to a surname form (``merge.surname_forms``) of
        exactly one named person is a mention of that person unless it is already part of
        another actor's mention or of a longer capitalised name.
        """
        forms: dict[str, str] = {}
        clash: set[str] = set()
        for a in self.ctx.actors.values():
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
        doc, text = self.doc, self.text
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            if not tok.text[:1].isupper() and tok.lower_ not in NAME_PARTICLES:
                i += 1
                continue
            cands = by_first.get(fold(tok.text))
            if not cands or i in self.token_actor:
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
                    and prev.lower_ not in self.lx.gov_titles and prev.i not in self.token_actor:
                i = j
                continue  # part of a longer name
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.i not in self.token_actor \
                    and not POSS_SUFFIX.fullmatch(nxt.text):
                i = j
                continue
            if any(k in self.token_actor for k in range(i, j)):
                i = j
                continue
            s0, e0 = tok.idx, doc[j - 1].idx + len(doc[j - 1].text)
            if self.is_excluded(s0, e0):
                i = j
                continue
            aid = forms[f]
            self.add_mention(aid, s0, e0, doc[j - 1])
            self.add_alias(aid, text[s0:e0])
            i = j

    def materialise_named(self) -> None:
        lx = self.lx
        for nm in self.named:
            if nm.person_evidence > nm.org_evidence:
                kind = "person"
            elif nm.org_evidence > nm.person_evidence:
                kind = "organization"
            else:
                top = nm.labels.most_common(1)[0][0] if nm.labels else "ORG"
                kind = {"PERSON": "person", "ORG": "organization", "GPE": "state", "FAC": "organization",
                        "LOC": "group", "PERSON?": "person", "GROUP": "group"}.get(top, "organization")
            bloc = lx.bloc(nm.name)
            if bloc:
                kind = bloc[1]
            nm.kind = kind
            aid = self.ctx.new_actor_id(nm.name)
            actor = Actor(id=aid, name=nm.name, kind=kind)  # type: ignore[arg-type]
            self.ctx.add_actor(actor)
            nm.aid = aid
            for al in nm.aliases:
                self.add_alias(aid, al)
            for s, e, root in nm.mentions:
                self.add_mention(aid, s, e, root)
                surface = _clean(self.text[s:e])
                if fold(surface) != fold(nm.name):
                    self.add_alias(aid, surface)
            body = lx.body(nm.name)
            if body is not None and kind == "organization":
                actor.affiliation = self.state_actor(body)
            elif kind == "organization" and lx.demonym(nm.name.split()[0]) and self._governmental(nm.name):
                c = lx.demonym(nm.name.split()[0])
                if c and not c.people:
                    actor.affiliation = self.state_actor(c)

    # -- 4. descriptors and affiliations -----------------------------------------
    def _desc_tokens(self, head: Token) -> tuple[list[Token], list[Token]]:
        """(modifier+head tokens without determiners, right modifiers) of a descriptive NP."""
        left = [t for t in _np_left(head) if not (t.dep_ == "det" or t.tag_ == "PRP$" or t.dep_ == "case")]
        while left and (left[0].is_punct or left[0].dep_ == "poss" and self._actor_of_token(left[0])):
            left = left[1:]
        while left and (left[0].dep_ == "case" or left[0].tag_ == "POS"):
            left = left[1:]
        # a possessive chain: "Colombian President Gustavo Petro's peace commissioner" -> "peace commissioner"
        cut = max((k for k, t in enumerate(left[:-1]) if t.dep_ == "poss" and t.tag_ != "PRP$"), default=-1)
        if cut >= 0:
            left = left[cut + 1:]
        return left, _np_right(head)

    def _actor_of_token(self, tok: Token) -> str | None:
        aid = self.token_actor.get(tok.i)
        if aid:
            return aid
        return self.ctx.coref.get(tok.i)

    def _affiliation_in(self, toks: list[Token], exclude: str | None = None) -> str | None:
        """The first organisation/state actor mentioned among ``toks`` (not ``exclude``)."""
        found: list[str] = []
        for t in toks:
            aid = self._actor_of_token(t)
            if aid is None and t.tag_ == "PRP$" and t.lower_ in ("its", "his", "her", "their"):
                aid = self._nearest_party(t)
            if aid and aid != exclude and aid not in found:
                kind = self.ctx.actors[aid].kind
                if kind in ("organization", "state", "group"):
                    found.append(aid)
                elif kind == "person":
                    owner = self.ctx.actors[aid].affiliation
                    if owner:
                        found.append(owner)  # "Netanyahu's office"
        return found[0] if found else None

    def _nearest_party(self, pron: Token) -> str | None:
        """Quick antecedent for a possessive pronoun inside a description ("its spy service")."""
        want = ("organization", "state") if pron.lower_ == "its" else (
            ("person",) if pron.lower_ in ("his", "her") else ("organization", "state", "group"))
        sent = pron.sent
        doc = pron.doc
        # a subject of the same sentence first ("Y will meet X, his office said" -> Y) ...
        for i in range(pron.i - 1, sent.start - 1, -1):
            aid = self.token_actor.get(i)
            t = doc[i]
            if aid and self.ctx.actors[aid].kind in want and (
                    t.dep_ in SUBJ or t.dep_ in ("compound", "appos") and t.head.dep_ in SUBJ):
                return aid
        if pron.lower_ in ("its", "their"):
            # a subject the stage made no actor of ("The ELN has refused talks with Bogota, its
            # spokesman said"): the owner is that subject, not the party in its object
            for i in range(pron.i - 1, sent.start - 1, -1):
                t = doc[i]
                if t.dep_ in SUBJ and t.pos_ == "PROPN" and not self.token_actor.get(i) and \
                        not self.lx.country(t.text) and not self.lx.demonym(t.text):
                    return None
        # ... then the nearest mention
        lo = max(sent.start - 60, 0)
        for i in range(pron.i - 1, lo - 1, -1):
            aid = self.token_actor.get(i)
            if aid and self.ctx.actors[aid].kind in want:
                return aid
        return None

    def descriptors_and_affiliations(self) -> None:
        lx, doc = self.lx, self.doc
        for nm in self.named:
            actor = self.ctx.actors[nm.aid]  # type: ignore[index]
            for s, e, root in nm.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                root = span.root
                if actor.kind == "organization" and actor.affiliation is None:
                    # "Russia's Defence Ministry", "the Iraqi Interior Ministry"
                    # ... and "Ethiopia's state broadcaster EBC": the possessor of a title noun before it
                    mods = [c for c in root.children if c.i < span.start]
                    mods += [g for c in mods if c.dep_ == "compound" and c.pos_ == "NOUN"
                             for g in c.children if g.dep_ in ("poss", "amod")]
                    for c in mods:
                        if c.dep_ in ("poss", "amod", "compound") and c.i < span.start:
                            aff = self.token_actor.get(c.i)
                            if aff and aff != actor.id and self.ctx.actors[aff].kind == "state":
                                actor.affiliation = aff
                descs: list[tuple[list[Token], list[Token], Token]] = []
                # titles written before the name: "Strategic Affairs Minister Ron Dermer"
                pre = [t for t in root.subtree if t.i < span.start]
                pre_c: list[Token] = []
                for t in reversed(pre):
                    if t.i != (pre_c[0].i - 1 if pre_c else span.start - 1):
                        break
                    if t.dep_ == "det" or t.tag_ == "PRP$" or t.text in (",", "(", "[", "—"):
                        break
                    pre_c.insert(0, t)
                while pre_c and (pre_c[0].dep_ == "poss" or pre_c[0].tag_ == "POS"):
                    pre_c = pre_c[1:]
                if pre_c and (self._role_noun(pre_c[-1]) or POSS_SUFFIX.sub("", pre_c[-1].lower_) in lx.gov_titles):
                    full_pre = [t for t in root.subtree if t.i < span.start and t.i >= pre_c[0].i - 3]
                    descs.append((pre_c, [], pre_c[-1]))
                    # possessor of the title: "Qatar's Prime Minister", "Thailand's acting ..."
                    for t in full_pre:
                        if t.dep_ == "poss":
                            descs[-1] = (pre_c, [], pre_c[-1])
                            aff = self._actor_of_token(t)
                            if aff and actor.affiliation is None and aff != actor.id and \
                                    self.ctx.actors[aff].kind != "person":
                                actor.affiliation = aff
                # a name in brackets after a role: "Our president [Recep Erdogan]"
                if span.start >= 2 and doc[span.start - 1].text in ("[", "(") and \
                        self._role_noun(doc[span.start - 2]) and not self.token_actor.get(doc[span.start - 2].i):
                    descs.append(([doc[span.start - 2]], [], doc[span.start - 2]))
                # apposition: "Hamas's lead negotiator, Khalil al-Hayya"; "Bahbah, a ... businessman"
                appos_head = root.head if root.dep_ == "appos" and root.head.i < root.i else None
                if appos_head is None:
                    # the parser missed the apposition: "the Qatari emir, Sheikh Tamim ..."
                    j = span.start - 1
                    while j > 0 and doc[j].pos_ == "PROPN" and (doc[j].lower_ in lx.gov_titles or
                                                                doc[j].lower_.rstrip(".") in lx.honorifics):
                        j -= 1
                    if j > 0 and doc[j].text == "," and doc[j - 1].pos_ == "NOUN":
                        appos_head = doc[j - 1]
                if appos_head is not None and appos_head.pos_ in ("NOUN", "PROPN") \
                        and not self.token_actor.get(appos_head.i) and self._role_noun(appos_head):
                    h = appos_head
                    left, right = self._desc_tokens(h)
                    descs.append((left, right, h))
                    if actor.kind == "organization":
                        # "Hamas' armed wing, the Qassam Brigades": part of the possessor
                        for t in _np_left(h):
                            aff = self._actor_of_token(t) if t.dep_ == "poss" else None
                            if aff and aff != actor.id and actor.affiliation is None:
                                actor.affiliation = aff
                    for t in _np_left(h):
                        if t.dep_ == "poss":
                            aff = self._actor_of_token(t) or (self._nearest_party(t) if t.tag_ == "PRP$" else None)
                            if aff and aff != actor.id and actor.affiliation is None and \
                                    self.ctx.actors[aff].kind != "person" and h.lemma_.lower() in lx.gov_titles:
                                actor.affiliation = aff
                            elif aff and aff != actor.id and actor.affiliation is None and actor.kind == "person" \
                                    and self.ctx.actors[aff].kind == "person" and t.tag_ != "PRP$":
                                if h.lemma_.lower() in lx.personal_staff:
                                    actor.affiliation = aff  # "Cleverly's spokeswoman, Maria Hendry": works for him
                                elif h.lemma_.lower() in lx.gov_titles or self._role_noun(h):
                                    # "the President's peace commissioner": the President's side
                                    actor.affiliation = self.ctx.actors[aff].affiliation
                for c in root.children:
                    if c.dep_ == "appos" and c.pos_ == "NOUN" and not self.token_actor.get(c.i) and \
                            self._role_noun(c) and not self._describes_other(c) and not any(x.dep_ == "appos" and self.token_actor.get(x.i)
                                                           for x in c.children):
                        for h in [c, *[x for x in c.children if x.dep_ == "conj" and x.pos_ == "NOUN"]]:
                            left, right = self._desc_tokens(h)
                            descs.append((left, right, h))
                for h in self._predicates(root):
                    left, right = self._desc_tokens(h)
                    descs.append((left, right, h))
                for left, right, h in descs:
                    toks = left + right
                    if not toks:
                        continue
                    self.consumed.update(t.i for t in toks)
                    self.consumed.add(h.i)
                    d = self._descriptor_text(left, right)
                    if d and d not in actor.descriptors and fold(d) != fold(actor.name):
                        actor.descriptors.append(d)
                    if actor.affiliation is None and (h.lemma_.lower() in lx.gov_titles or any(
                            t.lemma_.lower() in lx.gov_titles for t in left)):
                        aff = self._affiliation_in(toks, exclude=actor.id)
                        if aff:
                            actor.affiliation = aff
                    if actor.affiliation is None and actor.kind == "person":
                        # an organisation named in any role: "ELN commander", "RSF leader",
                        # "Red Cross delegate" (a state needs a governmental title, above)
                        for t in left:
                            aff = self._actor_of_token(t)
                            if aff and aff != actor.id and self.ctx.actors[aff].kind in ("organization", "group") \
                                    and self.ctx.actors[aff].named:
                                actor.affiliation = aff
                                break

    def _predicates(self, root: Token) -> list[Token]:
        """Heads of "as" predicates of a mention: "served as the mediator", "acting as the host"."""
        out: list[Token] = []
        verbs = [root.head] if root.dep_ in SUBJ and root.head.lemma_ in self.lx.as_verbs else []
        verbs += [c for c in root.children if c.dep_ == "acl" and c.lemma_ in self.lx.as_verbs]
        for v in verbs:
            for p in v.children:
                if p.dep_ == "prep" and p.lower_ == "as":
                    out.extend(h for h in p.children if h.dep_ == "pobj" and h.pos_ == "NOUN")
        self.consumed.update(h.i for h in out)
        return out

    def state_descriptors(self) -> None:
        """Appositions and "as" predicates of states: "Qatar, a key mediator", "Oman acting as ..."."""
        seen: set[int] = set()
        for h in self.state_hits:
            aid = self.state_ids.get(h.country.name)
            if aid is None or h.role != "party" or h.tok.i in seen:
                continue
            seen.add(h.tok.i)
            root = h.tok
            heads = self._predicates(root)
            heads += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and self._role_noun(c)
                      and not self.token_actor.get(c.i) and not self._describes_other(c)]
            # "The United States and China, two key regional players": the apposition of a coordination
            top = root
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head
            if top is not root:
                heads += [c for c in top.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                          and self._role_noun(c) and not self.token_actor.get(c.i)]
            actor = self.ctx.actors[aid]
            for hd in heads:
                left, right = self._desc_tokens(hd)
                self.consumed.update(t.i for t in left + right)
                self.consumed.add(hd.i)
                left = [t for t in left if not t.like_num]
                d = self._descriptor_text(left, right)
                if d and d not in actor.descriptors:
                    actor.descriptors.append(d)

    def _pronoun_owned_title(self, root: Token) -> bool:
        """A name whose title has a possessive pronoun: "its spokesman X", "their envoy, X"."""
        heads = [root.head] if root.dep_ == "appos" else []
        heads += [c for c in root.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
        left = root.left_edge.i
        if left > 0 and self.doc[left - 1].pos_ == "NOUN":
            heads.append(self.doc[left - 1])
        return any(h.pos_ == "NOUN" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in h.children)
                   for h in heads)

    def _describes_other(self, noun: Token) -> bool:
        """An apposition that describes someone else: "talks with Kinshasa, its spokesman X said".

        A role noun with a possessive pronoun ("its/his/their spokesman") or followed by a name
        of its own is that other person's description, never the anchor's.
        """
        if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
            return True
        return any(c.i > noun.i and c.dep_ in ("appos", "compound", "nmod") and self.token_actor.get(c.i)
                   and self.ctx.actors[self.token_actor[c.i]].kind == "person" for c in noun.children)

    def _role_noun(self, tok: Token) -> bool:
        """A noun that can describe an actor (title, role, kind of organisation)."""
        lemma = tok.lemma_.lower()
        lx = self.lx
        return lemma in lx.person_nouns or lemma in lx.org_words or lemma in lx.unit_heads or \
            lemma in lx.unnamed_person or lemma in lx.unnamed_group or tok.lower_ in lx.gov_titles or \
            lemma in lx.descriptor_nouns

    def _descriptor_text(self, left: list[Token], right: list[Token]) -> str:
        toks = left + right
        if not toks:
            return ""
        # drop a leading possessor that is an organisation/state: it is the affiliation
        while toks and (toks[0].dep_ in ("poss", "case") or toks[0].tag_ in ("POS", "DT")) and \
                (self.token_actor.get(toks[0].i) and self.ctx.actors[self.token_actor[toks[0].i]].kind != "person"
                 or toks[0].tag_ in ("POS", "DT")):
            toks = toks[1:]
        if not toks:
            return ""
        return _clean(_span_text(self.doc, toks))

    # -- 5a. government descriptions, institutions ---------------------------------
    def government_descriptions(self) -> None:
        lx, doc = self.lx, self.doc
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.consumed:
                continue
            lemma = tok.lower_ if tok.lower_ in lx.gov_nouns else tok.lemma_.lower()
            text_l = tok.lower_
            if lemma in lx.gov_nouns or text_l in lx.gov_nouns:
                left = _np_left(tok)
                mods = [t for t in left if t.i != tok.i]
                state = None
                person = None
                for t in mods:
                    aid = self.token_actor.get(t.i)
                    if aid and self.ctx.actors[aid].kind == "state":
                        state = aid
                    elif aid and self.ctx.actors[aid].kind == "person":
                        person = aid
                if state is None and person is not None:
                    default = lx.gov_default.get(text_l) or lx.gov_default.get(lemma)
                    if default:
                        c = lx.country(default)
                        if c:
                            state = self.state_actor(c)
                    if state and self.ctx.actors[person].affiliation is None:
                        self.ctx.actors[person].affiliation = state
                if state is None:
                    continue
                if any(t.lower_ in lx.generic for t in mods):
                    continue
                words = [t for t in left if t.dep_ != "det" and t.tag_ != "PRP$"]
                if person is not None:
                    # "Pakistani Prime Minister Shehbaz Sharif's government" -> "Shehbaz Sharif's government"
                    firsts = [t for t in words if self.token_actor.get(t.i) == person]
                    if firsts:
                        words = [t for t in words if t.i >= firsts[0].i]
                if not words:
                    continue
                s, e = words[0].idx, tok.idx + len(tok.text)
                if self.is_excluded(s, e):
                    continue
                self.add_alias(state, _span_text(doc, words))
                self.add_mention(state, s, e, tok)
                self.consumed.update(t.i for t in left)
        # occupiers: the state the text links most with military action
        occ = [m for m in self._occupier_mentions()]
        if occ:
            target = self._military_state()
            if target:
                for s, e, toks in occ:
                    self.add_alias(target, self.text[s:e])
                    self.add_mention(target, s, e, toks[-1])
                    self.consumed.update(t.i for t in toks)

    def _occupier_mentions(self) -> list[tuple[int, int, list[Token]]]:
        out: list[tuple[int, int, list[Token]]] = []
        for tok in self.doc:
            if tok.pos_ != "NOUN":
                continue
            left = _np_left(tok)
            words = [t for t in left if t.dep_ != "det" and t.tag_ != "PRP$"]
            phrase = " ".join(t.lower_ for t in words)
            if tok.lower_ in self.lx.occupier and tok.lower_ != "occupation" or phrase in self.lx.occupier and len(words) > 1:
                if len(words) > 1 and phrase not in self.lx.occupier:
                    words = [tok]
                out.append((words[0].idx, tok.idx + len(tok.text), words))
        return out

    def _military_state(self) -> str | None:
        score: Counter = Counter()
        for h in self.state_hits:
            if h.country.name not in self.state_ids:
                continue
            head = h.tok.head
            if h.tok.dep_ in ("amod", "compound", "poss", "nmod") and head.lower_ in self.lx.military:
                score[self.state_ids[h.country.name]] += 1
        if not score:
            return None
        (best, n), *rest = score.most_common(2) + [(None, 0)]
        return best if n > rest[0][1] else None

    # -- 5b. unnamed actors ------------------------------------------------------
    def compass_states(self) -> None:
        """ "the North", "the South": the one acting state whose name starts with that word."""
        by_word: dict[str, list[str]] = {}
        for aid, a in self.ctx.actors.items():
            if a.kind == "state" and a.name.split()[0] in ("North", "South") and len(a.name.split()) == 2:
                by_word.setdefault(a.name.split()[0], []).append(aid)
        if not by_word:
            return
        doc = self.doc
        for tok in doc:
            cands = by_word.get(tok.text)
            if not cands or len(cands) != 1 or tok.i == 0 or doc[tok.i - 1].lower_ != "the" \
                    or tok.i in self.token_actor:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.tag_ != "POS":
                continue  # "the South China Sea"
            aid = cands[0]
            self.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok)
            self.add_alias(aid, tok.text)

    def definite_descriptions(self) -> None:
        """ "the rebels", "the paramilitary group", "the bloc": an organisation named before.

        The description resolves to the nearest preceding named organisation or group of
        the right sort (a non-state party for armed/movement words, a known bloc for
        "the bloc"); it becomes a mention (and ``ctx.coref`` entry) of that actor and, as
        written, one of its aliases.
        """
        lx, doc, acts = self.lx, self.doc, self.ctx.actors
        heads = lx.definite_org_heads | lx.definite_bloc_heads
        if not heads:
            return
        order = sorted(self.token_actor.items())
        idx = [i for i, _ in order]
        for tok in doc:
            low = tok.lower_
            if low not in heads or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.i in self.token_actor \
                    or tok.i in self.consumed or tok.dep_ in ("compound",):
                continue
            left = [t for t in _np_left(tok) if t.i != tok.i]
            if not left or left[0].lower_ != "the" or any(
                    t.lower_ not in lx.definite_org_modifiers and t.lower_ != "the" for t in left):
                continue  # only "the (armed) group": a modifier of another kind makes a new description
            if any(c.dep_ in ("prep", "acl", "relcl") for c in tok.rights):
                continue  # "the group of mediators", "the group that ..."
            if self.is_excluded(tok.idx, tok.idx + len(tok.text)):
                continue
            bloc_word = low in lx.definite_bloc_heads
            mods = {t.lower_ for t in left}
            armed = bool(mods & {"paramilitary", "armed", "rebel", "militant", "insurgent", "guerrilla"}) or \
                low not in ("group", "organisation", "organization", "movement", "faction")
            target = None
            k = bisect.bisect_left(idx, tok.i) - 1
            seen = 0
            while k >= 0 and seen < 400:
                aid = order[k][1]
                k -= 1
                seen += 1
                a = acts.get(aid)
                if a is None or not a.named or a.kind not in ("organization", "group"):
                    continue
                is_bloc = lx.bloc(a.name) is not None
                if bloc_word != is_bloc:
                    continue
                if not bloc_word:
                    aff = acts.get(a.affiliation) if a.affiliation else None
                    if lx.body(a.name) is not None or (aff is not None and aff.kind == "state"):
                        continue  # a state's body is not "the group"
                target = aid
                break
            if target is None:
                continue
            s0 = left[1].idx if len(left) > 1 else tok.idx
            e0 = tok.idx + len(tok.text)
            self.add_mention(target, s0, e0, tok)
            self.ctx.coref[tok.i] = target
            self.consumed.update(t.i for t in left)
            self.consumed.add(tok.i)
            self.add_alias(target, self.text[s0:e0])

    def unnamed_actors(self) -> None:
        lx, doc = self.lx, self.doc
        recent: list[tuple[str, str, bool, str | None]] = []  # (aid, head lemma, plural, affiliation)
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.consumed or tok.i in self.token_actor:
                continue
            if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start:
                continue  # a capitalised word inside a name or headline ("Republican Party")
            lemma = tok.lemma_.lower()
            phrase2 = f"{doc[tok.i - 1].lower_} {tok.lower_}" if tok.i > 0 else tok.lower_
            is_inst = lemma in lx.institutions or phrase2 in lx.institutions
            is_person = lemma in lx.unnamed_person
            is_group = lemma in lx.unnamed_group or tok.lower_ in lx.unnamed_group
            title_only = not (is_inst or is_person or is_group) and lemma in lx.gov_titles and tok.pos_ in ("NOUN", "PROPN")
            if not (is_inst or is_person or is_group or title_only) or lemma in lx.never or \
                    phrase2 in lx.never_phrases:
                continue
            media = lemma in ("media", "medium") or tok.lower_ == "media"
            if media and tok.dep_ == "compound" and tok.head.lemma_.lower() in MEDIA_PRODUCTS:
                pass  # "a North Korean state media commentary accused ...": the media speak
            elif tok.dep_ in ("compound", "amod") or tok.ent_type_ in ("PERSON", "GPE", "DATE"):
                continue
            if media and phrase2 == "state media" and not (tok.i > 1 and self.token_actor.get(tok.i - 2)):
                continue  # "state media" of no named state
            if self.is_excluded(tok.idx, tok.idx + len(tok.text)):
                continue
            # predicates and titles are descriptors, not actors
            if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
                continue
            if tok.dep_ == "appos" and self.token_actor.get(tok.head.i):
                continue
            if any(c.dep_ == "appos" and self.token_actor.get(c.i) for c in tok.children):
                continue
            left = _np_left(tok)
            if media and tok.dep_ == "compound":
                # "a North Korean state media commentary": the head's modifiers before "media"
                first = min((x.i for c in tok.head.lefts if c.i < tok.i and c.dep_ != "det" for x in c.subtree),
                            default=tok.i)
                left = [doc[i] for i in range(first, tok.i + 1)]
            right = _np_right(tok, ("of", "from", "for"))
            mods = [t for t in left if t.i != tok.i]
            dets = {t.lower_ for t in mods if t.dep_ in ("det", "predet") or t.tag_ in ("PRP$", "WP$")}
            quant = {t.lower_ for t in mods} | ({t.lower_ for t in tok.head.children if t.dep_ in ("det", "amod")}
                                               if tok.dep_ == "conj" else set())
            if quant & lx.generic or any(t.lemma_.lower() in lx.inert or t.lower_ in lx.inert for t in mods):
                continue
            if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in (
                    lx.unnamed_person | lx.unnamed_group):
                continue  # "governments and intermediaries": part of a generic list
            plural = tok.tag_ in ("NNS", "NNPS") or lemma in lx.collective_plurals or tok.lower_ in lx.collective_plurals \
                or "Plur" in tok.morph.get("Number", []) or tok.lower_.endswith("men") and tok.lower_ != "men"
            if plural and self._pair_anaphor(tok, mods):
                continue  # "the two leaders", "both sides": the two parties named before
            # parties named in the modifiers
            states: list[str] = []
            orgs: list[str] = []
            person_side: str | None = None
            for t in mods + right:
                aid = self.token_actor.get(t.i)
                if aid is None:
                    continue
                kind = self.ctx.actors[aid].kind
                if kind == "person":
                    # "Dagalo's fighters": the possessor's side (not "Putin's crony")
                    if t.dep_ == "poss" and lemma not in lx.person_relations and person_side is None:
                        person_side = self.ctx.actors[aid].affiliation
                    continue
                (states if kind == "state" else orgs).append(aid)
            parties = list(dict.fromkeys(orgs + states))
            # a mixed crowd of nationalities is not one actor ("Israeli, Palestinian, and American sources")
            mod_states = {self.token_actor[t.i] for t in mods if t.i in self.token_actor
                          and self.ctx.actors[self.token_actor[t.i]].kind == "state"}
            if len(mod_states) > 1 and (is_person or is_group) and not any(
                    c.dep_ == "prep" for c in tok.children):
                continue
            demonym_people = any(lx.demonym(t.text) is not None for t in mods)
            participle = any(t.tag_ == "VBN" or t.pos_ == "VERB" and t.dep_ == "amod" for t in mods) or any(
                c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") for c in tok.children)
            # "defenders of Mariupol", "heads of the Ukrainian services"; not "prisoners of war"
            of_phrase = any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
                t.pos_ == "PROPN" or t.i in self.token_actor for t in c.subtree) for c in tok.children)
            affiliation = None
            if len(set(parties)) == 1:
                affiliation = parties[0]
            elif mod_states and len(mod_states) == 1:
                affiliation = next(iter(mod_states))
            elif orgs and not states:
                affiliation = orgs[0]
            if affiliation is None and person_side and (is_group or plural):
                affiliation = person_side
            if is_inst and not (is_person or (is_group and lemma not in ("cabinet",))):
                self._institution(tok, left, affiliation)
                continue
            if is_inst and lemma == "cabinet":
                self._institution(tok, left, affiliation)
                continue
            definite = bool(dets & {"the", "this", "these", "those"}) or bool(dets & {"our", "their", "his", "her", "its"})
            has_mod = bool(parties) or demonym_people or participle or of_phrase or any(
                t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "VERB") and t.dep_ not in ("det",) for t in mods)
            specific = bool(parties) or demonym_people or participle or of_phrase
            # join an earlier actor with the same head: "the official", "The Egyptian sources"
            joined = None
            pre_parties = [self.token_actor[t.i] for t in mods if t.i in self.token_actor
                           and self.ctx.actors[self.token_actor[t.i]].kind != "person"]
            for aid, hl, pl, aff in reversed(recent):
                if hl == lemma and pl == plural and (aff == affiliation or not pre_parties and (
                        definite or not has_mod)):
                    joined = aid
                    break
            if joined is None and lemma in lx.needs_modifier and not specific and tok.dep_ != "nsubj":
                continue
            # a title whose holder is named elsewhere: "the prime minister of Qatar"
            if joined is None and not plural and lemma in lx.gov_titles:
                title_aff = affiliation
                poss = [t for t in mods if t.tag_ == "PRP$" and t.lower_ in ("his", "her", "its", "their")]
                if title_aff is None and poss and not self._in_quote(poss[0]):
                    owner = self._nearest_party(poss[0])  # "his negotiator": the owner's side's negotiator
                    if owner and self.ctx.actors[owner].kind == "person":
                        owner = self.ctx.actors[owner].affiliation
                    title_aff = owner
                holder = self._title_holder(tok, left, title_aff)
                if holder:
                    self.add_mention(holder, left[0].idx if left else tok.idx, tok.idx + len(tok.text), tok)
                    d = self._descriptor_text([t for t in left if t.dep_ != "det"], right)
                    if d and d not in self.ctx.actors[holder].descriptors:
                        self.ctx.actors[holder].descriptors.append(d)
                    self.consumed.update(t.i for t in left + right)
                    continue
            if joined is None and not plural:
                holder = self._described_actor(tok, mods)
                if holder:
                    self.add_mention(holder, mods[-1].idx if mods else tok.idx, tok.idx + len(tok.text), tok)
                    self.ctx.coref[tok.i] = holder
                    self.consumed.update(t.i for t in left + right)
                    continue
            if title_only:
                continue  # "the president": an actor only as a named office-holder
            whose = [t for t in mods if t.tag_ == "WP$"]
            if whose and affiliation is None:
                # "Qatar, whose officials hosted the talks"
                rel = next((t for t in [tok, *tok.ancestors] if t.dep_ == "relcl"), None)
                if rel is not None:
                    ante = self.token_actor.get(rel.head.i)
                    if ante and self.ctx.actors[ante].kind != "person":
                        affiliation = ante
            core = [t for t in left if not (t.dep_ in ("det", "predet", "nummod", "quantmod") or t.tag_ in ("PRP$", "WP$")
                                             or t.like_num or t.is_punct)]
            while core and core[0].dep_ in ("cc", "case", "prep"):
                core = core[1:]
            if not core:
                core = [tok]
            short = _clean(_span_text(doc, core))
            full = _clean(_span_text(doc, core + right)) if right else short
            name = short if len(core) > 1 or not right else full
            if joined:
                aid = joined
                self.add_alias(aid, name)
                if full != name:
                    self.add_alias(aid, full)
                self.ctx.coref[tok.i] = aid
            else:
                kind = "group" if (plural or is_group and not is_person) else "person"
                aid = self.ctx.new_actor_id(name)
                self.ctx.add_actor(Actor(id=aid, name=name, kind=kind, named=False,  # type: ignore[arg-type]
                                         affiliation=affiliation))
                if full != name:
                    self.add_alias(aid, full)
            actor = self.ctx.actors[aid]
            if affiliation is None:
                poss = [t for t in mods if t.tag_ == "PRP$" and t.lower_ in ("its", "their", "his", "her")]
                if poss and not self._in_quote(poss[0]):
                    # "Israel's army said its forces ..."
                    owner = self._nearest_party(poss[0])
                    if owner and self.ctx.actors[owner].kind == "person":
                        owner = self.ctx.actors[owner].affiliation
                    if owner and owner != aid:
                        affiliation = owner
            if media and not any(t.lower_ in ("state", "state-run", "state-owned", "official") for t in mods):
                affiliation = None  # "Israeli media": the country's press, not its government
                actor.affiliation = None
            if actor.affiliation is None and affiliation and affiliation != aid:
                actor.affiliation = affiliation
            if actor.affiliation is None and not media:
                actor.affiliation = self._clause_affiliation(tok)
            self.add_mention(aid, core[0].idx, tok.idx + len(tok.text), tok)
            self.token_actor[tok.i] = aid
            self.consumed.update(t.i for t in left + right)
            self.desc_internal.update(t.i for t in right)
            recent.append((aid, lemma, plural, actor.affiliation))

    def captives(self) -> None:
        """Plural descriptions of people freed, swapped or held: unnamed groups with no side.

        "Six South Korean fishermen were handed back", "Two British aid workers detained by
        X", "freed all foreign nationals". A later "the fishermen" is the same group.
        """
        lx, doc = self.lx, self.doc
        by_head: dict[str, str] = {}
        for tok in doc:
            if tok.tag_ not in ("NNS", "NNPS") or tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.token_actor \
                    or tok.i in self.consumed:
                continue
            lemma = tok.lemma_.lower()
            if lemma in lx.never or tok.lower_ in lx.never or self.is_excluded(tok.idx, tok.idx + len(tok.text)):
                continue
            people = tok.tag_ == "NNPS" and (lx.demonym(tok.text) is not None or tok.text.endswith("s") and
                                             lx.demonym(tok.text[:-1]) is not None)  # "Three Americans held in X"
            if not (people or lemma in lx.captive_nouns or tok.lower_ in lx.captive_nouns):
                continue
            head = tok.head
            hl = head.lemma_.lower()
            held = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lx.hold_verbs for c in tok.children) \
                or (tok.dep_ == "nsubj" and head.tag_ == "VBN" and hl in lx.hold_verbs)  # a misparsed reduced relative
            freed = (tok.dep_ == "dobj" and hl in lx.release_verbs) or (
                tok.dep_ == "nsubjpass" and (hl in lx.release_verbs or hl in lx.hold_verbs))
            left = [t for t in _np_left(tok) if t.i != tok.i]
            definite_again = lemma in by_head and any(t.lower_ == "the" for t in left)
            if not (held or freed or definite_again):
                continue
            if definite_again:
                aid = by_head[lemma]
                self.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok)
                self.ctx.coref[tok.i] = aid
                continue
            core = [t for t in left if t.dep_ in ("amod", "compound") and not t.like_num and
                    t.lower_ not in lx.captive_drop and t.tag_ not in ("VBG", "VBN", "JJS", "JJR")]
            # contiguous modifiers just before the head
            keep: list[Token] = []
            for t in reversed(core):
                if t.i == (keep[0].i - 1 if keep else tok.i - 1):
                    keep.insert(0, t)
            if not keep and not people and (lemma in lx.needs_modifier or lemma in lx.unnamed_person):
                continue  # "Ten hostages were freed": too generic to be a party
            span_toks = keep + [tok]
            s0, e0 = span_toks[0].idx, tok.idx + len(tok.text)
            name = _clean(self.text[s0:e0])
            if not name:
                continue
            aid = self.ctx.new_actor_id(name)
            self.ctx.add_actor(Actor(id=aid, name=name, kind="group", named=False))
            self.add_mention(aid, s0, e0, tok)
            for t in span_toks:
                self.token_actor[t.i] = aid
            by_head.setdefault(lemma, aid)

    def same_event_persons(self) -> None:
        """An unnamed person who does what a named person does to the same party is that person.

        News leads summarise before they name: "A senior envoy has met the prime minister
        of X ... On Friday, Y met X's Prime Minister Z". Same verb, same object, one
        unnamed singular subject and one named subject: the same person.
        """
        def acts(aid: str) -> set[tuple[str, str]]:
            out = set()
            for m in self.ctx.actors[aid].mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.root.dep_ not in SUBJ:
                    continue
                verb = span.root.head
                for c in verb.children:
                    if c.dep_ == "dobj":
                        obj = self.token_actor.get(c.i) or self.ctx.coref.get(c.i)
                        if obj:
                            out.add((verb.lemma_, obj))
            return out

        named = [a.id for a in self.ctx.actors.values() if a.named and a.kind == "person"]
        named_acts = {aid: acts(aid) for aid in named}
        for a in list(self.ctx.actors.values()):
            if a.named or a.kind != "person" or len(a.mentions) != 1:
                continue
            mine = acts(a.id)
            if not mine:
                continue
            hits = [n for n in named if named_acts[n] & mine]
            if len(hits) != 1:
                continue
            target = self.ctx.actors[hits[0]]
            if a.name not in target.descriptors:
                target.descriptors.insert(0, a.name)
            if target.affiliation is None:
                target.affiliation = a.affiliation
            m = a.mentions[0]
            self.ctx.remove_actor(a.id)
            self.ctx.add_mention(target.id, m.start, m.end)
            self._retarget(a.id, target.id)

    def drop_places_inside_descriptions(self) -> None:
        """A one-word organisation seen only as the origin in a description is a place:
        "commanders from Azovstal"."""
        for a in list(self.ctx.actors.values()):
            if a.kind != "organization" or not a.named or len(a.mentions) != 1 or a.affiliation:
                continue
            m = a.mentions[0]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) != 1 or span[0].text.isupper():
                continue
            tok = span[0]
            if tok.i in self.desc_internal and tok.i > 0 and self.doc[tok.i - 1].lower_ in ("from", "in", "at"):
                self.ctx.remove_actor(a.id)

    def _co_mentioned_side(self, aid_self: str, root: Token) -> str | None:
        """The state of the one other person in the sentence, when they are not facing each other.

        "Mirzoyan later briefed Prime Minister Nikol Pashinyan": the minister's side is the
        prime minister's; not after meet verbs ("X met his counterpart Y"), and not when the
        sentence has people of two states.
        """
        sent = root.sent
        verb = root.head if root.dep_ in SUBJ | {"dobj", "dative"} else (
            root.head.head if root.dep_ == "pobj" else None)
        if verb is not None and verb.lemma_.lower() in self.lx.meet_verbs:
            return None
        if any(t.lemma_.lower() in ("counterpart", "rival", "opponent") for t in sent):
            return None
        states: set[str] = set()
        quoted = self._quoted_other(root)
        for i in range(sent.start, sent.end):
            aid = self.token_actor.get(i)
            if aid is None or aid == aid_self:
                continue
            if quoted and not self._in_quote(self.doc[i]):
                continue  # "We will not talk to X," the minister said: the speaker is not X's side
            a = self.ctx.actors.get(aid)
            if a is None:
                continue
            if a.kind == "person" and a.affiliation and self.ctx.actors.get(a.affiliation) is not None \
                    and self.ctx.actors[a.affiliation].kind == "state":
                states.add(a.affiliation)
        return next(iter(states)) if len(states) == 1 else None

    def _state_near(self, aid_self: str, root: Token, cands_in: list[tuple[int, str]], venue: set[int]) -> str | None:
        """The nearest state mention to ``root`` among ``cands_in`` that is not the other side."""
        # the actor's own words are no evidence ("a Palestinian-American businessman"),
        # except inside a governmental title ("an adviser to Iran's supreme leader")
        own = {t.i for t in root.subtree if not self._under_gov_title(t, root)}
        # places this actor goes to or meets are the other side ...
        blocked: set[int] = set()
        if root.dep_ in SUBJ:
            for c in root.head.children:
                if c.dep_ in ("dobj", "prep"):
                    blocked.update(t.i for t in c.subtree)
        elif root.dep_ in ("dobj", "pobj", "dative"):
            verb = root.head if root.dep_ != "pobj" else root.head.head
            for c in verb.children:
                if c.dep_ in SUBJ:
                    blocked.update(t.i for t in c.subtree)
        # ... and so are the states of the people it meets: "Y met X's President Z"
        other_side = {self.token_actor[i] for i in blocked if i in self.token_actor} - {aid_self}
        other_side |= {aff for x in list(other_side)
                       if x in self.ctx.actors and (aff := self.ctx.actors[x].affiliation)}
        doc = root.doc
        # a nationality on someone else's unnamed title describes the other side ("the Russian leader")
        others_title = {i for i, _ in cands_in if i not in own and doc[i].dep_ == "amod" and
                        doc[i].head.tag_ == "NN" and (doc[i].head.lemma_.lower() in self.lx.gov_titles
                                                      or doc[i].head.lemma_.lower() == "counterpart")}
        cands = [(abs(i - root.i), aid) for i, aid in cands_in
                 if i not in blocked and i not in own and i not in venue and aid != aid_self
                 and aid not in other_side and i not in others_title]
        if cands and self._quoted_other(root):
            # a name the quoted words act on: a state outside the quote is the speaker's, not its side
            outside = {aid for i, aid in cands_in if not self._in_quote(doc[i])} - {
                aid for i, aid in cands_in if self._in_quote(doc[i])}
            cands = [(dist, aid) for dist, aid in cands if aid not in outside]
        return min(cands)[1] if cands else None

    def _under_gov_title(self, tok: Token, root: Token) -> bool:
        t = tok
        for _ in range(8):
            if t.i == root.i or t.head.i == t.i:
                return False
            t = t.head
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lx.gov_titles:
                return True
        return False

    def _quoted_other(self, root: Token) -> bool:
        """A name the quoted words act on ("We will not talk to President X"), not "our president X"."""
        if root.dep_ not in ("dobj", "pobj", "dative") or not self._in_quote(root):
            return False
        lo = max(root.left_edge.i - 3, 0)
        return not any(t.lower_ in ("our", "my") for t in self.doc[lo: root.i])

    def _in_quote(self, tok: Token) -> bool:
        if self._quotes is None:
            self._quotes = coref.quote_spans(self.text)
            self._quote_starts = [q[0] for q in self._quotes]
        import bisect
        i = bisect.bisect_right(self._quote_starts, tok.idx) - 1
        return i >= 0 and self._quotes[i][0] <= tok.idx < self._quotes[i][1]

    def _clause_affiliation(self, tok: Token) -> str | None:
        """Affiliation from the clause: "foreigners who fought for Ukraine"."""
        for c in tok.children:
            if c.dep_ == "relcl" and c.lemma_ in self.lx.allegiance_verbs:
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("for", "with"):
                        for o in p.children:
                            aid = self.token_actor.get(o.i)
                            if aid and self.ctx.actors[aid].kind in ("state", "organization"):
                                return aid
        if tok.lemma_.lower() in self.lx.fielded_heads and self._in_quote(tok):
            # "We have lost communication with the unit ...", said the group's spokesman: their unit
            sent = tok.sent
            if any(t.lower_ in ("we", "our", "us") for t in sent if self._in_quote(t)):
                for v in sent:
                    if v.lemma_.lower() in self.lx.speech_verbs and not self._in_quote(v):
                        for c in v.children:
                            spk = self.token_actor.get(c.i) if c.dep_ in SUBJ else None
                            if spk:
                                a = self.ctx.actors[spk]
                                if a.kind == "person" and a.affiliation:
                                    return a.affiliation
                                if a.kind in ("organization", "state"):
                                    return spk
        if tok.lemma_.lower() in self.lx.fielded_heads:
            head = tok.head
            if tok.dep_ == "dobj":
                for c in head.children:
                    if c.dep_ == "nsubj":
                        aid = self.token_actor.get(c.i)
                        if aid and self.ctx.actors[aid].kind == "state":
                            return aid
        return None

    def _described_actor(self, tok: Token, mods: list[Token]) -> str | None:
        """A definite description that repeats a named actor's descriptor ("the only surviving
        American hostage" after "the last surviving American hostage, Edan Alexander")."""
        if not any(t.lower_ == "the" for t in mods):
            return None
        content = {t.lower_ for t in mods if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and t.dep_ != "det"}
        if not content:
            return None
        hits = []
        for a in self.ctx.actors.values():
            if not a.named or a.kind != "person":
                continue
            for d in a.descriptors:
                words = set(d.lower().split())
                if tok.lower_ in words and len(content & words) >= min(2, len(content)):
                    hits.append(a.id)
                    break
        return hits[0] if len(hits) == 1 else None

    def _title_holder(self, tok: Token, left: list[Token], affiliation: str | None) -> str | None:
        words = {t.lower_ for t in left if t.pos_ in ("NOUN", "PROPN", "ADJ")} | {tok.lower_}
        if affiliation is None:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        affiliation = self.token_actor.get(o.i)
        if affiliation is None:
            return None
        hits = []
        for a in self.ctx.actors.values():
            if a.kind != "person" or not a.named or a.affiliation != affiliation:
                continue
            if any(words <= set(d.lower().split()) | words and tok.lower_ in d.lower().split() and
                   len(words & set(d.lower().split())) >= min(2, len(words)) for d in a.descriptors):
                hits.append(a.id)
        return hits[0] if len(hits) == 1 else None

    def _institution(self, tok: Token, left: list[Token], affiliation: str | None) -> None:
        """An office, ministry or cabinet of a state or person: an organisation actor."""
        doc = self.doc
        words = [t for t in left if t.dep_ != "det"]
        poss_pron = [t for t in words if t.tag_ == "PRP$"]
        if affiliation is None and poss_pron:
            affiliation = self._nearest_party(poss_pron[0])
            if affiliation and self.ctx.actors[affiliation].kind == "person":
                affiliation = self.ctx.actors[affiliation].affiliation
        words = [t for t in words if t.tag_ != "PRP$"]
        for t in words:
            aid = self.token_actor.get(t.i)
            if aid and t.dep_ == "poss" and self.ctx.actors[aid].kind == "person":
                if affiliation is None or affiliation == aid:
                    affiliation = self.ctx.actors[aid].affiliation
                # "Israeli Prime Minister Benjamin Netanyahu's office" -> "Benjamin Netanyahu's office"
                first = min((u for u in words if self.token_actor.get(u.i) == aid), key=lambda u: u.i)
                words = [u for u in words if u.i >= first.i]
                break
        if affiliation is None or not words:
            return
        if self.ctx.actors[affiliation].kind == "person":
            affiliation = self.ctx.actors[affiliation].affiliation
            if affiliation is None:
                return
        name = _clean(_span_text(doc, words))
        head_words = " ".join(t.lower_ for t in words if not self.token_actor.get(t.i) and t.tag_ != "POS")
        key = ("inst", head_words, affiliation)
        insts = self.institutions
        aid = insts.get(key)
        if aid is None:
            aid = self.ctx.new_actor_id(name)
            self.ctx.add_actor(Actor(id=aid, name=name, kind="organization", named=True, affiliation=affiliation))
            insts[key] = aid
        else:
            self.add_alias(aid, name)
        self.add_mention(aid, words[0].idx, tok.idx + len(tok.text), tok)
        self.token_actor[tok.i] = aid
        self.consumed.update(t.i for t in left)

    # -- 6. stated aliases --------------------------------------------------------
    def stated_aliases(self) -> None:
        text, doc = self.text, self.doc
        known = re.compile(r",?\s*(?:(?:also\s+)?(?:known|referred to)\s+(?:by\s+(?:his|her|their|its|the)\s+"
                           r"(?:nom de guerre|name|alias|nickname|kunya|pseudonym)\s*,?\s*|as\s+)|"
                           r"(?:who|which)\s+calls?\s+(?:themselves|itself|himself|herself)\s+|"
                           r"(?:calling|styling)\s+(?:themselves|itself|himself|herself)\s+)")
        for aid, actor in list(self.ctx.actors.items()):
            for m in list(actor.mentions):
                after = text[m.end: m.end + 80]
                km = known.match(after)
                if km:
                    pos = m.end + km.end()
                    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
                    other = self.ctx.actor_at(span.start_char, span.end_char) if span is not None else None
                    if other and other != aid and (self.ctx.actors[other].kind in (actor.kind, "state", "organization")
                                                   or "call" in km.group(0)):
                        self.ctx.merge_actor(other, aid)
                        self._retarget(other, aid)
                    elif other is None:
                        nm = re.match(r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al|bin|el|de))*", text[pos:pos + 60])
                        if nm:
                            self.add_alias(aid, nm.group(0))
                            self.ctx.add_mention(aid, pos, pos + len(nm.group(0)))
                hm = re.match(r"\s*\((@\w+)\)", after)
                if hm:
                    self.add_alias(aid, hm.group(1))
                    self.ctx.add_mention(aid, m.end + hm.start(1), m.end + hm.end(1))
                am = re.match(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)", after)
                if am and actor.kind in ("organization", "state", "group"):
                    other = self.ctx.actor_at(m.end + am.start(1), m.end + am.end(1))
                    if other and other != aid:
                        self.ctx.merge_actor(other, aid)
                        self._retarget(other, aid)
                    else:
                        self.ctx.add_mention(aid, m.end + am.start(1), m.end + am.end(1))
                    self.add_alias(aid, am.group(1))

        # an actor named by what another actor has as an alias is that actor ("RSF")
        by_alias: dict[str, str] = {}
        for aid, actor in self.ctx.actors.items():
            for al in actor.aliases:
                by_alias.setdefault(fold(al), aid)
        for aid, actor in list(self.ctx.actors.items()):
            target = by_alias.get(fold(actor.name))
            if target and target != aid and target in self.ctx.actors and aid in self.ctx.actors and \
                    actor.named and self.ctx.actors[target].named:
                self.ctx.merge_actor(aid, target)
                self._retarget(aid, target)

        self.acronyms()

    def led_coalitions(self) -> None:
        """ "the Saudi-led coalition": an organisation by that name; later "the coalition" is it."""
        doc, text = self.doc, self.text
        made: dict[str, str] = {}
        for tok in doc:
            if tok.lower_ != "led" or tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
                continue
            head = tok.head
            lead = doc[tok.i - 2]
            if head.pos_ != "NOUN" or head.i <= tok.i or head.lemma_.lower() not in LED_HEADS \
                    or not lead.text[:1].isupper() or lead.whitespace_:
                continue
            if self.is_excluded(lead.idx, head.idx + len(head.text)):
                continue
            name = text[lead.idx: head.idx + len(head.text)]
            aid = made.get(head.lower_)
            if aid is None:
                aid = self.ctx.new_actor_id(name)
                self.ctx.add_actor(Actor(id=aid, name=name, kind="organization"))
                made[head.lower_] = aid
            self.add_mention(aid, lead.idx, head.idx + len(head.text), head)
            for i in range(lead.i, head.i + 1):
                self.token_actor[i] = aid
        if not made:
            return
        for tok in doc:
            aid = made.get(tok.lower_)
            if aid is None or tok.i in self.token_actor or tok.pos_ != "NOUN":
                continue
            if tok.i > 0 and doc[tok.i - 1].pos_ in ("ADJ", "PROPN") and doc[tok.i - 1].lower_ != "led":
                continue  # "a new coalition", "the Arab coalition": another description
            self.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok)
            self.add_alias(aid, tok.text)

    def acronyms(self) -> None:
        """An all-caps name is the organisation whose initials it spells ("RSF", "AU").

        Function words ("of", "the", "and", "for") may or may not give a letter
        ("ECOWAS" = Economic Community of West African States). The organisation must
        be the only one that fits; a state never absorbs an acronym here (the gazetteer
        has state abbreviations).
        """
        acts = self.ctx.actors
        text = self.text
        for aid, a in list(acts.items()):  # "the National Liberation Army (ELN)"
            if a.kind in ("organization", "group") and a.named:
                for m in a.mentions:
                    pm = re.match(r"\s*\(([A-Z]{2,7})\)", text[m.end: m.end + 12])
                    if pm:
                        self.add_alias(aid, pm.group(1))
        longs = [(aid, a) for aid, a in acts.items() if a.named and a.kind in ("organization", "group")
                 and len(a.name.split()) >= 2]
        # a regional adjective taken for a name ("Tigrayan") is the one organisation named
        # after that region ("Tigray People's Liberation Front")
        for aid, actor in list(acts.items()):
            if aid not in acts or not actor.named or " " in actor.name or actor.kind == "person":
                continue
            dm = re.fullmatch(r"([A-Z][a-z]{3,}?)(?:an|ian|n|i|ese|ite)", actor.name)
            if not dm or self.lx.demonym(actor.name) is not None:
                continue
            stem = dm.group(1)
            fits = [lid for lid, la in longs if lid in acts and lid != aid and any(
                w == stem or (w.startswith(stem) and len(w) - len(stem) <= 1) for w in la.name.replace("'s", "").split())]
            if len(fits) == 1:
                self.ctx.merge_actor(aid, fits[0])
                self._retarget(aid, fits[0])
        for aid, actor in list(acts.items()):
            if aid not in acts or not actor.named:
                continue
            acro = actor.name.replace(".", "")
            if not (2 <= len(acro) <= 7 and acro.isalpha() and acro.isupper()):
                continue
            fits = [lid for lid, la in longs if lid != aid and lid in acts and any(
                initials_match(acro, n) for n in [la.name, *la.aliases])]
            if len(fits) == 1:
                self.ctx.merge_actor(aid, fits[0])
                self._retarget(aid, fits[0])
        # an acronym the text never tagged as a name ("the RSF" read as a common noun)
        forms: dict[str, str] = {}
        for aid, a in acts.items():
            if a.named and a.kind in ("organization", "group"):
                for n in [a.name, *a.aliases]:
                    if n.isupper() and n.isalpha() and 2 <= len(n) <= 7:
                        forms[n] = aid
        by_name = {a.name: aid for aid, a in acts.items()}
        for tok in self.doc:
            w = tok.text
            if not (2 <= len(w) <= 7 and w.isupper() and w.isalpha()) or tok.i in self.token_actor \
                    or self.is_excluded(tok.idx, tok.idx + len(w)):
                continue
            found = forms.get(w)
            if found is not None:
                aid = found
            else:
                bloc = self.lx.bloc(w)  # a known bloc by its acronym ("ECOWAS", "the AU")
                if bloc is None:
                    continue
                known = by_name.get(bloc[0])
                if known is None:
                    known = self.ctx.new_actor_id(bloc[0])
                    self.ctx.add_actor(Actor(id=known, name=bloc[0], kind=bloc[1]))  # type: ignore[arg-type]
                    by_name[bloc[0]] = known
                aid = known
            self.add_mention(aid, tok.idx, tok.idx + len(w), tok)
            self.add_alias(aid, w)

    def _retarget(self, old: str, new: str) -> None:
        for nm in self.named:
            if nm.aid == old:
                nm.aid = new
        for k, v in list(self.token_actor.items()):
            if v == old:
                self.token_actor[k] = new
        for name, v in list(self.state_ids.items()):
            if v == old:
                self.state_ids[name] = new

    # -- 7. affiliations from context --------------------------------------------
    def context_affiliations(self) -> None:
        """Office-holders with no stated affiliation take the nearest state in context.

        "When Strategic Affairs Minister Ron Dermer visited Washington" gives no state
        (a place visited is the other side); the neighbouring sentence's "Israel" does.
        Only persons with a governmental title and military units qualify.
        """
        lx, doc = self.lx, self.doc
        sents = list(doc.sents)
        sent_of = {}
        for k, s in enumerate(sents):
            sent_of[s.start] = k
        state_tokens: dict[int, list[tuple[int, str]]] = {}
        for i, aid in self.token_actor.items():
            if self.ctx.actors.get(aid) and self.ctx.actors[aid].kind == "state":
                k = sent_of.get(doc[i].sent.start, 0)
                state_tokens.setdefault(k, []).append((i, aid))
        venue = {h.tok.i for h in self.state_hits if h.role == "venue"}
        for actor in self.ctx.actors.values():
            if actor.affiliation is not None or not actor.mentions:
                continue
            titled = actor.kind == "person" and actor.named and any(
                any(w.lower() in lx.gov_titles for w in re.findall(r"\w+", re.split(r"\s(?:of|for|to|in|from|with)\s", d)[0]))
                for d in actor.descriptors)
            unit = actor.kind == "organization" and any(
                w.lower() in lx.unit_words for w in re.findall(r"\w+", actor.name))
            if not (titled or unit):
                continue
            # every mention's own sentence first, then the sentence before the first mention (looking
            # forward for a side guesses too often: null is better than a wrong side)
            tries: list[tuple[Token, int]] = []
            roots = []
            for m in actor.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    roots.append(span.root)
            # the mention that carries the title speaks first
            roots.sort(key=lambda r: not any(c.dep_ in ("appos", "compound") and c.pos_ == "NOUN" or
                                             c.lemma_.lower() in lx.gov_titles for c in r.children))
            tries = [(r, sent_of.get(r.sent.start, 0)) for r in roots]
            if roots:
                k0 = sent_of.get(roots[0].sent.start, 0)
                tries += [(roots[0], k0 - 1)]
            if any(self._pronoun_owned_title(r) for r in roots):
                continue  # "its spokesman X": the owner was not found; a state nearby is not it
            best = None
            if titled and roots:
                best = self._co_mentioned_side(actor.id, roots[0])
            for root, kk in tries:
                if best:
                    break
                best = self._state_near(actor.id, root, state_tokens.get(kk, []), venue)
            if best:
                actor.affiliation = best
