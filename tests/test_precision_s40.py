"""s40-precision: page furniture that made the report's own outlet an actor, and a dateline's dash glued to the
lede's first word (extract/actors/lead_datelines.py, nlp.py, extract/claims/speaker_actors.py). Invented
sentences; wire agencies by the names of actors.toml [sources]."""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def _holding(actors: dict[str, Actor], word: str) -> list[Actor]:
    return [a for a in actors.values() if any(word in n for n in [a.name, *a.aliases])]


# actors.furniture.agency_label / publication_note: the report's own outlet is no actor, here or later
@pytest.mark.parametrize("text, gone", [
    ("ANSA - Three aid workers were freed on Monday in Vesterland, hours after being seized by gunmen.\n\n"
     "A local elder told ANSA that no ransom was paid.", "ANSA"),
    ("ONA-Kyodo Oslo The first real effort to end the strike in Norway has failed.\n\n"
     "Union leaders and managers blamed each other, a mediator told Kyodo.", "Kyodo"),
    ("Kyodo – Norway and Sweden agreed on Monday to resume the talks in Kessel.", "Kyodo"),
    ("Norway and the Harbour Guild agreed to resume talks on Monday.\n\n"
     "This report by The Harbour Press was first published May 3, 2021.", "Harbour Press"),
])
def test_agency_label_and_publication_note(actors_of, text, gone):
    a = actors_of(text)
    assert not _holding(a, gone), [(x.name, x.aliases) for x in a.values()]


# Near-misses: a party before a dash, a body's published report and an agency cited mid-report stay
@pytest.mark.parametrize("text, kept", [
    ("Vell Front - the group holding the captives - said on Monday it would free them.", "Vell Front"),
    ("Norway and Sweden met in Oslo.\n\nThis report by Vell Watch was published in March and names the captors.",
     "Vell Watch"),
    ("Norway and Sweden met in Oslo on Monday.\n\nKyodo reported that the talks would resume, citing a mediator.",
     "Kyodo"),
])
def test_agency_label_near_misses(actors_of, text, kept):
    assert _holding(actors_of(text), kept)


# s40 review finding 4: the tagger's entity across the label ("AP - Chile") is trimmed, not dropped: the lede's
# first party stays
@pytest.mark.parametrize("text, kept", [
    ("Kyodo – Norway and Sweden agreed on Monday to resume the talks in Kessel.", ["Norway", "Sweden"]),
    ("AP - Chile and Peru agreed to a truce on Monday.", ["Chile", "Peru"]),
    ("AFP - Peru's president met Chile's foreign minister on Monday.", ["Peru", "Chile"]),
    ("ANSA - Bolivia freed three aid workers on Monday.", ["Bolivia"]),
])
def test_agency_label_keeps_the_first_party(actors_of, text, kept):
    a = actors_of(text)
    assert all(_holding(a, k) for k in kept), [(x.name, x.aliases) for x in a.values()]
    assert not any(x.name.startswith(("AP", "AFP", "ANSA", "Kyodo")) for x in a.values())


# nlp._split_glued_dash: "-Norway" after a dateline is "-" and "Norway"; a hyphen inside a word stays
@pytest.mark.parametrize("text, tokens", [
    ("KESSEL (Kyodo) -Norway's government said it had asked no one to mediate.", ["-", "Norway"]),
    ("OSLO, May 3 -Sweden and Finland signed the accord.", ["-", "Sweden"]),
    ("The talks ended —Finland said so.", ["—", "Finland"]),
])
def test_glued_dash_split(nlp, text, tokens):
    words = [t.text for t in nlp(text)]
    assert any(words[i:i + 2] == tokens for i in range(len(words))), words


@pytest.mark.parametrize("text, token", [
    ("The pro-Norway militias and the Vell Front met.", "Norway"),
    ("Temperatures of -5 kept the convoy in Kessel.", "-5"),
])
def test_glued_dash_near_misses(nlp, text, token):
    words = [t.text for t in nlp(text)]
    assert token in words and "pro" in words if token == "Norway" else token in words


# The lede's first party after a glued dateline is the state, not an unnamed "-Norway government" or the dateline
@pytest.mark.parametrize("text, state", [
    ("KESSEL (Kyodo) -Norway's government said on Monday that no country was asked to mediate.", "Norway"),
    ("OSLO (Kyodo) -Sweden's foreign ministry said on Monday the captives would be freed.", "Sweden"),
    ("KESSEL (Kyodo) - Finland's government said it would not attend the talks.", "Finland"),
])
def test_glued_dateline_lede_party(actors_of, text, state):
    a = actors_of(text)
    assert any(x.name == state for x in a.values()), [(x.name, x.aliases) for x in a.values()]
    assert not _holding(a, "Kyodo") and not _holding(a, "government said"), \
        [(x.name, x.aliases) for x in a.values()]


# actors.names.name_list_tail: an acronym or a body's multi-word name after "and" is another party, not the
# close of one body's list of capitalised words
@pytest.mark.parametrize("text, parts", [
    ("In their statement on Monday the Department for Transport and OHU said the talks will go on.",
     ["Department for Transport", "OHU"]),
    ("The government and the unions, Guild of Harbour Pilots, OHU and Vell Dock Workers Union have agreed to "
     "intensive talks.", ["Guild of Harbour Pilots", "OHU"]),
    ("The Ministry of Labour and KVF met on Monday to discuss the strike.", ["Ministry of Labour", "KVF"]),
])
def test_name_list_tail_stops_at_another_body(actors_of, text, parts):
    names = {x.name for x in actors_of(text).values()}
    assert parts[0] in names and not any(parts[1] in n for n in names if n != parts[1]), names


