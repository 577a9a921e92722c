"""An unnamed description that repeats an earlier unnamed actor ("the official" after "a Jordanian
official", "The Egyptian sources"): the earlier actor with the same head (or one of a class of
``same_heads``), plural and side, unless the new one is a part of the group or another source.

Why apart from unnamed.py: this is the one step that compares a description with the actors
already made; unnamed.py reads a description's own words (head, modifiers, side) and records it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from backchannel.extract.actors.descriptions import AMBIGUOUS, pick
from backchannel.extract.actors.split_sides import split_group
from backchannel.extract.actors.vetting import community_word

if TYPE_CHECKING:
    from backchannel.extract.actors.state import ActorState
    from backchannel.extract.actors.unnamed import Description


def earlier_same(st: ActorState, d: Description, recent: list[tuple[str, str, bool, str | None]]) -> str | None:
    """An earlier actor with the same head this one repeats: "the official", "The Egyptian sources"."""
    mods = d.mods
    words = st.lx.words
    definite = bool(d.dets & words.definite_determiners) or bool(d.dets & words.possessive_determiners)
    has_mod = bool(d.parties) or d.demonym_people or d.participle or d.of_phrase or any(
        t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "VERB") and t.dep_ not in ("det",) for t in mods)
    pre_parties = [st.token_actor[t.i] for t in mods if t.i in st.token_actor
                   and st.ctx.actors[st.token_actor[t.i]].kind != "person"]
    subset = {t.lower_ for t in mods if t.lower_ in words.subgroup_modifiers} if d.plural else set()
    found = [aid for aid, hl, pl, aff in reversed(recent)
             if _same_head(st, hl, d.lemma) and pl == d.plural and (aff == d.affiliation or not pre_parties and (
                 definite or not has_mod)) and (hl == d.lemma or definite or has_mod)]
    # (a synonym head joins only definite or modified: bare "soldiers" after "Russian troops" may be both sides')
    # "the female hostages" after "the hostages": a part of the group, another actor
    found = [aid for aid in found if not subset - _words_of(st, aid)]
    # (s48-parties) "seven Arab guerrillas" after "Palestinian guerrillas": another people's group, another actor
    own_peoples = _peoples(st, {t.text for t in mods})
    found = [aid for aid in found if not own_peoples or own_peoples & _peoples(st, _words_of(st, aid, True))
             or not _peoples(st, _words_of(st, aid, True))]
    if not found and definite and not d.plural and not has_mod and d.lemma in words.singular_of_plural_heads:
        found = _one_plural_group(st, d.lemma, recent)
    if d.dets & words.indefinite_articles and any(c.dep_ == "prep" for c in d.tok.children):
        # "a government source" ... "a source in X's office": an indefinite description that names its
        # own place or owner, without the earlier one's modifiers, is another source (s24-parties)
        own = {t.lower_ for t in d.left}
        found = [aid for aid in found if not {w.lower() for w in st.ctx.actors[aid].name.split()[:-1]} - own]
    # "the freed prisoners" after "the Jerusalemite prisoners" and "Palestinian prisoners": the whole group
    whole = [aid for aid in found if not (_words_of(st, aid) & words.subgroup_modifiers) - subset] if d.plural else found
    if d.plural and not has_mod and (whole or found) and split_group(st.ctx, (whole or found)[0]):
        return AMBIGUOUS  # "the officials" after "<A> and <B> officials": both groups, not the last one
    return pick(st, d.tok, d.mods, whole or found, definite and not d.plural)


def _one_plural_group(st: ActorState, lemma: str, recent: list[tuple[str, str, bool, str | None]]) -> list[str]:
    """The one earlier plural group of this head ("two <demonym> sources say ... the source said";
    ``actors.unnamed.source_of_sources``), or nothing when there are several or a singular one.

    Why: a wire report sources a lede to "two sources" and goes on with "the source said": one of them, telling
    the same story; the golds keep repeated anonymous sources one actor, and a second "source" actor took the
    later claims away from the group's.
    """
    same = {aid for aid, hl, _pl, _aff in recent if hl == lemma}
    plural = {aid for aid, hl, pl, _aff in recent if hl == lemma and pl}
    return sorted(plural) if len(plural) == 1 and same == plural else []


def _words_of(st: ActorState, aid: str, cased: bool = False) -> set[str]:
    """The lower-cased (or, ``cased``, the written) words of an actor's name and aliases."""
    a = st.ctx.actors[aid]
    return {w if cased else w.lower() for n in [a.name, *a.aliases] for w in n.split()}


def _peoples(st: ActorState, words: set[str]) -> set[str]:
    """The words that name a nation or community ("Palestinian", "Arab", "Druze")."""
    return {w for w in words if st.lx.demonym(w) is not None or community_word(w)}


def _same_head(st: ActorState, a: str, b: str) -> bool:
    """The same head noun, or two of one class of ``same_heads`` ("captive" and "hostage")."""
    return a == b or any(a in ws and b in ws for ws in (set(c.split()) for c in st.lx.words.same_heads))
