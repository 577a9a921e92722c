"""Entities across reports that reach more reports (session 33; every text here is invented).

- ``across.entities.middle_name``: "Anita Maria Varga" is "Maria Varga" in another report (a middle name and the
  surname), never "Tomas Varga", and a name with a particle ("Karim bin Aziz Haddad") has no middle name;
- ``across.entities.taken_by``, the far form: a participle that takes people only a few words before "by"
  ("abducted near Varn two winters back by gunmen", "were on Sunday evening kidnapped by bandits"), or "held ... by"
  after the captives in the sentence by a band; never the agent of a later verb ("found by soldiers": review fix);
- ``across.entities.sole_taker``: the one armed band of a report with captives ("the gunmen", "bandits",
  "armed men") is its takers, when told in the captives' story (not "Separately, ... in Vesterland": review fix);
- ``across.entities.sole_part``: "the freed students" are the whole of the captives when no other group is held;
- capture days a day apart ("late on Friday" / "on Saturday") do not tell two takings apart.
"""

from __future__ import annotations

from across_helpers import Report, entity_of, one
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.cluster import compatible
from backchannel.resolve.across.entities import given_name_slot
from backchannel.resolve.across.records import actor_record
from backchannel.resolve.across.storyroles import days_apart, role_words, takes_people
from backchannel.resolve.across.takenby import clause_agent


def fits(*names: str) -> bool:
    recs = [actor_record("d", str(k), n, "person", True) for k, n in enumerate(names)]
    return compatible({v for r in recs for v in given_name_slot(r).values()})


def test_a_middle_name_and_the_surname_are_the_full_names_person():
    assert fits("Anita Maria Varga", "Maria Varga")
    assert fits("Anita Maria Varga", "Anita Varga", "Maria Varga")
    assert fits("Governor Olaf Bertil Lund", "Bertil Lund", "Olaf Lund")
    assert fits("Maria Varga", "Anita Maria Varga")  # either order
    # near misses: a third given name, two short names with no full name between them, a patronymic
    assert not fits("Anita Maria Varga", "Maria Varga", "Tomas Varga")
    assert not fits("Anita Varga", "Maria Varga")
    assert not fits("Karim bin Aziz Haddad", "Aziz Haddad")
    assert not fits("Anita Maria Varga", "Anita Lucia Varga", "Maria Varga")
    # a middle name is compared as spelt, not by its consonants: "Mario" is not "Maria"
    assert not fits("Anita Maria Varga", "Mario Varga")
    assert not fits("Olaf Karin Brandt", "Koren Brandt")
    assert fits("Olaf Karin Brandt", "Karin Brandt")


def test_a_person_called_by_a_middle_name_joins_across_reports():
    texts = [("a", "Governor Olaf Bertil Lund said the pupils were home.", "Olaf Bertil Lund"),
             ("b", "Bertil Lund, the governor, said no ransom was paid.", "Bertil Lund"),
             ("c", "Lund received the pupils on Friday.", "Lund"),
             ("d", "The governor, Olaf Lund, thanked the mediators.", "Olaf Lund")]
    rs = []
    for doc, text, name in texts:
        r = Report(doc, text)
        r.actor("p", name)
        rs.append(r)
    near = Report("e", "Tomas Lund, a trader, said the road was closed.")
    near.actor("p", "Tomas Lund")
    res = resolve_dossiers([r.d for r in rs] + [near.d])
    assert one(res, ("a", "p"), ("b", "p"), ("c", "p"), ("d", "p"))
    assert entity_of(res, "e", "p") != entity_of(res, "a", "p")


def agent(text: str, group: str, held: str | None = None) -> bool:
    ends = [text.index(held) + len(held)] if held else []
    at = text.index(group)
    return clause_agent(text, (at, at + len(group)), ends, role_words(), takes_people)


def test_a_far_agent_of_a_capture_of_people_is_the_takers():
    assert agent("Norland sought the return of 12 traders abducted near Varn some two winters back by unknown gunmen.",
                 "gunmen")
    assert agent("The Varn pupils (twenty girls) were on Sunday evening kidnapped by bandits from the hostel.", "bandits")
    assert agent("Twelve traders kidnapped on the Varn road by armed men were freed.", "men")
    assert agent("Hostages, including two pilots, were freed after being held for months by rebels.", "rebels",
                 "Hostages")
    assert agent("The crew was abducted off the coast of Norland on Monday by pirates.", "pirates")
    assert agent("The students had been detained in a forest camp by militants.", "militants", "students")
    # near misses: a release after the capture, a clause break, a capture of things, talks held, no auxiliary
    assert not agent("Pupils abducted last week and freed by the army came home.", "army")
    assert not agent("The pupils were abducted in March, and later visited by doctors.", "doctors")
    assert not agent("Weapons seized in the raid by troops were burnt.", "troops")
    assert not agent("Talks on the release were held on Sunday by mediators.", "mediators")
    assert not agent("The hostages' letters, held in a box by clerks, were read.", "clerks", "hostages")


