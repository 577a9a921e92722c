"""The order of the actors stage's steps, as data.

Each step is a function of the stage's :class:`ActorState`; later steps read what
earlier ones recorded, so the order matters and is spelled out here once.
"""

from __future__ import annotations

from typing import Callable

from backchannel.extract.actors.abductions import abduction_parties
from backchannel.extract.actors.aliases import (acronyms, led_coalitions, names_with_group_nouns, names_with_kind_nouns,
                                                shortened_names, stated_aliases)
from backchannel.extract.actors.blocs import blocs_in_titles
from backchannel.extract.actors.body_modifiers import bodies_only_in_descriptions
from backchannel.extract.actors.bodies import leaders_governments, same_bodies
from backchannel.extract.actors.body_titles import bodies_in_descriptions, bodies_in_titles
from backchannel.extract.actors.captive_anaphors import captive_anaphors
from backchannel.extract.actors.captives import captives
from backchannel.extract.actors.coalitions import coalition_members
from backchannel.extract.actors.corefer import corefer
from backchannel.extract.actors.counted_groups import counted_groups
from backchannel.extract.actors.institutions import named_institutions
from backchannel.extract.actors.colleagues import cabinet_colleagues, sole_state_officials
from backchannel.extract.actors.salient_officials import salient_state_officials
from backchannel.extract.actors.background_bodies import drop_background_bodies
from backchannel.extract.actors.honorific_surnames import honorific_surnames
from backchannel.extract.actors.spokes_bodies import spokesperson_bodies
from backchannel.extract.actors.body_states import body_states
from backchannel.extract.actors.bodies_of import bodies_of
from backchannel.extract.actors.title_bodies import late_title_bodies, title_bodies, title_organisations
from backchannel.extract.actors.definite import definite_descriptions
from backchannel.extract.actors.definite_states import state_descriptions
from backchannel.extract.actors.described_bodies import described_bodies
from backchannel.extract.actors.descriptions import bare_armed_plurals, name_heads, names_with_heads
from backchannel.extract.actors.descriptors import descriptors_and_affiliations, state_descriptors
from backchannel.extract.actors.closing_credits import closing_credits
from backchannel.extract.actors.furniture import find_furniture
from backchannel.extract.actors.gloss_names import acronym_gloss_names
from backchannel.extract.actors.own_sources import own_source_outlets
from backchannel.extract.actors.party_acronyms import kind_noun_aliases
from backchannel.extract.actors.government import government_descriptions
from backchannel.extract.actors.government_modifiers import modifier_governments
from backchannel.extract.actors.leader_phrases import leader_government_phrases
from backchannel.extract.actors.inclusions import included_members
from backchannel.extract.actors.there import there_sides
from backchannel.extract.actors.handles import handles_after_names
from backchannel.extract.actors.implied import (government_word_salient_states, implied_government_sides,
                                                leaders_of_named_governments, organisation_bodies)
from backchannel.extract.actors.media_anaphora import outlets_by_kind
from backchannel.extract.actors.led_bodies import led_bodies
from backchannel.extract.actors.members import member_affiliations
from backchannel.extract.actors.merges import (drop_dangling_affiliations, spelling_variants, drop_leaders_only_in_government_names,
                                               drop_place_names, drop_places_inside_descriptions, resolve_pronouns,
                                               same_event_persons)
