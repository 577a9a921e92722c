"""The stage registry, and how rules record themselves on what they make.

The per-document working state itself, :class:`Context`, lives in
:mod:`backchannel.context` (below both ``extract`` and ``resolve``) and is
re-exported here.

Stages declare what they read and write
---------------------------------------
``@stage(name, requires=..., assigns=...)`` names the :data:`FIELDS` of the
context a stage reads and writes (as spaCy factories declare
``requires``/``assigns``); :func:`check_order` verifies that an order of stages
gives every stage what it requires from the stages before it.

Rule ids
--------
Every item a rule produces records the rule's id in ``rule``; a later change of
a field by another rule records ``trace[field] = rule id`` (see
:class:`backchannel.model.Traced`). Ids are dotted, lower-case and stable:

``stage.step.rule``
    ``stage`` is the registered stage (``actors``, ``claims``, ``interactions``),
    ``step`` the step inside it (for the actors stage, the module of the step:
    ``states``, ``names``, ``aliases``, ``unnamed``...), ``rule`` what fired, in
    a few words joined by ``_`` (``actors.states.demonym_party``,
    ``actors.aliases.acronym_in_brackets``). A frame or lexicon entry that
    produced an item may add its own id as a fourth part
    (``interactions.frames.meet.<frame id>``).

An id is renamed only with the rule's meaning; a new rule gets a new id. Ids
are plain strings, written next to the code that applies the rule, so that
``grep -rn 'actors.states.demonym_party'`` finds it; ``backchannel eval
--by-rule`` reports true and false positives per id. Items with no rule
(``None``) come from code not yet instrumented.

How to record them
------------------
- ``ctx.add_actor(actor, rule=...)`` sets ``actor.rule`` (unless already set);
- ``ctx.add_mention(aid, start, end, rule=...)`` sets the mention's ``rule``;
- ``ctx.merge_actor(src, dst, rule=...)`` records ``trace["merged:<src>"]`` on
  ``dst`` and the fields the merge changed;
- ``ctx.trace(item, field, rule)`` after changing any field of an actor,
  interaction or claim outside its creating rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Callable, Iterable

from backchannel.context import Context, slug

__all__ = ["Context", "slug", "STAGES", "SPECS", "Field", "FIELDS", "StageSpec", "note", "declare", "stage",
           "check_order"]


Stage = Callable[[Context], None]
STAGES: dict[str, Stage] = {}

class Field(StrEnum):
    """The context fields a stage may declare it requires or assigns (:func:`note` for ``notes``)."""

    ACTORS = "actors"  # Context.actors: the actors and their fields
    MENTIONS = "mentions"  # the mention index (add_mention, actor_at, mentions_in)
    COREF = "coref"  # Context.coref: pronouns and descriptions resolved to actors
    CLAIMS = "claims"
    ATTRIBUTIONS = "attributions"  # Context.attributions: beliefs and negated speech (not claims)
    INTERACTIONS = "interactions"


FIELDS: frozenset[str] = frozenset(Field)


def note(key: str) -> str:
    """The declared name of one slot of :attr:`Context.notes` (``notes.<key>``)."""
    return f"notes.{key}"


@dataclass(frozen=True)
class StageSpec:
    """What a stage reads from and writes to the :class:`Context`.

    ``declared`` is False for a stage registered without ``requires`` or
    ``assigns``: nothing is known of it, and :func:`check_order` passes it.
    """

    name: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    declared: bool = False


SPECS: dict[str, StageSpec] = {}


def _check_fields(name: str, fields: tuple[str, ...]) -> None:
    for f in fields:
        if f not in FIELDS and not (f.startswith("notes.") and len(f) > len("notes.")):
            raise ValueError(f"stage {name!r}: unknown context field {f!r} (one of {sorted(FIELDS)} or notes.<key>)")


def declare(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> StageSpec:
    """Declare (or re-declare) what stage ``name`` requires and assigns."""
    spec = StageSpec(name, tuple(requires), tuple(assigns), declared=True)
    _check_fields(name, spec.requires)
    _check_fields(name, spec.assigns)
    SPECS[name] = spec
    return spec


def stage(name: str, requires: Iterable[str] | None = None,
          assigns: Iterable[str] | None = None) -> Callable[[Stage], Stage]:
    """Register an extraction stage by name (the pipeline runs them in configured order).

    ``requires``/``assigns`` name the context fields (:data:`FIELDS`, or
    ``notes.<key>``) the stage reads and writes; a stage registered without
    them is undeclared (see :class:`StageSpec`).
    """

    def deco(fn: Stage) -> Stage:
        STAGES[name] = fn
        if requires is not None or assigns is not None:
            declare(name, requires or (), assigns or ())
        elif name not in SPECS:
            SPECS[name] = StageSpec(name)
        return fn

    return deco


def check_order(order: Iterable[str]) -> list[str]:
    """Problems of a stage order: unknown stages, and requirements no earlier stage assigns.

    Why: the order is data (``extract.base.DEFAULT_STAGES``); a stage moved before
    the one that fills what it reads would fail silently (an empty index reads
    as "nothing found"), so the order is checked against the declarations.
    """
    problems: list[str] = []
    assigned: set[str] = set()
    for name in order:
        spec = SPECS.get(name)
        if name not in STAGES or spec is None:
            problems.append(f"{name}: no such stage")
            continue
        for f in spec.requires:
            if f not in assigned:
                problems.append(f"{name}: requires {f}, which no earlier stage assigns")
        assigned.update(spec.assigns)
    return problems