def report(doc: str, text: str, groups: list[tuple[str, str, str]], acts: list[tuple[str, str | None, str, str]],
           party: str = "Norland", time: str | None = None) -> Report:
    r = Report(doc, text + f" {party} confirmed it.", published="2031-03-25")
    r.actor("party", party, kind="state")
    for gid, name, mention in groups:
        r.actor(gid, name, kind="group", named=False, mention=mention)
    for k, (t, src, tgt, phrase) in enumerate(acts):
        r.act(f"i{k}", t, src, tgt, phrase, time=time if t == "attack" else None)
    return r


def test_the_one_armed_band_of_a_report_with_captives_is_the_takers():
    a = report("a", "Dozens of Varn pupils were abducted when gunmen stormed the hostel.",
               [("p", "pupils", "pupils"), ("t", "gunmen", "gunmen")],
               [("attack", None, "p", "Dozens of Varn pupils were abducted")])
    b = report("b", "The students were freed. Bandits had raided the school.",
               [("p", "students", "students"), ("t", "bandits", "Bandits")],
               [("release", None, "p", "The students were freed")])
    c = report("c", "The children came home; armed men had stormed the school at night.",
               [("p", "kidnapped children", "children"), ("t", "armed men", "armed men")],
               [("release", None, "p", "The children came home")])
    d = report("d", "The pupils were freed, and their abductors fled.",
               [("p", "pupils", "pupils"), ("t", "abductors", "abductors")],
               [("release", None, "p", "The pupils were freed")])
    res = resolve_dossiers([r.d for r in (a, b, c, d)])
    assert one(res, ("a", "t"), ("b", "t"), ("c", "t"), ("d", "t"))
    assert one(res, ("a", "p"), ("b", "p"), ("c", "p"), ("d", "p"))
    assert any("across.entities.sole_taker" in w for j in res.judgements for w in j.reasons)


def test_two_armed_bands_or_no_captives_make_no_takers():
    # near misses: two bands in one report (which took the pupils is not told); a report with no captives
    e = report("e", "The pupils were freed. Gunmen and bandits fought near the school.",
               [("p", "pupils", "pupils"), ("g", "gunmen", "Gunmen"), ("t", "bandits", "bandits")],
               [("release", None, "p", "The pupils were freed")])
    f = report("f", "Bandits raided a market in the north.", [("t", "bandits", "Bandits")], [])
    g = report("g", "The students were freed after talks with their abductors.",
               [("p", "students", "students"), ("t", "abductors", "abductors")],
               [("release", None, "p", "The students were freed")])
    res = resolve_dossiers([r.d for r in (e, f, g)])
    assert entity_of(res, "e", "t") != entity_of(res, "g", "t")
    assert entity_of(res, "e", "g") != entity_of(res, "g", "t")
    assert entity_of(res, "f", "t") != entity_of(res, "g", "t")


def test_the_freed_students_are_the_whole_of_the_captives_when_none_other_is_held():
    a = report("a", "The boys were freed by the bandits. The freed students were taken to hospital.",
               [("b", "boys", "boys"), ("f", "freed students", "freed students")],
               [("release", None, "b", "The boys were freed")])
    b = report("b", "The pupils were freed on Thursday.", [("p", "pupils", "pupils")],
               [("release", None, "p", "The pupils were freed")])
    c = report("c", "The released schoolboys reached home.", [("p", "released schoolboys", "released schoolboys")],
               [("release", None, "p", "The released schoolboys reached home")])
    res = resolve_dossiers([r.d for r in (a, b, c)])
    assert one(res, ("a", "b"), ("a", "f"), ("b", "p"), ("c", "p"))
    # near miss: beside the hostages held, "the freed hostages" are a part of them
    d = report("d", "The hostages were held. The freed hostages spoke.",
               [("h", "hostages", "hostages"), ("f", "freed hostages", "freed hostages")],
               [("attack", None, "h", "The hostages were held")])
    res = resolve_dossiers([d.d])
    assert entity_of(res, "d", "h") != entity_of(res, "d", "f")


