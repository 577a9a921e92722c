"""Grouping of name mentions into actors: full names, surnames, given names, aliases.

Why a separate step: spaCy gives one entity per mention; an actor is the set of
mentions that name the same party. Within one news report, a one-word name that
equals the last (or, failing that, the first) word of exactly one multi-word
person name is that person ("Brenner" -> "Steve Brenner", "Anwar" -> "Anwar
Halim"), and a shorter multi-word name whose first and last words match a
longer one is the same person ("Kemal Ostrak" / "Kemal Tayyar Ostrak").
"""

from __future__ import annotations

from backchannel.resolve.lexicon import fold, lexicon


def name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).replace("-", " ").split() if t]


def surname_forms(full_name: str) -> list[str]:
    """Folded surname forms of a multi-word person name, longest first.

    The last word ("Steve Witkoff" -> "witkoff"), a hyphenated last word and its last
    part ("Vervoort-Hadzic", "hadzic"), two-word surnames ("Quintero Avila") and
    surnames opened by a particle ("bin Fahad al-Otaibi", "al-Otaibi", "otaibi"), surnames joined by a
    particle inside them ("Ruiz de Alarcon" of "Elena Ruiz de Alarcon", "Garcia de la Vega"), and the first of
    two surnames, by which Spanish and Portuguese usage names a person ("Arenas" of "Gustavo Arenas
    Villar").
    """
    words = fold(full_name).split()
    if len(words) < 2:
        return []
    particles = lexicon().words.surname_particles
    out: list[str] = []
    for k in range(len(words) - 1, 0, -1):
        tail = words[k:]
        if len(tail) == 1 or len(tail) == 2 or tail[0] in particles or (len(tail) > 2 and tail[1] in particles):
            out.append(" ".join(tail))
    if len(words) >= 3 and words[-2] not in particles and words[-3] not in particles and \
            words[-2].isalpha() and len(words[-2]) > 2:  # not an initial ("Donald J. Trump")
        out.append(words[-2])  # the first of two surnames: "Gustavo Arenas Villar" -> "arenas"
    last = words[-1]
    for sep in ("-",):
        if sep in last:
            head, _, rest = last.partition(sep)
            out.append(rest)  # "al-otaibi" -> "otaibi"; "vervoort-hadzic" -> "hadzic"
    return out


def link_partial_names(full_names: list[str], name: str) -> str | None:
    """The unique full name that ``name`` abbreviates (surname, given name, or first+last)."""
    toks = name_tokens(name)
    if not toks:
        return None
    f = " ".join(fold(name).split())
    # a surname form of exactly one full name (last word, hyphenated or two-word surname)
    cands = [n for n in full_names if fold(n) != f and f in surname_forms(n)]
    if len(set(cands)) == 1:
        return cands[0]
    if len(set(cands)) > 1:
        # "Ghani" of "Ashraf Ghani" and of "Abdul Ghani Baradar": the name whose last word it is wins
        # over one where it is only a middle word read as a first surname
        last_word = {n for n in cands if fold(n).split()[-1] == f}
        return last_word.pop() if len(last_word) == 1 else None
    if len(toks) == 1:
        t = toks[0]
        last = [n for n in full_names if len(name_tokens(n)) > 1 and name_tokens(n)[-1] == t]
        if len(last) == 1:
            return last[0]
        if last:
            return None
        first = [n for n in full_names if len(name_tokens(n)) > 1 and name_tokens(n)[0] == t]
        return first[0] if len(first) == 1 else None
    cands = [n for n in full_names if len(name_tokens(n)) > len(toks)
             and name_tokens(n)[0] == toks[0] and name_tokens(n)[-1] == toks[-1]]
    if len(cands) == 1:
        return cands[0]
    # given names ("Jose Ramon" of "Jose Ramon Echeverria-Lugo")
    words = f.split()
    cands = [n for n in full_names if fold(n).split()[:len(words)] == words and len(fold(n).split()) > len(words)]
    return cands[0] if len(cands) == 1 else None
