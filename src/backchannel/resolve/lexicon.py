"""Language data for actor resolution, read once from ``backchannel/data/*.toml``.

Why data files: country names, capitals, demonyms, titles and role nouns are
vocabulary, not logic; they grow by editing TOML, never by adding ``if`` chains.
Everything here is loaded lazily and cached for the life of the process.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources


def _load(name: str) -> dict:
    with resources.files("backchannel.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lookup key: accents removed, case-folded, curly apostrophes straightened, spaces collapsed."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'").replace("ʼ", "'")
    return re.sub(r"\s+", " ", s).strip()


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]
    people: bool = False  # the demonym names a people, not a state actor


@dataclass
class Lexicon:
    countries: list[Country] = field(default_factory=list)
    by_name: dict[str, Country] = field(default_factory=dict)  # folded name/alias -> country
    by_capital: dict[str, Country] = field(default_factory=dict)
    by_demonym: dict[str, Country] = field(default_factory=dict)
    blocs: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded alias -> (name, kind)
    bodies: dict[str, str] = field(default_factory=dict)  # folded body name -> country name
    regions: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()
    gov_titles: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    unit_heads: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    unnamed_person: frozenset[str] = frozenset()
    unnamed_group: frozenset[str] = frozenset()
    needs_modifier: frozenset[str] = frozenset()
    never: frozenset[str] = frozenset()
    never_phrases: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    inert: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    gov_nouns: frozenset[str] = frozenset()
    gov_default: dict[str, str] = field(default_factory=dict)
    occupier: frozenset[str] = frozenset()
    military: frozenset[str] = frozenset()
    venue_preps: frozenset[str] = frozenset()
    motion: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    meet_verbs: frozenset[str] = frozenset()
    conquest_verbs: frozenset[str] = frozenset()
    pair_numbers: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    as_verbs: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    title_prefixes: frozenset[str] = frozenset()
    person_relations: frozenset[str] = frozenset()
    personal_staff: frozenset[str] = frozenset()
    definite_org_heads: frozenset[str] = frozenset()
    definite_org_modifiers: frozenset[str] = frozenset()
    definite_bloc_heads: frozenset[str] = frozenset()
    release_verbs: frozenset[str] = frozenset()
    hold_verbs: frozenset[str] = frozenset()
    captive_drop: frozenset[str] = frozenset()
    captive_nouns: frozenset[str] = frozenset()
    allegiance_verbs: frozenset[str] = frozenset()
    fielded_heads: frozenset[str] = frozenset()
    descriptor_nouns: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    collective_plurals: frozenset[str] = frozenset()

    # -- lookups -------------------------------------------------------------
    def country(self, text: str) -> Country | None:
        """The country a name, abbreviation or (as a fallback) capital or demonym denotes."""
        key = fold(re.sub(r"^(the|The)\s+", "", text.strip()))
        return self.by_name.get(key) or self.by_capital.get(key) or self.by_demonym.get(key)

    def country_name(self, text: str) -> Country | None:
        return self.by_name.get(fold(re.sub(r"^(the|The)\s+", "", text.strip())))

    def capital(self, text: str) -> Country | None:
        return self.by_capital.get(fold(text))

    def demonym(self, text: str) -> Country | None:
        return self.by_demonym.get(fold(text))

    def bloc(self, text: str) -> tuple[str, str] | None:
        return self.blocs.get(fold(text)) or self.blocs.get(fold(re.sub(r"^(the|The)\s+", "", text.strip())))

    def body(self, text: str) -> Country | None:
        name = self.bodies.get(fold(re.sub(r"^(the|The)\s+", "", text.strip())))
        return self.by_name.get(fold(name)) if name else None

    def is_title(self, lemma: str) -> bool:
        return lemma.casefold() in self.gov_titles

    def is_first_name(self, word: str) -> bool:
        return word in self.first_names or fold(word) in self.first_names

    def is_female_name(self, word: str) -> bool:
        return fold(word) in self.female_names


def _s(values) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


@cache
def lexicon() -> Lexicon:
    """The cached lexicon (data files are read once per process)."""
    c, a, n = _load("countries.toml"), _load("actors.toml"), _load("first_names.toml")
    lx = Lexicon()
    for rec in c["countries"]:
        ctry = Country(rec["name"], tuple(rec.get("aliases", [])), tuple(rec.get("capitals", [])),
                       tuple(rec.get("demonyms", [])), bool(rec.get("people", False)))
        lx.countries.append(ctry)
        for nm in (ctry.name, *ctry.aliases):
            lx.by_name.setdefault(fold(nm), ctry)
        for cap in ctry.capitals:
            lx.by_capital.setdefault(fold(cap), ctry)
        for dem in ctry.demonyms:
            lx.by_demonym.setdefault(fold(dem), ctry)
    for rec in c.get("blocs", []):
        for nm in (rec["name"], *rec.get("aliases", [])):
            lx.blocs[fold(nm)] = (rec["name"], rec.get("kind", "group"))
    lx.bodies = {fold(k_): v for k_, v in c.get("bodies", {}).items()}
    lx.regions = frozenset(fold(r) for r in c.get("regions", []))
    lx.cities = frozenset(fold(r) for r in c.get("cities", []))
    t, k, u, g, p, s = a["titles"], a["kinds"], a["unnamed"], a["government"], a["places"], a["sources"]
    lx.gov_titles = _s(t["government"])
    lx.person_nouns = _s(t["person"]) | lx.gov_titles
    lx.honorifics = _s(t["honorifics"])
    lx.org_words = _s(k["organization_words"])
    lx.unit_heads = _s(k["unit_heads"])
    lx.speech_verbs = _s(k["speech_verbs"])
    lx.unnamed_person = _s(u["person"])
    lx.unnamed_group = _s(u["group"])
    lx.needs_modifier = _s(u["needs_modifier"])
    lx.never = _s(u["never"])
    lx.never_phrases = _s(u.get("never_phrases", []))
    lx.generic = _s(u["generic"])
    lx.inert = _s(u["inert"])
    lx.institutions = _s(u["institutions"])
    lx.gov_nouns = _s(g["nouns"])
    lx.gov_default = {k_.casefold(): v for k_, v in g.get("default_state", {}).items()}
    lx.occupier = _s(g["occupier"])
    lx.military = _s(g["military"])
    lx.venue_preps = _s(p["venue_preps"])
    lx.motion = _s(p["motion"])
    lx.place_nouns = _s(p["place_nouns"])
    lx.meet_verbs = _s(p["meet_verbs"])
    lx.conquest_verbs = _s(p.get("conquest_verbs", []))
    lx.pair_numbers = _s(p.get("pair_numbers", []))
    lx.agencies = frozenset(s["agencies"])
    lx.first_names = frozenset(n["names"]) | frozenset(fold(x) for x in n["names"])
    lx.female_names = frozenset(fold(x) for x in n.get("female", []))
    f = a["frames"]
    for key in ("as_verbs", "name_particles", "title_prefixes", "person_relations", "allegiance_verbs",
                "fielded_heads", "descriptor_nouns", "unit_words", "collective_plurals"):
        setattr(lx, key, _s(f[key]))
    lx.personal_staff = _s(f.get("personal_staff", []))
    for key in ("definite_org_heads", "definite_org_modifiers", "definite_bloc_heads", "release_verbs",
                "hold_verbs", "captive_drop", "captive_nouns"):
        setattr(lx, key, _s(f.get(key, [])))
    return lx
