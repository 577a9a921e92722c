"""Two unnamed actors of one report written with the very same description are one.

Why: several stages make unnamed groups (role heads, captives, peoples), each from its own mention; a
report that repeats its lede ("Three foreign aid workers ... were freed", the wire copy below it saying
it again) or reads one group under two rules ("Americans" as a people and as captives) left two actors
with one name. A dossier cannot tell them apart by name, a reader sees one group, and the second is
always a false actor. Two groups of one name on two sides, or one with a side and one without, stay apart.
"""

from __future__ import annotations

from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.merges.same_description"
PERSON = "person"


def same_name_descriptions(st: ActorState) -> None:
    """Fold every unnamed group or body into the first one of its folded name, kind and side. A side known for
    one and not the other keeps them apart: in a swap, "soldiers" of one state and "soldiers" returned
    to the other are the two sides' groups, and only one of them may have been given its state."""
    first: dict[tuple[str, str], list[str]] = {}
    for aid, a in list(st.ctx.actors.items()):
        if a.named or a.kind == PERSON or aid not in st.ctx.actors:
            continue  # (two persons of one description may be two people: "a <demonym> man ... another one")
        key = (fold(a.name), a.kind)
        for other in first.get(key, []):
            b = st.ctx.actors.get(other)
            if b is not None and a.affiliation == b.affiliation:
                st.merge(aid, other, RULE)
                break
        else:
            first.setdefault(key, []).append(aid)


BARE_RULE = "actors.merges.bare_head_alias"


def bare_head_aliases(st: ActorState) -> None:
    """A one-word unnamed group ("the opposition") that another unnamed group of the report also has as its alias
    ("the Ostland opposition", alias "opposition") is that group, when it is the only one so written.

    Why: the bare definite often comes first ("envoys of the government and the opposition ... the Ostland
    opposition said"), so it was made a group of its own before the longer description came, and the later bare
    repeats joined the longer one: one party split in two, and an act of either half never matched. The text
    itself says the two are one (it calls the longer group by the bare word). Not when two groups end in the word
    ("Ostland officials", "Westmark officials"): then the bare one may be either, or neither; nor across sides.
    """
    for aid, a in list(st.ctx.actors.items()):
        if aid not in st.ctx.actors or a.named or a.kind == PERSON or len(a.name.split()) != 1:
            continue
        head = fold(a.name)
        ends = [b for bid, b in st.ctx.actors.items()
                if bid != aid and fold(b.name) != head and fold(b.name).split()[-1:] == [head]]
        if len(ends) != 1:
            continue
        b = ends[0]
        if b.named or b.kind == PERSON or head not in {fold(x) for x in b.aliases} \
                or a.affiliation not in (None, b.affiliation):
            continue
        st.merge(aid, b.id, BARE_RULE)