def test_capture_days_a_day_apart_are_one_taking_two_days_apart_are_not():
    assert not days_apart(frozenset({"2031-03-14"}), frozenset({"2031-03-15"}))
    assert not days_apart(frozenset({"2031-03"}), frozenset({"2031-03-20"}))
    assert not days_apart(frozenset(), frozenset({"2031-03-20"}))
    assert days_apart(frozenset({"2031-03-14"}), frozenset({"2031-03-17"}))
    assert days_apart(frozenset({"2031-03"}), frozenset({"2031-04-02"}))
    a = report("a", "Gunmen abducted the pupils late on Friday.", [("p", "pupils", "pupils")],
               [("attack", None, "p", "Gunmen abducted the pupils")], time="2031-03-14")
    b = report("b", "Bandits kidnapped the schoolboys on Saturday.", [("p", "schoolboys", "schoolboys")],
               [("attack", None, "p", "Bandits kidnapped the schoolboys")], time="2031-03-15")
    c = report("c", "Gunmen seized the students on Tuesday.", [("p", "students", "students")],
               [("attack", None, "p", "Gunmen seized the students")], time="2031-03-18")
    res = resolve_dossiers([r.d for r in (a, b, c)])
    assert one(res, ("a", "p"), ("b", "p"))
    assert entity_of(res, "c", "p") != entity_of(res, "a", "p")


def quoted(doc: str, text: str, aid: str, name: str, mention: str | None = None) -> Report:
    r = Report(doc, text, published="2031-03-25")
    r.actor("lund", "Olaf Lund")
    r.actor(aid, name, named=False, mention=mention)
    return r


def test_an_unnamed_party_inside_one_passage_two_reports_quote_is_one_party():
    pairs = [
        ("Olaf Lund said: \u201cThose in the talks include my adviser, some army officers and two elders,\u201d in Varn.",
         "\u201cThose in the talks include my adviser, some army officers and two elders,\u201d Olaf Lund told radio.",
         "adviser"),
        ("Olaf Lund wrote that Mira, a Varn student whose sister is a Norland citizen, was freed.",
         "Olaf Lund said he was glad that Ana, a Varn student whose sister is a Norland citizen, had been freed.",
         "whose sister"),
        ("\"The Norland government sent its envoy to Varn and asked for a plane,\" Olaf Lund said.",
         "Olaf Lund said on Monday: The Norland government sent its envoy to Varn and asked for a plane.",
         "envoy"),
    ]
    for x, y, name in pairs:
        a, b = quoted("a", x, "u", name), quoted("b", y, "u", name)
        res = resolve_dossiers([a.d, b.d])
        assert one(res, ("a", "u"), ("b", "u")), name
        assert any("across.entities.same_passage" in w for j in res.judgements for w in j.reasons)


def test_stock_phrases_and_different_passages_tie_no_unnamed_party():
    pairs = [  # attribution boilerplate, the same description in other words, a shared run with too little content
        ("Talks stalled, said a senior official who spoke on condition of anonymity, Olaf Lund noted.",
         "Prices rose, said a senior official who spoke on condition of anonymity, Olaf Lund noted.", "official"),
        ("Olaf Lund said his adviser flew to Varn on Monday.",
         "Olaf Lund said an adviser met the elders in Tessel.", "adviser"),
        ("Olaf Lund said that it was the adviser who had been in the room.",
         "Olaf Lund said it was the adviser who had been in the car.", "adviser"),
    ]
    for x, y, name in pairs:
        a, b = quoted("a", x, "u", name), quoted("b", y, "u", name)
        res = resolve_dossiers([a.d, b.d])
        assert not one(res, ("a", "u"), ("b", "u")), x


def test_takers_read_from_the_words_keep_their_captives_place_and_day():
    # near misses: two takings in one story, told apart by the captives' place or the capture's day
    a = report("a", "The Varn pupils were abducted when gunmen stormed the hostel.",
               [("p", "Varn pupils", "Varn pupils"), ("t", "gunmen", "gunmen")],
               [("attack", None, "p", "The Varn pupils were abducted")])
    b = report("b", "The Tessel pupils were abducted when bandits stormed the hostel.",
               [("p", "Tessel pupils", "Tessel pupils"), ("t", "bandits", "bandits")],
               [("attack", None, "p", "The Tessel pupils were abducted")])
    c = report("c", "The traders were abducted when armed men stopped the bus.",
               [("p", "traders", "traders"), ("t", "armed men", "armed men")],
               [("attack", None, "p", "The traders were abducted")], time="2031-03-02")
    d = report("d", "The farmers were abducted when gunmen raided the village.",
               [("p", "farmers", "farmers"), ("t", "gunmen", "gunmen")],
               [("attack", None, "p", "The farmers were abducted")], time="2031-03-20")
    res = resolve_dossiers([a.d, b.d])
    assert not one(res, ("a", "t"), ("b", "t")) and not one(res, ("a", "p"), ("b", "p"))
    res = resolve_dossiers([c.d, d.d])
    assert not one(res, ("c", "t"), ("d", "t")) and not one(res, ("c", "p"), ("d", "p"))


