"""An organisation's full name, as its bracketed acronym spells it: "<Full Name> (FN)" (s45-actors).

Why: the tagger cuts long names of movements and blocs at a demonym or a hyphen ("<Demonym>s United for A and
B (DUAB)" tagged as a nationality and "B"; "Inter-regional Authority on X (Irax)" as "Authority on X"), so the
organisation came out under its last words or not at all, and a nationality inside its name became a state (s45
census: two named organisations missed in two stories). The bracketed acronym says how far back the name goes:
the longest run of capitalised words (and the function words of ``data/gloss_names.toml``) before "(" whose
initials spell it, a hyphened word giving one letter or one per part. The actor the acronym belongs to takes
that run as its name; a state made only from words inside the run is dropped (a demonym in a name is no party).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.vetting import vet_reason
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

FILE = "gloss_names.toml"
RULE = "actors.names.acronym_gloss_name"
ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
HYPHENS = ("-", "\u2011")  # a hyphen and the non-breaking hyphen some outlets type
LONGEST = 10  # words of the longest full name looked at before the bracket


@dataclass(frozen=True)
class GlossWords:
    """The word lists of ``gloss_names.toml``."""

    function_words: frozenset[str]
    articles: frozenset[str]
    coordinators: frozenset[str]


# The lists, read and checked key by key.
words = loader(GlossWords, FILE, "gloss_names")


def acronym_gloss_names(st: ActorState) -> None:
    """Give the actor of each bracketed acronym the full name its letters spell, where the tagger cut it."""
    for m in ACRONYM.finditer(st.text):
        acr = m.group(1)
        if not any(c.isupper() for c in acr[1:]) and len(acr) < 3:
            continue
        aid = st.ctx.actor_at(m.start(1), m.end(1)) or _actor_named(st, acr)
        actor = st.ctx.actors.get(aid) if aid else None
        run = _spelled_run(st, m.start(), acr)
        if run is None:
            continue
        if actor is None and aid is None:
            _new_organisation(st, run, acr, m.start(1))
            continue
        if actor is None or actor.kind not in ("organization", "group") or _acts_unbracketed(st, actor, run):
            continue
        name = run.text
        old = actor.name
        if fold(name) == fold(old) or not (fold(name).endswith(fold(old)) or fold(old) == fold(acr)):
            continue
        _drop_inner_states(st, run, actor.id)
        actor.name = name
        st.ctx.trace(actor, "name", RULE)
        actor.aliases = [a for a in actor.aliases if fold(a) != fold(name) and fold(a) != fold(old)]
        st.add_alias(actor.id, acr, RULE)
        st.add_mention(actor.id, run.start_char, run.end_char, run.root, RULE)


def _new_organisation(st: ActorState, run: Span, acr: str, at: int) -> None:
    """No actor holds the name or the acronym: an organisation of that name when the report uses the acronym
    again on its own ("<ACR> delegates said"), a word of organisations' names is in it (`organization_words`:
    "Authority", "Council", "Front") and the name is no document or event ("Joint Plan of Action")."""
    uses = [t for t in st.doc if t.text == acr and t.idx != at and st.ctx.actor_at(t.idx, t.idx + len(t.text)) is None]
    inside = {a for _, _, a in st.ctx.mentions_in(run.start_char, run.end_char)}
    if not uses or not any(t.lower_ in st.lx.org_words for t in run if t.text[:1].isupper()) \
            or vet_reason(st, run, "ORG") is not None or any(
            a in st.ctx.actors and st.ctx.actors[a].kind != "state" for a in inside):
        return
    _drop_inner_states(st, run, "")
    aid = st.ctx.new_actor_id(run.text)
    st.ctx.add_actor(Actor(id=aid, name=run.text, kind="organization", named=True, aliases=[acr]), RULE)
    st.add_mention(aid, run.start_char, run.end_char, run.root, RULE)
    st.add_mention(aid, at, at + len(acr), None, RULE)  # later uses are left to the rules that read the alias


def _actor_named(st: ActorState, acr: str) -> str | None:
    """The one organisation or group with the acronym as its name or alias."""
    key = fold(acr)
    found = [a.id for a in st.ctx.actors.values() if key in {fold(n) for n in [a.name, *a.aliases]}]
    return found[0] if len(found) == 1 else None


def _spelled_run(st: ActorState, bracket: int, acr: str) -> Span | None:
    """The longest run of name words right before the bracket whose initials spell ``acr``."""
    w = words()
    tok = st.doc.char_span(bracket, bracket + 1, alignment_mode="expand")
    if tok is None:
        return None
    end = tok.start
    best = None
    start = end
    while start > max(end - LONGEST * 2, tok.sent.start):
        t = st.doc[start - 1]
        hyphened = start >= 2 and st.doc[start - 2].text in HYPHENS and not st.doc[start - 2].whitespace_
        if not (t.text[:1].isupper() or t.lower_ in w.function_words or t.text in HYPHENS or hyphened) \
                or _joins_two_names(st, t, w):
            break
        start -= 1
        words_ = [x for x in st.doc[start:end] if x.text not in HYPHENS]
        if words_ and words_[0].text[:1].isupper() and _spells(_parts(st.doc[start:end]), acr.lower(), w):
            best = st.doc[start:end]
    if best is not None and best[0].lower_ in w.articles:
        best = best[1:]
    return best if best is not None and len(best) >= 2 else None


def _joins_two_names(st: ActorState, t: Token, w: GlossWords) -> bool:
    """ "<Airline> and <Front> (AF)": an "and" between two separate names the tagger found ends the run there
    (review s45 #9); "United for A and B" has no name that ends right before the "and"."""
    if t.lower_ not in w.coordinators or t.i == 0 or t.i + 1 >= len(st.doc):
        return False
    left, right = st.doc[t.i - 1], st.doc[t.i + 1]
    return bool(left.ent_type_) and bool(right.ent_type_) and t.ent_iob_ != "I"


def _acts_unbracketed(st: ActorState, actor: Actor, run: Span) -> bool:
    """Whether the actor is a party elsewhere under its own name, away from the bracket ("<Front> and <State>
    held talks"): the report names it so, and a longer run before a bracket is some other name (review s45
    #9)."""
    for m in actor.mentions:
        if run.start_char <= m.start < run.end_char + 12:
            continue
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is not None and (root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "conj"
                                 and root.head.dep_ in ("nsubj", "nsubjpass")):
            return True
    return False


def _parts(span: Span) -> list[list[str]]:
    """Each written word as its hyphen-joined parts ("Inter-regional" -> ["inter", "regional"])."""
    out: list[list[str]] = []
    glue = False
    for t in span:
        if t.text in HYPHENS:
            glue = True
            continue
        if glue and out:
            out[-1].append(t.lower_)
        else:
            out.append([p for p in re.split(r"[-\u2011]", t.lower_) if p])
        glue = False
    return out


def _spells(parts: list[list[str]], acr: str, w: GlossWords) -> bool:
    """Whether the words' initials give the acronym exactly: a capitalised word one letter (or one per hyphen
    part, from its first on), a function word one letter or none."""
    ends = {0}
    for word in parts:
        if not word:
            continue
        options = {word[0][0]} if len(word) == 1 else {"".join(p[0] for p in word[:k]) for k in range(1, len(word) + 1)}
        nxt = set()
        for i in ends:
            if word[0] in w.function_words:
                nxt.add(i)
            nxt.update(i + len(o) for o in options if acr.startswith(o, i))
        ends = nxt
        if not ends:
            return False
    return len(acr) in ends


def _drop_inner_states(st: ActorState, run: Span, keep: str) -> None:
    """A state whose every mention lies inside the name is no party: drop it."""
    for a in list(st.ctx.actors.values()):
        if a.id == keep or a.kind != "state" or not a.mentions:
            continue
        if all(run.start_char <= m.start and m.end <= run.end_char for m in a.mentions):
            st.ctx.remove_actor(a.id)
            st.retarget(a.id, "")
