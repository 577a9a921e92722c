"""Typed records of the actors stage's data files: ``countries.toml``, ``actors.toml`` and
``first_names.toml``.

Why records: each file is loaded through :func:`backchannel.data_loader.load_fields`, so an
unknown key, a missing key, a word listed twice or a value of the wrong type is a
:class:`~backchannel.data_loader.LexiconError` naming the file and the key, at load. A field
with a default may be left out of its file; the others are required.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backchannel.data_loader import load_fields, read

COUNTRIES_FILE = "countries.toml"
ACTORS_FILE = "actors.toml"
FIRST_NAMES_FILE = "first_names.toml"


# ---------------------------------------------------------------- countries.toml


@dataclass(frozen=True)
class Country:
    """One entry of ``countries``: a state and the words news English uses for it."""

    name: str
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    people: bool = False  # the demonym names a people, not a state actor


@dataclass(frozen=True)
class Bloc:
    """One entry of ``blocs``: a grouping of states treated as one party."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "group"


@dataclass(frozen=True)
class CountriesData:
    countries: tuple[Country, ...]
    blocs: tuple[Bloc, ...] = ()
    regions: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    bodies: dict[str, str] = field(default_factory=dict)  # body name -> country name


# ---------------------------------------------------------------- first_names.toml


@dataclass(frozen=True)
class FirstNames:
    names: tuple[str, ...]
    female: tuple[str, ...] = ()


# ---------------------------------------------------------------- actors.toml (one record a table)


@dataclass(frozen=True)
class Titles:
    government: tuple[str, ...]
    person: tuple[str, ...]
    honorifics: tuple[str, ...]


@dataclass(frozen=True)
class Kinds:
    organization_words: tuple[str, ...]
    unit_heads: tuple[str, ...]
    speech_verbs: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Unnamed:
    person: tuple[str, ...]
    group: tuple[str, ...]
    needs_modifier: tuple[str, ...]
    never: tuple[str, ...]
    never_phrases: tuple[str, ...] = ()
    generic: tuple[str, ...]
    inert: tuple[str, ...]
    institutions: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Government:
    nouns: tuple[str, ...]
    modifiers: tuple[str, ...] = ()
    default_state: dict[str, str] = field(default_factory=dict)
    occupier: tuple[str, ...]
    military: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Places:
    venue_preps: tuple[str, ...]
    motion: tuple[str, ...]
    place_nouns: tuple[str, ...]
    meet_verbs: tuple[str, ...]
    pair_numbers: tuple[str, ...] = ()
    conquest_verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sources:
    agencies: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ActorFrames:
    as_verbs: tuple[str, ...]
    name_particles: tuple[str, ...]
    title_prefixes: tuple[str, ...]
    person_relations: tuple[str, ...]
    personal_staff: tuple[str, ...] = ()
    definite_org_heads: tuple[str, ...] = ()
    definite_org_modifiers: tuple[str, ...] = ()
    definite_bloc_heads: tuple[str, ...] = ()
    release_verbs: tuple[str, ...] = ()
    hold_verbs: tuple[str, ...] = ()
    captive_nouns: tuple[str, ...] = ()
    captive_drop: tuple[str, ...] = ()
    captive_bare: tuple[str, ...] = ()
    captive_quantities: tuple[str, ...] = ()
    allegiance_verbs: tuple[str, ...]
    fielded_heads: tuple[str, ...]
    descriptor_nouns: tuple[str, ...]
    unit_words: tuple[str, ...]
    collective_plurals: tuple[str, ...]


@dataclass(frozen=True)
class ActorsData:
    titles: Titles
    kinds: Kinds
    unnamed: Unnamed
    government: Government
    places: Places
    sources: Sources
    frames: ActorFrames


def countries_data(raw: dict | None = None) -> CountriesData:
    """countries.toml (or ``raw``, a parsed text of it) as a checked record."""
    return load_fields(CountriesData, COUNTRIES_FILE, read(COUNTRIES_FILE) if raw is None else raw)[0]


def actors_data(raw: dict | None = None) -> ActorsData:
    """actors.toml (or ``raw``, a parsed text of it) as a checked record."""
    return load_fields(ActorsData, ACTORS_FILE, read(ACTORS_FILE) if raw is None else raw)[0]


def first_names_data(raw: dict | None = None) -> FirstNames:
    """first_names.toml (or ``raw``, a parsed text of it) as a checked record."""
    return load_fields(FirstNames, FIRST_NAMES_FILE, read(FIRST_NAMES_FILE) if raw is None else raw)[0]