def test_a_far_agent_is_the_agent_of_the_last_verb_before_by():
    # the reviewer's shapes: an irregular participle, a coordination or an auxiliary between the capture and "by"
    assert not agent("The kidnapped pupils were found by soldiers on Friday.", "soldiers")
    assert not agent("The abducted girls were taken to hospital by soldiers.", "soldiers")
    assert not agent("The kidnapped pupils were brought home by soldiers.", "soldiers")
    assert not agent("The pupils were kidnapped last week and then met by the governor", "governor")
    assert not agent("The hostages were kidnapped two years ago and are now being sought by police", "police")
    assert not agent("Pupils abducted near Varn were driven to safety by vigilantes.", "vigilantes")
    assert not agent("The traders kidnapped in Norland were shown on television by the rebels.", "rebels")
    # holding is a capture only by a band: custody by teachers or police is not
    assert not agent("The pupils were held in a school by teachers", "teachers", "pupils")
    assert not agent("The students were kept overnight by police in Varn", "police", "students")
    # still the takers: the capture is the last verb before "by", however far; holding by a band
    assert agent("Ola Brandt's crew, kidnapped off Norland in the spring by pirates, came home.", "pirates")
    assert agent("The pupils were held in a forest for weeks by armed men", "men", "pupils")
    assert agent("The traders were abducted on the Varn road late on Friday by bandits.", "bandits")


def test_a_band_told_in_another_story_of_the_report_makes_no_takers():
    a = report("a", "Gunmen abducted the Varn pupils on Friday.",
               [("p", "Varn pupils", "Varn pupils"), ("t", "gunmen", "Gunmen")],
               [("attack", "t", "p", "Gunmen abducted the Varn pupils")])
    e = report("e", "The pupils were freed. Separately, bandits attacked a convoy in Vesterland.",
               [("p", "pupils", "pupils"), ("t", "bandits", "bandits")],
               [("release", None, "p", "The pupils were freed")])
    f = report("f", "The pupils were freed on Monday. Armed men guarding the forest camp were killed by the army.",
               [("p", "pupils", "pupils"), ("t", "armed men", "Armed men")],
               [("release", None, "p", "The pupils were freed on Monday")])
    g = report("g", "The pupils were freed on Monday. The school reopened. The term began. Later, the pupils sang. "
               "Bandits raided a market in the north.",
               [("p", "pupils", "pupils"), ("t", "bandits", "Bandits")],
               [("release", None, "p", "The pupils were freed on Monday")])
    h = report("h", "Bandits who raided the school in Vesterland took the pupils; the pupils were freed.",
               [("p", "Varn pupils", "pupils"), ("t", "bandits", "Bandits")],
               [("release", None, "p", "the pupils were freed")])
    res = resolve_dossiers([r.d for r in (a, e, f, g, h)])
    for doc in "efgh":
        assert entity_of(res, doc, "t") != entity_of(res, "a", "t"), doc
    # near miss that must keep joining: the band in the next sentence, in the captives' place
    b = report("b", "The Varn pupils were freed. Bandits had raided their school in Varn in March.",
               [("p", "Varn pupils", "Varn pupils"), ("t", "bandits", "Bandits")],
               [("release", None, "p", "The Varn pupils were freed")])
    res = resolve_dossiers([r.d for r in (a, b)])
    assert one(res, ("a", "t"), ("b", "t"))


def test_rescuers_after_a_capture_participle_are_not_the_takers():
    a = report("a", "Gunmen abducted the Varn pupils on Friday.",
               [("p", "Varn pupils", "Varn pupils"), ("t", "gunmen", "Gunmen")],
               [("attack", "t", "p", "Gunmen abducted the Varn pupils")])
    b = report("b", "The kidnapped pupils were found by soldiers in a forest on Monday.",
               [("p", "kidnapped pupils", "kidnapped pupils"), ("t", "soldiers", "soldiers")],
               [("release", None, "p", "The kidnapped pupils were found")])
    c = report("c", "The kidnapped pupils were brought home by police on Tuesday.",
               [("p", "kidnapped pupils", "kidnapped pupils"), ("t", "police", "police")],
               [("release", None, "p", "The kidnapped pupils were brought home")])
    res = resolve_dossiers([r.d for r in (a, b, c)])
    assert entity_of(res, "b", "t") != entity_of(res, "a", "t")
    assert entity_of(res, "c", "t") != entity_of(res, "a", "t")
    assert entity_of(res, "b", "t") != entity_of(res, "c", "t")
