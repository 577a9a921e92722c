"""Rule ids of the interactions stage: the frame ids, derived from the lexicon.

Why derived: a ``[[frame]]`` entry of ``data/frames.toml`` has no id of its own, and the
lexicon is data others edit; its id here is computed from what the entry says, so that it
stays the same when entries are added or moved (see ``docs/rules.md``):

- the lemma (non-letters as ``_``) when it is the lemma's only frame of its type;
- else the lemma and the entry's constraints that tell its frames apart, in this order:
  ``pos`` (``verb``, ``noun``...), ``prt``, ``prep``, then the first word (alphabetically)
  of ``obj``, ``subj``, ``gov`` and ``under``, each as ``<key>_<word>``;
- if two frames of one lemma and type still agree on all of those, ``_2``, ``_3`` ... in
  lexicon order for the second and later.

A frame-triggered act's rule is ``interactions.frames.<type>.<frame id>``.
"""

from __future__ import annotations

import re

from backchannel.extract.interactions.lexicon import Frame, Lexicon, lexicon

FRAMES_STEP = "interactions.frames"
DERIVED_STEP = "interactions.derived"
# the word-set constraints of a frame that tell its frames apart, in this order
OBJ = "obj"
SUBJ = "subj"
GOV = "gov"
UNDER = "under"
_SETS = (OBJ, SUBJ, GOV, UNDER)


def _part(word: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", word.lower()).strip("_")


def _qualifiers(fr: Frame) -> list[str]:
    parts = [fr.pos.value]
    parts += [_part(v) for v in (fr.prt, fr.prep) if v]
    for key in _SETS:
        words = getattr(fr, key)
        if words:
            parts.append(f"{key}_{_part(min(words))}")
    return parts


_cache: list[tuple[Lexicon, dict[int, str]]] = []  # the lexicon the ids were computed for


def frame_ids() -> dict[int, str]:
    """``id(frame)`` -> frame id, for every frame of the lexicon (computed again if it is reloaded)."""
    lex = lexicon()
    if not _cache or _cache[0][0] is not lex:
        _cache[:] = [(lex, _frame_ids(lex))]
    return _cache[0][1]


def _frame_ids(lex: Lexicon) -> dict[int, str]:
    out: dict[int, str] = {}
    for lemma, frames in lex.frames.items():
        by_type: dict[str, list[Frame]] = {}
        for fr in frames:
            by_type.setdefault(fr.type, []).append(fr)
        for group in by_type.values():
            if len(group) == 1:
                out[id(group[0])] = _part(lemma)
                continue
            seen: dict[str, int] = {}
            for fr in group:
                base = "_".join([_part(lemma), *_qualifiers(fr)])
                seen[base] = seen.get(base, 0) + 1
                out[id(fr)] = base if seen[base] == 1 else f"{base}_{seen[base]}"
    return out


def frame_id(fr: Frame) -> str:
    """The frame's id; a frame made in code (not in the lexicon) by its lemma."""
    return frame_ids().get(id(fr)) or _part(fr.lemma)


def frame_rule(fr: Frame) -> str:
    """``interactions.frames.<type>.<frame id>``: the rule of an act the frame triggered."""
    return f"{FRAMES_STEP}.{fr.type}.{frame_id(fr)}"


def derived_rule(parent: Frame, type_: str) -> str:
    """``interactions.derived.<type>.<frame id>``: an act a frame's ``also`` entry derives."""
    return f"{DERIVED_STEP}.{type_}.{frame_id(parent)}"