from backchannel.extract.actors.named_later import descriptions_named_later, lead_descriptions_named
from backchannel.extract.actors.names import find_named, materialise_named
from backchannel.extract.actors.nationals import national_persons
from backchannel.extract.actors.offices import office_holders
from backchannel.extract.actors.organs import organ_appositions
from backchannel.extract.actors.part_orgs import part_appositions
from backchannel.extract.actors.fronted_states import fronted_states
from backchannel.extract.actors.described_owners import described_possessors
from backchannel.extract.actors.state_outlets import state_outlets
from backchannel.extract.actors.origin_places import drop_origin_places, drop_school_places
from backchannel.extract.actors.listed_parts import drop_listed_parts
from backchannel.extract.actors.party_anaphors import party_anaphors
from backchannel.extract.actors.particle_names import particle_name_parts
from backchannel.extract.actors.peoples import demonym_peoples
from backchannel.extract.actors.parties import one_party
from backchannel.extract.actors.partitives import described_partitive_roles, partitive_roles
from backchannel.extract.actors.relatives import drop_bystander_kin, relatives
from backchannel.extract.actors.role_anaphors import role_anaphors
from backchannel.extract.actors.nicknames import quoted_nicknames
from backchannel.extract.actors.owned_bodies import owned_bodies
from backchannel.extract.actors.owners import led_by, owner_affiliations, parties_in_brackets
from backchannel.extract.actors.side import context_affiliations
from backchannel.extract.actors.staff import served_person_sides, staff_affiliations
from backchannel.extract.actors.agent_owners import agent_owner_sides
from backchannel.extract.actors.respective import respective_titles
from backchannel.extract.actors.side_groups import armed_modifier_sides, groups_in_titles
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.state_governments import government_owners
from backchannel.extract.actors.state_kinds import state_kind_names
from backchannel.extract.actors.states import compass_states, find_states, materialise_states
from backchannel.extract.actors.subnational import government_aliases, subnational_units
from backchannel.extract.actors.surnames import (honorific_aliases, honorific_given_names, surnames_of_untyped_names,
                                                 title_aliases, untagged_surnames)
from backchannel.extract.actors.title_regions import region_title_holders
from backchannel.extract.actors.title_words import title_word_states
from backchannel.extract.actors.unit_offices import unit_countries, unit_office_holders
from backchannel.extract.actors.glossed import glossed_acronyms
from backchannel.extract.actors.same_names import bare_head_aliases, same_name_descriptions
from backchannel.extract.actors.unnamed import unnamed_actors
from backchannel.extract.actors.vetting import origin_group_descriptions

Step = Callable[[ActorState], None]

