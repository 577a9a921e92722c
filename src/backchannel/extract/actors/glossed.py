"""An acronym glossed in brackets right after it ("the GPH [Government of Ostland]-Front agreements", "OFP (Ostland
Freedom Party)") is the party its gloss names (``actors.aliases.acronym_glossed``).

Why apart from aliases.py: that module reads the usual order, the name then its acronym in brackets ("the Free Hill
Front (FHF)"); reports that quote a document keep its acronym and add the editor's gloss after it. Read alone, the
acronym became an organisation of its own beside the party the gloss names, one party split in two. The gloss must
name an actor of the report and its words' initials must spell the acronym (function words may give a letter or
not, as in ``acronyms``).
"""

from __future__ import annotations

import re

from backchannel.extract.actors.state import ActorState

RULE = "actors.aliases.acronym_glossed"
_GLOSS = re.compile(r"\s*[\[(]([A-Z][^\])\n]{3,80})[\])]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _spells(acronym: str, gloss: str) -> bool:
    """Whether the acronym is the gloss's capitalised words' initials, each word possibly giving a few more of its
    letters in order ("GPH" = Government of the PHilippines, "OFP" = Ostland Freedom Party), lower-case words giving
    none or their initial."""
    words = _WORD.findall(gloss)
    every = "".join(w[0] for w in words).upper()
    return acronym.upper() == every or _takes(acronym.upper(), [w.upper() for w in words if w[0].isupper()])


def _takes(acro: str, words: list[str]) -> bool:
    """Whether ``acro`` is each word's initial followed by letters of that word, in order, word after word."""
    if not words:
        return not acro
    if not acro or acro[0] != words[0][0]:
        return False
    rest, word = acro[1:], words[0][1:]
    for k in range(len(rest) + 1):  # the first k letters after the initial come from this word
        if _subsequence(rest[:k], word) and _takes(rest[k:], words[1:]):
            return True
    return False


def _subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in part)


def glossed_acronyms(st: ActorState) -> None:
    """Merge a one-word all-caps named actor into the actor its bracketed gloss names, when the gloss spells it."""
    text = st.text
    for aid, a in list(st.ctx.actors.items()):
        if aid not in st.ctx.actors or not a.named or a.kind == "person" or not re.fullmatch(r"[A-Z]{2,7}", a.name):
            continue
        for m in a.mentions:
            g = _GLOSS.match(text, m.end)
            if g is None or not _spells(a.name, g.group(1)):
                continue
            other = st.ctx.actor_at(g.start(1), g.end(1)) or _government_of(st, g.group(1))
            if other and other != aid and other in st.ctx.actors:
                st.merge(aid, other, RULE)
                st.add_alias(other, g.group(1).strip(), RULE)
                break


def _government_of(st: ActorState, gloss: str) -> str | None:
    """The state a gloss "Government of <State>" names (a government noun, "of", a state of the gazetteer), when no
    mention covers it (the tagger glues "[Government of Ostland]-Front" into one span no rule reads); its actor is
    made if the gloss is the state's only mention."""
    words = gloss.split()
    if len(words) < 3 or words[0].lower() not in st.lx.gov_nouns or words[1].lower() != st.lx.words.of:
        return None
    country = st.lx.country_name(" ".join(words[2:]))
    return (st.state_ids.get(country.name) or st.state_actor(country, RULE)) if country is not None else None