@pytest.mark.parametrize("text, name", [
    ("The Council for Dialogue, Support and Reconstruction met the rebels in Kessel.",
     "Council for Dialogue, Support and Reconstruction"),
    ("The Office for Trade and Industry said the talks would resume.", "Office for Trade and Industry"),
])
def test_name_list_tail_near_misses(actors_of, text, name):
    names = {x.name for x in actors_of(text).values()}
    assert name in names, names


def _acts(analyze, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(i.type, i.source, i.target, i.rule) for i in analyze(text).interactions]


# describing_clause (capture frame): a participle or relative clause with no agent tells who the captives are
@pytest.mark.parametrize("text", [
    "Sweden on Monday handed Norway twelve border guards captured in March in the fighting.",
    "The freed Swedes included pilots and two sailors who had been captured near Kessel.",
    "Norway released the 40 guards captured in May, the ministry in Oslo said on Friday.",
])
def test_capture_describing_clause(analyze, text):
    assert not [a for a in _acts(analyze, text) if a[3].endswith(".capture")], _acts(analyze, text)


@pytest.mark.parametrize("text, act", [
    ("The Vell Front seized the town of Kessel from Norway on Monday.", ("attack", "vell-front", "norway")),
    ("The aid workers were seized by the Vell Front in Kessel, the mayor said.", ("attack", "vell-front", None)),
    ("The Vell Front captured the border post of Kessel from Norway in May.", ("attack", "vell-front", "norway")),
])
def test_capture_describing_clause_near_misses(analyze, text, act):
    acts = _acts(analyze, text)
    assert any(a[0] == act[0] and a[1] == act[1] and (act[2] is None or a[2] == act[2]) for a in acts), acts


# actors.names.ner_person: a plural title before coordinated names is each one's title, no part of the first name
@pytest.mark.parametrize("text, person", [
    ("Peter al-Amsel and Maria Varga arrived on Monday. The deal was initialled in the presence of Presidents "
     "al-Amsel and Varga.", "Peter al-Amsel"),
    ("The talks were led by Ministers Jonas Berg and Anna Lund.", "Jonas Berg"),
    ("The truce was agreed by Generals Jonas Berg and Anna Lund on Monday.", "Jonas Berg"),
])
def test_plural_title_before_names(actors_of, text, person):
    names = {x.name for x in actors_of(text).values()}
    assert person in names and not any(n.split()[0] in ("Presidents", "Ministers", "Generals") for n in names), names


@pytest.mark.parametrize("text, org", [
    ("The Presidents Council of the Vell Front met in Kessel on Monday.", "Presidents Council"),
    ("The Presidents Club Foundation said it would host the talks.", "Presidents Club Foundation"),
    ("The Generals Association of Norland said the truce would hold.", "Generals Association"),
])
def test_plural_title_near_misses(actors_of, text, org):
    names = {x.name for x in actors_of(text).values()}
    assert any(org in n for n in names), names


# actors.merges.same_description (built twice in s40, as actors.twins.same_name too): two unnamed actors of
# one name, kind and side are one
@pytest.mark.parametrize("text, name", [
    ("Norway freed three Americans on Monday. The Americans held in Kessel were flown home, and Americans "
     "welcomed the news.", "Americans"),
    ("Two Americans were released by Norway on Monday. Americans held abroad are a priority, and the Americans "
     "freed flew home.", "Americans"),
    ("Gunmen seized two nurses in Kessel. The nurses were freed on Friday, and the nurses flew home.", "nurses"),
    ("Rebels seized four teachers near Kessel. The teachers were freed on Monday, and the teachers thanked Norway.",
     "teachers"),
])
def test_same_name_twins(actors_of, text, name):
    """(s40 review finding 13b: exactly one, so a missing group fails too.)"""
    names = [x.name for x in actors_of(text).values() if x.name.lower() == name.lower()]
    assert len(names) == 1, names


@pytest.mark.parametrize("text, names", [
    ("Norwegian soldiers and Swedish soldiers clashed near Kessel on Monday.",
     ["Norwegian soldiers", "Swedish soldiers"]),
    ("Norway freed two Swedes and Sweden freed three Norwegians on Monday.", ["Swedes", "Norwegians"]),
])
def test_same_name_twins_near_misses(actors_of, text, names):
    got = {x.name for x in actors_of(text).values()}
    assert all(any(n in g for g in got) for n in names), got


# s40 review finding 6: a dateline whose dash is glued to the lede's first word is the dateline all the same:
# its capital is no party
@pytest.mark.parametrize("text, kept, gone", [
    ("LIMA (AP) -Chile and Bolivia agreed to a truce on Monday.", ["Chile", "Bolivia"], "Peru"),
    ("LIMA -Chile and Bolivia agreed to a truce on Monday.", ["Chile", "Bolivia"], "Peru"),
    ("OSLO, Norway (Kyodo) -Sweden's president met Finland's foreign minister.", ["Sweden", "Finland"], "Norway"),
])
def test_glued_dash_dateline(actors_of, text, kept, gone):
    a = actors_of(text)
    assert all(_holding(a, k) for k in kept) and not _holding(a, gone), [x.name for x in a.values()]


def test_glued_dash_dateline_near_miss(actors_of):
    assert _holding(actors_of("NATO-Russia talks resumed in Kessel on Monday."), "NATO")