STEPS: tuple[Step, ...] = (
    find_furniture,  # bylines, datelines, credits: excluded; the outlet is never an actor
    closing_credits,  # "Author: <Name>", "ab/cd/<Wire>", a closing "<Outlet>" line (s43)
    own_source_outlets,  # "two officials told <Outlet>": the publisher's own anonymous sourcing (s45)
    find_states,  # country names, capitals, demonyms, each with a role
    subnational_units,  # "the <Name> State Government" a state actor, "in <Name> State" a place (s29)
    find_named,  # NER spans repaired and grouped by name
    materialise_states,  # states with a party use become actors
    materialise_named,  # named groups become actors, kind decided from evidence
    quoted_nicknames,  # Tomas "Commander Jet" Varga: one person, the nickname an alias (s28)
    untagged_surnames,  # "..., Safadi said" whatever NER made of it
    drop_origin_places,  # "the Lunde schoolgirls": a town the tagger made a body, before descriptions attach (s33)
    drop_school_places,  # "pupils abducted from the Lunde Secondary School": the scene, no party (s33)
    acronyms,  # "RSF" is the organisation whose initials it spells
    shortened_names,  # "the Foreign Ministry" after "the Armenian Foreign Ministry"; "AU Commission"
    led_coalitions,  # "the Saudi-led coalition"
    state_kind_names,  # "the Sultanate" beside Oman (s27-actors)
    blocs_in_titles,  # "United Nations Secretary-General X": the UN, an actor the title names
    descriptors_and_affiliations,  # titles, appositions, "served as"
    unit_office_holders,  # "the Governor of <Name> State, X": X's side is the unit (s29)
    stated_aliases,  # "also known as", "(ASEAN)", "(@handle)"; runs acronyms again
    acronym_gloss_names,  # "<Full Name> (FN)": the full name the tagger cut (s45)
    handles_after_names,  # "— Ola Brandt (@handle)" where the tagger saw no name (s35-alias)
    state_descriptors,  # "Qatar, a key mediator"
    government_owners,  # "the government of <X>" with <X> not in the gazetteer: a state (s42-groups)
    government_descriptions,  # "the Biden administration", "occupiers"
    modifier_governments,  # "<demonym> government negotiator": the state's alias (s45)
    glossed_acronyms,  # "the GPH [Government of <State>]": the acronym is the party its gloss names (s42)
    parties_in_brackets,  # "David Amsalem (Likud)"
    coalition_members,  # "A, B and C, which make up the D Alliance": the alliance (s26-affil)
    bodies_in_titles,  # "<demonym> foreign ministry spokesman X": the ministry (s26-affil)
    partitive_roles,  # "X, one of the Front's leaders": the Front (s26-affil)
    organ_appositions,  # "the <Name> Bureau, <State>'s intelligence agency": the state (s26-affil)
    bodies_of,  # "the Ministry of Defence of <State>": the state its "of" phrase names (s41-affil)
    part_appositions,  # "X, a hard-line faction of the <Movement>": the movement (s34-affil)
    staff_affiliations,  # "Clinton spokesman X", "an aide to Y": the person served (s30-affil)
    led_bodies,  # "the Saudi-led coalition": Saudi Arabia's (s30-affil)
    title_bodies,  # "X, spokeswoman for <State>'s Foreign Ministry": the ministry, whatever the parse (s32-affil)
    title_word_states,  # "<State> President X" the parse cut from its title: the state (s43-affil)
    respective_titles,  # "the <A> and <B> envoys X and Y": X is <A>'s, Y <B>'s (s48-affil)
    context_affiliations,  # office-holders take the nearest state in context
    leaders_of_named_governments,  # "the Maduro government" beside "the Venezuelan government"
    owner_affiliations,  # "Biden's envoy": the side of the person whose title it is
    names_with_group_nouns,  # "Houthi rebels": the Houthis under a longer name
    definite_descriptions,  # "the rebels": the organisation named before
    state_descriptions,  # "the kingdom", "the Gulf state": the nearest state the description fits (s35)
    described_possessors,  # "X, the group's foreign minister": the organisation "the group" is (s34-affil)
    name_heads,  # "the alliance" after "the Kestrel Alliance": its name's head (s26-descriptions)
    bare_armed_plurals,  # "militants have said": the story's one armed organisation (s26-descriptions)
    origin_group_descriptions,  # "the schoolgirls" after "21 Lunde schoolgirls" (vetting.py)
    compass_states,  # "the North"
    outlets_by_kind,  # "The network reported" after "Harbour TV quoted" (s27-actors)
    abduction_parties,  # "pupils abducted by bandits", "her captors" (s29-captors)
    unnamed_actors,  # "a Hamas official", "Two Egyptian security sources"
    bare_head_aliases,  # "the opposition" apart from "the Ostland opposition" that has it as alias: one (s42)
    staff_affiliations,  # "two senior aides of President X": X (s30-affil)
    agent_owner_sides,  # "a spokesman for X", "representatives of X": X (s48-affil)
    included_members,  # "Hamas officials, including X and Y": the whole's side (s35-affil)
    described_partitive_roles,  # "X, one of the community leaders": the group so described before (s43-affil)
    there_sides,  # "in <State>, as the Supreme Court there ruled": the state just named (s35-affil)
    region_title_holders,  # "<demonym> envoy to <region> X": the envoy is X (s27-actors)
    names_with_heads,  # "the opposition coalition" after "the opposition" (s26-descriptions)
    bodies_in_descriptions,  # "<Movement> leaders say": the movement NER missed there (s26-affil)
    office_holders,  # "the Emir of Ostland", "the foreign ministers of A and B": holders of a sole office
    bodies_only_in_descriptions,  # "a senior <seat> official" only: the seat's state, no body actor
    groups_in_titles,  # "militant spokesman X" after "the separatist militants": the group's side
    armed_modifier_sides,  # "rebel negotiators" after "the <Movement>": the movement's side
    descriptions_named_later,  # "a Chinese envoy ... the envoy, Deng Xiwen": one person
    implied_government_sides,  # "a senior administration official" after "the Biden administration"
    organisation_bodies,  # "the African Union Commission" is part of the African Union
    captives,  # "Six South Korean fishermen were handed back"
    relatives,  # "hugged his father", "reunited with their families" (s25-parties)
    demonym_peoples,  # "support for Palestinians", "prominent Russians": peoples as groups (s27-actors)
    led_by,  # "Hamas's negotiators, led by a former lawmaker"
    member_affiliations,  # "X, who leads the RSF"; "Y of the Green Party"
    owned_bodies,  # "X's <Front>", "the <Army> of X": the leader's organisation (s36-affil)
    same_bodies,  # "the Russian Defence Ministry" = "Russia's Ministry of Defense" = "the ministry"
    leaders_governments,  # "President X's government" is X's state
    leader_government_phrases,  # "the government of President X" as written: the state's alias (s43-alias)
    described_bodies,  # "Lorvian troops" = the named "Lorvia Defence Force" (s25-parties)
    one_party,  # s24-parties: one party under several descriptions (parties.py)
    counted_groups,  # "five Lorvian prisoners" ... "the five innocent Lorvians": the group counted again (s37)
    spelling_variants,  # "Kata'ib Lunde" and "Kataib Lunde"; "Al-Akhbar" and "Al Akhbar" (s28)
    names_with_kind_nouns,  # "the Houthi movement" beside "the Houthis"; "Houthi" and "Houthis" (s27-actors)
    kind_noun_aliases,  # "the <Name> movement" once, the name alone tagged: an alias of "the <Name>s" (s48)
    particle_name_parts,  # "the Taliban" beside "Tehrik-e-Taliban Pakistan" (s27-actors)
    role_anaphors,  # "the <demonym> mediator", "its rebel leader": the one named person the role fits
    captive_anaphors,  # "a <demonym> aid worker" freed, "the freed detainee": the one named captive (s30)
    national_persons,  # "a <demonym> man", "their <demonym> driver": a private person, no state's agent (s33)
    same_event_persons,  # "A senior envoy has met X ... Y met X": the same person
    lead_descriptions_named,  # "A Norland envoy has held talks ... Ola Brandt held": the lead's person named (s32)
    honorific_aliases,  # "Sheikh Mohammed"
    title_aliases,  # "General Ola Brandt", "Governor Lunde": a title run before a name (s30)
    honorific_given_names,  # "Mr Somsak" after "Somsak Chaiyaporn": honorific and given name (s28)
    surnames_of_untyped_names,  # "Gomes" after "Aijalon Mahli Gomes" the tagger called an organisation (s30)
    honorific_surnames,  # "Mr De Vries" after "Pieter De Vries", whatever the tagger made of it (s47)
    title_organisations,  # "the Minister of Information, X" tagged an organisation: X's title (s32-affil)
    late_title_bodies,  # "X, head of the junta" once "the junta" is the state's alias; replaces a guess (s32-affil)
    body_states,  # "the <demonym> Army, the National Guard and the Federal Police": the state's (s39-affil)
    cabinet_colleagues,  # "Finance Minister X" beside "<demonym> Prime Minister Y": Y's state (s27-actors)
    named_institutions,  # "the Foreign Ministry" tagged as a name, no state: the salient state (s32-affil)
    fronted_states,  # "In <State>, Prime Minister X said": that state; a guess gives way (s34-affil)
    government_word_salient_states,  # "the Government delegation" with no state so described: the salient one (s41)
    state_outlets,  # "state media reported", "state broadcaster X": the nearest state (s34-affil)
    sole_state_officials,  # "the Minister of Information, X" in a report naming one state: that state (s32-affil)
    salient_state_officials,  # "President X" far from any state: the report's salient state there (s47-actors)
    spokesperson_bodies,  # "The Front denied it. '...,' spokeswoman X said": the Front (s47-actors)
    corefer,  # scored joins with their evidence: "Tavid Pessaro" = "Tevid Pesaro"; "A rebel leader, X" (s39-coref)
    party_anaphors,  # "his party", "the pro-<X> party": the named party, once sides are known (s41)
    drop_bystander_kin,  # "“… reunited with his family”", "pray for their relatives": kin in passing (s27-actclaims)
    drop_places_inside_descriptions,  # "commanders from Azovstal"
    drop_background_bodies,  # "a Navy veteran", "a former <Agency> agent": the body named once for who a person is (s47)
    drop_place_names,  # "reached Garissa", "the Kyzyl-Bel crossing": places, not actors
    drop_listed_parts,  # "prisoners, including soldiers and border guards": parts of a whole, no parties (s41)
    drop_leaders_only_in_government_names,  # "the Biden administration" alone makes no Biden
    government_aliases,  # "Lorvia State Government" beside "Lorvia State", once no step reads aliases for sides (s29)
    unit_countries,  # "<Name> State" belongs to the report's country (s29)
    same_name_descriptions,  # two unnamed actors of one description ("foreign aid workers" twice): one (s40)
    served_person_sides,  # "an adviser to <demonym> President Y": Y's side, never Y (s41-affil)
    drop_dangling_affiliations,  # no affiliation may point at a dropped actor
    resolve_pronouns,  # resolve/coref.py
)


def run(st: ActorState) -> None:
    """Run the stage's steps in order over one document's state."""
    for step in STEPS:
        step(st)
