"""Session 35 review fixes (s35-fixspk), every text invented.

Why: a bare "Police" (or "the police"; a domestic body, not an army) took the state the report is about even when its
sentence names another state or a place of another state, where the body may as well be that state's
(``actors.unnamed.salient_state``); near misses: no other state or place, or the report's own capital.
"""

from __future__ import annotations

import pytest

LEAD = "Norway and Sweden held talks in Oslo. Norway hosted the talks. "


def _police(actors_of, text):
    (police,) = [a for a in actors_of(text).values() if a.name.lower() == "police"]
    return police


@pytest.mark.parametrize("tail", [
    "Police said a man was arrested in Sweden.",
    "The police said a man was arrested in Sweden.",
    "A man was arrested in Stockholm, police said.",
    "Police arrested two Swedish protesters in Stockholm on Monday.",
])
def test_police_beside_another_state_take_no_salient_state(actors_of, tail):
    assert _police(actors_of, LEAD + tail).affiliation is None


@pytest.mark.parametrize("tail", [
    "Police said a man was arrested near the venue.",
    "The police said a man was arrested near the venue.",
    "Police in Oslo said a man was arrested.",
])
def test_police_with_no_rival_take_the_salient_state(actors_of, tail):
    police = _police(actors_of, LEAD + tail)
    assert police.affiliation == "norway"


POST = ("Norland President Ola Brandt celebrated the return of the sailors.\n\n"
        "Bienvenidos a casa, marineros. pic.twitter.com/abc123 — Ola Brandt (@OlaBrandt) March 1, 2024\n\n")


@pytest.mark.parametrize("middle, tail", [
    ("Vesterland's foreign minister Jon Ruud responded on X an hour later.", "The post said the crew were spies."),
    ("Jon Ruud, Vesterland's foreign minister, wrote on his Telegram channel that evening.",
     "The post said the crew were spies."),
    ("Vesterland's envoy Jon Ruud replied on Twitter within minutes.", "The tweet reads, \"The crew were spies.\""),
])
def test_a_poster_after_the_signed_post_wrote_the_post(claims_of, middle, tail):
    """A person named posting on a platform between the signed post and "the post" wrote it (review, s35)."""
    from claim_helpers import by_content, name
    claims, actors = claims_of(POST + middle + " " + tail)
    assert name(by_content(claims, "crew were spies"), actors) == "Jon Ruud"


@pytest.mark.parametrize("middle", [
    "Vesterland's foreign minister Jon Ruud responded in a statement an hour later.",
    "Vesterland's foreign minister Jon Ruud responded on Monday.",
])
def test_no_platform_keeps_the_signed_post(claims_of, middle):
    from claim_helpers import by_content, name, trace
    claims, actors = claims_of(POST + middle + " The post said the crew were spies.")
    c = by_content(claims, "crew were spies")
    assert name(c, actors) == "Ola Brandt"
    assert trace(c).get("speaker") == "claims.speakers.signed_post_author"


def _state_of(actors_context, text, word):
    """The actor a definite state description ``word`` was made a mention of, or None."""
    ctx = actors_context(text)
    for aid, a in ctx.actors.items():
        if any(m.text == word for m in a.mentions):
            return aid
    return None


@pytest.mark.parametrize("text, expected", [
    # a reply's subject answers the earlier object
    ("Norway accused Sweden of spying on Monday. The country denied the charge on Tuesday.", "sweden"),
    ("Norway accused Sweden of arming the rebels. The country rejected the accusation.", "sweden"),
    # parallel roles: a subject takes the subject
    ("Norway accused Sweden of spying on Monday. The country recalled its ambassador on Tuesday.", "norway"),
    # one fitting state: no choice to make
    ("Sweden was accused of spying on Monday. The country denied the charge on Tuesday.", "sweden"),
])
def test_reply_subject_takes_the_accused(actors_context, text, expected):
    assert _state_of(actors_context, text, "country") == expected


@pytest.mark.parametrize("text, word, expected", [
    # "the state" as the institution, not a country
    ("Norway held talks with the rebels. Critics say the rebels want to replace the state with a council.",
     "state", None),
    ("Norway met the rebels. The rebels want to abolish the state entirely.", "state", None),
    # "the state" acting is a country
    ("Norway met the rebels on Monday. The state later said it would free prisoners.", "state", "norway"),
    ("Norway met the rebels on Monday. The state's envoy later left the talks.", "state", "norway"),
])
def test_the_state_is_a_country_only_when_it_acts(actors_context, text, word, expected):
    assert _state_of(actors_context, text, word) == expected


@pytest.mark.parametrize("text, expected", [
    # a party other than the state reports the clause: its own people may be meant
    ("Norway mediated between Sweden and the Varn Front. The Varn Front said the nation would not forget.",
     None),
    # the state itself reports it
    ("Norway mediated between Sweden and the rebels. Norway said the nation would not forget.", "norway"),
    # no reported clause
    ("Norway mediated between Sweden and the rebels on Monday. The nation hosted the talks.", "norway"),
])
def test_a_party_reporting_the_clause_blocks_a_third_state(actors_context, text, expected):
    assert _state_of(actors_context, text, "nation") == expected


def test_an_army_beside_another_state_keeps_the_salient_state(actors_of):
    """Near miss: an army acts abroad, so a foreign state in its sentence is no rival owner."""
    actors = actors_of(LEAD + "The army said it intercepted drones launched from Sweden.")
    (army,) = [a for a in actors.values() if a.name.lower() == "army"]
    assert army.affiliation == "norway"
