"""Language data for actor resolution, read once from ``backchannel/data/*.toml``.

Why data files: country names, capitals, demonyms, titles and role nouns are
vocabulary, not logic; they grow by editing TOML, never by adding ``if`` chains.
Everything here is loaded lazily and cached for the life of the process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from backchannel.data_loader import LexiconError as LexiconError  # re-exported: the loaders' one error
from backchannel.data_loader import NARROW, check_keys, check_unique, load_fields, read

# Every key the data files may hold, as "file:key" (or "file:table.key" for files of word-list
# tables); a key not listed here is an error at load. (actors_words.toml is checked against the
# fields of ActorWords instead.)
_KNOWN_KEYS = frozenset({
    "countries.toml:countries", "countries.toml:blocs", "countries.toml:regions", "countries.toml:cities",
    "countries.toml:bodies",
    "first_names.toml:names", "first_names.toml:female",
    "actors.toml:titles.government", "actors.toml:titles.person", "actors.toml:titles.honorifics",
    "actors.toml:kinds.organization_words", "actors.toml:kinds.unit_heads", "actors.toml:kinds.speech_verbs",
    "actors.toml:unnamed.person", "actors.toml:unnamed.group", "actors.toml:unnamed.needs_modifier",
    "actors.toml:unnamed.never", "actors.toml:unnamed.never_phrases", "actors.toml:unnamed.generic",
    "actors.toml:unnamed.inert", "actors.toml:unnamed.institutions",
    "actors.toml:government.nouns", "actors.toml:government.default_state", "actors.toml:government.occupier",
    "actors.toml:government.military",
    "actors.toml:places.venue_preps", "actors.toml:places.motion", "actors.toml:places.place_nouns",
    "actors.toml:places.meet_verbs", "actors.toml:places.pair_numbers", "actors.toml:places.conquest_verbs",
    "actors.toml:sources.agencies",
    "actors.toml:frames.as_verbs", "actors.toml:frames.name_particles", "actors.toml:frames.title_prefixes",
    "actors.toml:frames.person_relations", "actors.toml:frames.personal_staff",
    "actors.toml:frames.definite_org_heads", "actors.toml:frames.definite_org_modifiers",
    "actors.toml:frames.definite_bloc_heads", "actors.toml:frames.release_verbs",
    "actors.toml:frames.hold_verbs", "actors.toml:frames.captive_nouns", "actors.toml:frames.captive_drop",
    "actors.toml:frames.allegiance_verbs", "actors.toml:frames.fielded_heads",
    "actors.toml:frames.descriptor_nouns", "actors.toml:frames.unit_words",
    "actors.toml:frames.collective_plurals",
})
_TABLE_FILES = frozenset({"actors.toml"})  # files whose top-level keys are tables of named lists
# `narrow = true` in a table of actors_words.toml: its words serve a rule written for one article.
NARROW_MARKER = NARROW


def _load(name: str) -> dict:
    return validate(name, read(name))


def validate(name: str, data: dict) -> dict:
    """``data`` (a parsed data file) if its keys are known and no list repeats an entry; else raise."""
    known = {k.split(":", 1)[1] for k in _KNOWN_KEYS if k.startswith(name + ":")}
    if known:
        tops = {k.split(".")[0] for k in known}
        check_keys(name, "", data, tops)
        if name in _TABLE_FILES:
            for table, keys in data.items():
                check_keys(name, table, keys, {k.split(".", 1)[1] for k in known if k.startswith(table + ".")})
    check_unique(name, "", data)
    return data


@dataclass(frozen=True)
class ActorWords:
    """Function words and small closed classes of the actors stage (``data/actors_words.toml``).

    Every field is one key of the file (its tables only group keys for the reader). Strings
    are single words compared with lower-cased token text; sets are matched the same way.
    """

    # [articles]
    definite_article: str
    indefinite_articles: frozenset[str]
    definite_determiners: frozenset[str]
    possessive_determiners: frozenset[str]
    pair_quantifiers: frozenset[str]
    anaphoric_determiners: frozenset[str]
    # [pronouns]
    possessive_pronouns: frozenset[str]
    neuter_possessive: str
    personal_possessives: frozenset[str]
    collective_possessives: frozenset[str]
    speaker_possessives: frozenset[str]
    speaker_plural: frozenset[str]
    # [prepositions]
    of: str
    as_: str
    description_preps: tuple[str, ...]
    unnamed_description_preps: tuple[str, ...]
    origin_preps: frozenset[str]
    place_preps: frozenset[str]
    allegiance_preps: frozenset[str]
    owner_preps: frozenset[str]
    # [state_roles]
    not_venue_preps: frozenset[str]
    direction_preps: frozenset[str]
    source_prep: str
    goal_prep: str
    capital_party_preps: frozenset[str]
    # [names]
    surname_particles: frozenset[str]
    acronym_skippable: frozenset[str]
    name_honorifics: frozenset[str]
    # [organisations]
    governmental_words: frozenset[str]
    led_word: str
    led_heads: frozenset[str]
    plain_org_heads: frozenset[str]
    armed_modifiers: frozenset[str]
    collegial_institutions: frozenset[str]
    # [media]
    media_lemmas: frozenset[str]
    media_word: str
    state_media: str
    media_products: frozenset[str]
    official_media: frozenset[str]
    # [number]
    plural_suffix: str
    # [government_words]
    occupier_not_alone: frozenset[str]
    counterpart_noun: str
    opposite_nouns: frozenset[str]
    # [compass]
    compass_words: frozenset[str]
    # [coref]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    neuter_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    dummy_subject: str
    expletive_heads: frozenset[str]
    according: str
    to: str
    for_: str
    female_words: frozenset[str]
    male_words: frozenset[str]
    unisex_names: frozenset[str]
    # [patterns]
    span_article: re.Pattern[str]
    name_article: re.Pattern[str]
    formal_state: re.Pattern[str]
    author_separator: re.Pattern[str]
    byline: re.Pattern[str]
    credit_line: re.Pattern[str]
    credit_brackets: re.Pattern[str]
    agency_tail: re.Pattern[str]
    own_sourcing: re.Pattern[str]
    anonymity_recipient: re.Pattern[str]
    stated_alias: re.Pattern[str]
    alias_name: re.Pattern[str]
    demonym_stem: re.Pattern[str]
    descriptor_preposition: re.Pattern[str]
    # [alias_words]
    self_naming: str

    @classmethod
    def from_toml(cls, name: str, data: dict) -> ActorWords:
        """Flatten the file's tables into fields; unknown, missing or mistyped keys are errors."""
        return load_fields(cls, name, data, grouped=True)[0]


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
    words: ActorWords = field(kw_only=True)  # data/actors_words.toml

    # -- lookups -------------------------------------------------------------
    def country(self, text: str) -> Country | None:
        """The country a name, abbreviation or (as a fallback) capital or demonym denotes."""
        key = fold(self.words.name_article.sub("", text.strip()))
        return self.by_name.get(key) or self.by_capital.get(key) or self.by_demonym.get(key)

    def country_name(self, text: str) -> Country | None:
        return self.by_name.get(fold(self.words.name_article.sub("", text.strip())))

    def capital(self, text: str) -> Country | None:
        return self.by_capital.get(fold(text))

    def demonym(self, text: str) -> Country | None:
        return self.by_demonym.get(fold(text))

    def bloc(self, text: str) -> tuple[str, str] | None:
        return self.blocs.get(fold(text)) or self.blocs.get(fold(self.words.name_article.sub("", text.strip())))

    def body(self, text: str) -> Country | None:
        name = self.bodies.get(fold(self.words.name_article.sub("", text.strip())))
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
    lx = Lexicon(words=ActorWords.from_toml("actors_words.toml", _load("actors_words.toml")))
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
