"""Invented sentences of releases, swaps and hostage acts, with the interactions expected of each.

Each case: (text, [(type, source name, target name, [via names], negated), ...]). Names are the
actor names the pipeline gives. The captor is the source of a release, the freed captive the target.
"""

from __future__ import annotations

Row = tuple[str, str | None, str | None, list[str], bool]

CASES: list[tuple[str, list[Row]]] = [
    # freed after captivity (agentless)
    ("Ola Brandt was freed after four years in captivity.", [("release", None, "Ola Brandt", [], False)]),
    ("The aid worker Mira Solberg was freed on Tuesday after two years in captivity.",
     [("release", None, "Mira Solberg", [], False)]),
    # handed over
    ("Ola Brandt was handed over to Norwegian diplomats at the border crossing on Monday.",
     [("release", None, "Ola Brandt", ["Norwegian diplomats"], False)]),
    ("The Sarvan Liberation Front handed Ola Brandt over to the Red Cross in Kabul.",
     [("release", "Sarvan Liberation Front", "Ola Brandt", ["Red Cross"], False)]),
    # held since, released
    ("Ola Brandt, who had been held by the Sarvan Liberation Front since 2019, was released on Sunday.",
     [("release", "Sarvan Liberation Front", "Ola Brandt", [], False)]),
    ("Mira Solberg, held by Chile since 2020, was released last week.",
     [("release", "Chile", "Mira Solberg", [], False)]),
    # release brokered by
    ("The release of Ola Brandt, brokered by Qatar, came after months of talks with Peru.",
     [("release", None, "Ola Brandt", [], False), ("mediate", "Qatar", "Peru", [], False)]),
    ("Qatar brokered the release of Ola Brandt by Peru.",
     [("release", "Peru", "Ola Brandt", [], False), ("mediate", "Qatar", "Peru", [], False)]),
    ("Chile secured the release of two Chilean fishermen by negotiating with Peru.",
     [("release", "Peru", None, [], False)]),
    # secured the release
    ("Chile secured the release of Ola Brandt from Peru.",
     [("release", "Peru", "Ola Brandt", [], False)]),
    ("Norwegian diplomats secured the release of Mira Solberg, who had been held by the Sarvan Liberation Front.",
     [("release", "Sarvan Liberation Front", "Mira Solberg", [], False)]),
    # returned home after being held
    ("Ola Brandt returned home after being held by Peru for three years.",
     [("release", "Peru", "Ola Brandt", [], False)]),
    ("Mira Solberg returned to Oslo on Friday after being held by the Sarvan Liberation Front since 2021.",
     [("release", "Sarvan Liberation Front", "Mira Solberg", [], False)]),
    # freed in exchange for
    ("Peru freed Ola Brandt in exchange for Mira Solberg.",
     [("release", "Peru", "Ola Brandt", [], False), ("release", None, "Mira Solberg", [], False)]),
    ("Chile released Ola Brandt in exchange for Mira Solberg, who had been jailed in Peru.",
     [("release", "Chile", "Ola Brandt", [], False), ("release", "Peru", "Mira Solberg", [], False)]),
    # swapped
    ("Ola Brandt and Mira Solberg were swapped at the airport in Ankara.",
     [("release", None, "Ola Brandt", [], False), ("release", None, "Mira Solberg", [], False)]),
    ("Ola Brandt was exchanged for Mira Solberg, who had been held by Chile.",
     [("release", "Chile", "Mira Solberg", [], False), ("release", None, "Ola Brandt", [], False)]),
    # prisoner exchange between
    ("Peru and Chile carried out a prisoner exchange on Saturday.",
     [("release", "Peru", None, [], False), ("release", "Chile", None, [], False)]),
    ("A prisoner exchange between Peru and Chile was mediated by Qatar.",
     [("mediate", "Qatar", "Peru", [], False), ("mediate", "Qatar", "Chile", [], False)]),
    # released to the Red Cross
    ("The Sarvan Liberation Front released Ola Brandt to the Red Cross.",
     [("release", "Sarvan Liberation Front", "Ola Brandt", ["Red Cross"], False)]),
    ("Peru released two Chilean fishermen to the International Committee of the Red Cross on Monday.",
     [("release", "Peru", "Chilean fishermen", ["International Committee of the Red Cross"], False)]),
    # kidnapped by / abducted
    ("Ola Brandt was kidnapped by the Sarvan Liberation Front in 2021.",
     [("attack", "Sarvan Liberation Front", "Ola Brandt", [], False)]),
    ("The Sarvan Liberation Front abducted Ola Brandt near the border in March.",
     [("attack", "Sarvan Liberation Front", "Ola Brandt", [], False)]),
    ("Gunmen from the Sarvan Liberation Front seized Mira Solberg in 2020.",
     [("attack", "Sarvan Liberation Front", "Mira Solberg", [], False)]),
    ("Ola Brandt, who was abducted by the Sarvan Liberation Front in 2021, spoke to reporters.",
     [("attack", "Sarvan Liberation Front", "Ola Brandt", [], False)]),
    # captors released him: since s29-captors the captors are a group actor (the golds list "her
    # captors", "her abductors" and make "released by their abductors" a release by them)
    ("Ola Brandt said his captors released him without warning.",
     [("release", "his captors", "Ola Brandt", [], False)]),
    # hostages held by Y were freed
    ("Hostages held by the Sarvan Liberation Front were freed on Sunday.",
     [("release", "Sarvan Liberation Front", "Hostages held by the Sarvan Liberation Front", [], False)]),
    ("Five hostages held by Peru were released to Chile.",
     [("release", "Peru", "hostages held by Peru", ["Chile"], False)]),
    # agreed to free
    ("Peru agreed to free Ola Brandt.",
     [("release", "Peru", "Ola Brandt", [], False)]),
    ("The Sarvan Liberation Front has agreed to release Mira Solberg in the coming days.",
     [("release", "Sarvan Liberation Front", "Mira Solberg", [], False)]),
    # refused to release
    ("Peru refused to release Ola Brandt.",
     [("release", "Peru", "Ola Brandt", [], True)]),
    ("The Sarvan Liberation Front has refused to free Mira Solberg despite pressure from Chile.",
     [("release", "Sarvan Liberation Front", "Mira Solberg", [], True)]),
    # Z-mediated release
    ("The Qatari-mediated release of Ola Brandt by Peru ended a year of talks.",
     [("release", "Peru", "Ola Brandt", [], False), ("mediate", "Qatar", "Peru", [], False)]),
    ("The Omani-brokered release of Mira Solberg took place on Friday.",
     [("release", None, "Mira Solberg", [], False)]),
    # flown aboard a Qatari plane
    ("Ola Brandt was flown to Doha aboard a Qatari plane after Peru freed him.",
     [("release", "Peru", "Ola Brandt", [], False)]),
    # walked free
    ("Ola Brandt walked free on Thursday after six years in a Peruvian prison.",
     [("release", None, "Ola Brandt", [], False)]),
    ("Mira Solberg walked free from a jail in Lima.",
     [("release", None, "Mira Solberg", [], False)]),
    # pardoned
    ("Ola Brandt was pardoned by President Ana Ruiz of Peru and freed.",
     [("release", "Ana Ruiz", "Ola Brandt", [], False)]),
    ("President Ana Ruiz pardoned Ola Brandt on Monday.",
     [("release", "Ana Ruiz", "Ola Brandt", [], False)]),
    # persuade around a release
    ("Chile urged Peru to release Ola Brandt.",
     [("demand", "Chile", "Peru", [], False)]),
    ("Chile pressed the Sarvan Liberation Front to free Mira Solberg.",
     [("pressure", "Chile", "Sarvan Liberation Front", [], False)]),
    ("Vesterland urged the Sarvan Liberation Front on Monday to free Ola Brandt.",
     [("demand", "Vesterland", "Sarvan Liberation Front", [], False)]),
    ("Chile sent an envoy to Lima to free Mira Solberg, and Peru released her on Friday.",
     [("release", "Peru", "Mira Solberg", [], False)]),
    ("Ola Brandt walked free after being detained by the Sarvan Liberation Front for a year.",
     [("release", "Sarvan Liberation Front", "Ola Brandt", [], False)]),
    ("Two Chilean pilots and a Peruvian officer were swapped at the border on Friday.", []),
    # near-misses: no release / attack
    ("Peru released a statement on Ola Brandt.", []),
    ("Chile freed up funds for the talks with Peru.", []),
    ("Ola Brandt handed over the documents to Peru.", []),
    ("Peru and Chile exchanged views on the border dispute.", []),
    ("Ola Brandt walked to the embassy in Lima.", []),
    ("Ola Brandt returned home after talks with Peru.", []),
    ("The release of the report was welcomed by Chile.", []),
]
