"""Language data for actor resolution, read once from ``backchannel/data/*.toml``.

Why data files: country names, capitals, demonyms, titles and role nouns are
vocabulary, not logic; they grow by editing TOML, never by adding ``if`` chains.
Everything here is loaded lazily and cached for the life of the process.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cache, cached_property, lru_cache

from backchannel.data_loader import LexiconError as LexiconError  # re-exported: the loaders' one error
from backchannel.data_loader import NARROW, load_fields, read
from backchannel.resolve.records import ActorFrames, Country, actors_data, countries_data, first_names_data

# `narrow = true` in a table of actors_words.toml: its words serve a rule written for one article.
NARROW_MARKER = NARROW
ACTOR_WORDS_FILE = "actors_words.toml"


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
    locative_name_preps: frozenset[str]
    side_roles: frozenset[str]
    joint_origin_nouns: frozenset[str]
    joint_origin_quantifiers: frozenset[str]
    origin_preps: frozenset[str]
    place_preps: frozenset[str]
    allegiance_preps: frozenset[str]
    owner_preps: frozenset[str]
    title_preps: frozenset[str]
    title_suffixes: frozenset[str]
    title_coordinators: frozenset[str]
    past_title_words: frozenset[str]
    epithet_titles: frozenset[str]
    unseated_words: frozenset[str]
    adverb_past_words: frozenset[str]
    executive_titles: frozenset[str]
    relation_adjectives: frozenset[str]
    leading_verbs: frozenset[str]
    side_nouns: frozenset[str]
    private_heads: frozenset[str]
    exchange_lemmas: frozenset[str]
    nonstate_hyphen_parts: frozenset[str]
    ethnic_markers: frozenset[str]
    past_rule_heads: frozenset[str]
    example_words: frozenset[str]
    commanding_verbs: frozenset[str]
    location_preps: frozenset[str]
    travel_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    # [state_roles]
    not_venue_preps: frozenset[str]
    stance_prefixes: frozenset[str]
    intermediary_preps: frozenset[str]
    go_between_partner_preps: frozenset[str]
    direction_preps: frozenset[str]
    carried_word_nouns: frozenset[str]
    source_prep: str
    sender_nouns: frozenset[str]
    goal_prep: str
    origin_people_nouns: frozenset[str]
    capital_party_preps: frozenset[str]
    capital_recipient_preps: frozenset[str]
    capital_route_nouns: frozenset[str]
    capital_prize_nouns: frozenset[str]
    capital_place_prep: str
    capital_part_nouns: frozenset[str]
    capital_seat_heads: frozenset[str]
    location_participles: frozenset[str]
    origin_copulas: frozenset[str]
    border_prep: str
    party_side_nouns: frozenset[str]
    # [names]
    place_list_heads: frozenset[str]
    intercardinal_words: frozenset[str]
    surname_particles: frozenset[str]
    acronym_skippable: frozenset[str]
    name_link_particles: frozenset[str]
    name_honorifics: frozenset[str]
    name_titles: frozenset[str]
    name_title_past: frozenset[str]
    never_actor_names: frozenset[str]
    # [organisations]
    governmental_words: frozenset[str]
    led_word: str
    led_heads: frozenset[str]
    name_preps: frozenset[str]
    plain_org_heads: frozenset[str]
    armed_modifiers: frozenset[str]
    non_state_armed_words: frozenset[str]
    collegial_institutions: frozenset[str]
    body_words: frozenset[str]
    # [media]
    media_lemmas: frozenset[str]
    media_word: str
    state_media: str
    media_products: frozenset[str]
    official_media: frozenset[str]
    outlet_name_words: frozenset[str]
    # [synonyms]
    same_heads: frozenset[str]
    singular_of_plural_heads: frozenset[str]
    subgroup_modifiers: frozenset[str]
    member_heads: frozenset[str]
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
    control_adjectives: frozenset[str]
    according: str
    to: str
    for_: str
    female_words: frozenset[str]
    captivity_verbs: frozenset[str]
    male_words: frozenset[str]
    pair_coordinators: frozenset[str]
    plural_party_heads: frozenset[str]
    unisex_names: frozenset[str]
    # [patterns]
    span_article: re.Pattern[str]
    name_article: re.Pattern[str]
    formal_state: re.Pattern[str]
    author_separator: re.Pattern[str]
    byline: re.Pattern[str]
    dateline_outlet: re.Pattern[str]
    dateline_colon: re.Pattern[str]
    outlet_label: re.Pattern[str]
    slash_label: re.Pattern[str]
    publisher_self: re.Pattern[str]
    dated_credit: re.Pattern[str]
    credit_list: re.Pattern[str]
    bracket_credit: re.Pattern[str]
    byline_dateline: re.Pattern[str]
    dated_dateline: re.Pattern[str]
    outlet_city: re.Pattern[str]
    byline_outlet: re.Pattern[str]
    credit_line: re.Pattern[str]
    credit_brackets: re.Pattern[str]
    agency_tail: re.Pattern[str]
    photo_credit: re.Pattern[str]
    signoff: re.Pattern[str]
    own_sourcing: re.Pattern[str]
    anonymity_recipient: re.Pattern[str]
    stated_alias: re.Pattern[str]
    alias_name: re.Pattern[str]
    demonym_stem: re.Pattern[str]
    descriptor_preposition: re.Pattern[str]
    # [alias_words]
    self_naming: str
    name_kind_heads: frozenset[str]
    name_kind_modifiers: frozenset[str]
    state_force_heads: frozenset[str]
    non_party_entities: frozenset[str]
    # [kin]
    kin_nouns: frozenset[str]
    # [offices]
    sole_offices: tuple[str, ...]
    cabinet_heads: frozenset[str]
    outlet_nouns: frozenset[str]
    outlet_name_nouns: frozenset[str]
    seat_government_adjectives: frozenset[str]
    title_region_preps: frozenset[str]
    second_rank_words: frozenset[str]
    office_anaphor_determiners: frozenset[str]
    state_office_bodies: frozenset[str]
    # [seats]
    executive_seats: frozenset[str]
    # [groups]
    partner_preps: frozenset[str]
    regular_plural_suffix: str

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
    gov_modifiers: frozenset[str] = frozenset()
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
    captive_bare: frozenset[str] = frozenset()
    captive_quantities: frozenset[str] = frozenset()
    captive_nouns: frozenset[str] = frozenset()
    allegiance_verbs: frozenset[str] = frozenset()
    fielded_heads: frozenset[str] = frozenset()
    descriptor_nouns: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    collective_plurals: frozenset[str] = frozenset()
    words: ActorWords = field(kw_only=True)  # data/actors_words.toml

    @cached_property
    def armed_words(self) -> frozenset[str]:
        """The words that make a name or description armed: ``armed_modifiers`` and the armed heads of
        ``definite_org_heads`` (those not in ``plain_org_heads``). One set, read by every armed test."""
        return self.words.armed_modifiers | (self.definite_org_heads - self.words.plain_org_heads)

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


def _s(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


@cache
def lexicon() -> Lexicon:
    """The cached lexicon (data files are read once per process and checked as typed records)."""
    c, a, n = countries_data(), actors_data(), first_names_data()
    lx = Lexicon(words=ActorWords.from_toml(ACTOR_WORDS_FILE, read(ACTOR_WORDS_FILE)))
    for ctry in c.countries:
        lx.countries.append(ctry)
        for nm in (ctry.name, *ctry.aliases):
            lx.by_name.setdefault(fold(nm), ctry)
        for cap in ctry.capitals:
            lx.by_capital.setdefault(fold(cap), ctry)
        for dem in ctry.demonyms:
            lx.by_demonym.setdefault(fold(dem), ctry)
    for bloc in c.blocs:
        for nm in (bloc.name, *bloc.aliases):
            lx.blocs[fold(nm)] = (bloc.name, bloc.kind)
    lx.bodies = {fold(k_): v for k_, v in c.bodies.items()}
    lx.regions = frozenset(fold(r) for r in c.regions)
    lx.cities = frozenset(fold(r) for r in c.cities)
    t, k, u, g, p, s = a.titles, a.kinds, a.unnamed, a.government, a.places, a.sources
    lx.gov_titles = _s(t.government)
    lx.person_nouns = _s(t.person) | lx.gov_titles
    lx.honorifics = _s(t.honorifics)
    lx.org_words = _s(k.organization_words)
    lx.unit_heads = _s(k.unit_heads)
    lx.speech_verbs = _s(k.speech_verbs)
    lx.unnamed_person = _s(u.person)
    lx.unnamed_group = _s(u.group)
    lx.needs_modifier = _s(u.needs_modifier)
    lx.never = _s(u.never)
    lx.never_phrases = _s(u.never_phrases)
    lx.generic = _s(u.generic)
    lx.inert = _s(u.inert)
    lx.institutions = _s(u.institutions)
    lx.gov_nouns = _s(g.nouns)
    lx.gov_modifiers = _s(g.modifiers)
    lx.gov_default = {k_.casefold(): v for k_, v in g.default_state.items()}
    lx.occupier = _s(g.occupier)
    lx.military = _s(g.military)
    lx.venue_preps = _s(p.venue_preps)
    lx.motion = _s(p.motion)
    lx.place_nouns = _s(p.place_nouns)
    lx.meet_verbs = _s(p.meet_verbs)
    lx.conquest_verbs = _s(p.conquest_verbs)
    lx.pair_numbers = _s(p.pair_numbers)
    lx.agencies = frozenset(s.agencies)
    lx.first_names = frozenset(n.names) | frozenset(fold(x) for x in n.names)
    lx.female_names = frozenset(fold(x) for x in n.female)
    for f in fields(ActorFrames):  # every list of [frames] is a field of the lexicon of the same name
        setattr(lx, f.name, _s(getattr(a.frames, f.name)))
    return lx
