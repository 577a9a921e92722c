"""Session 35 (s35-speaker): claim speakers in three shapes the unseen reports showed (every text invented).

Why: a speaker comma segment after a "City, Country" pair took the country for a name apposed to the
speaker's description ("… in Kerrin, Veskaria, a witness said": not Veskaria); a definite post
("The tweet reads, …") after an embedded signed post spoke for nobody, though the signer wrote it
(``claims.speakers.signed_post_author``); and a coordinated speaker after the content ("…, a diplomat
and an official said") spoke through its last conjunct while the same phrase before the cue speaks
through its first (``claims.speakers.first_conjunct``). Near misses: a person's name after a place,
a bare name and description, a post with no signed post before it, a single speaker.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


@pytest.mark.parametrize("text, content, speaker", [
    ("Some of the freed sailors have landed at an air base in Kerrin, Veskaria, a Norpress witness said.",
     "freed sailors have landed", "Norpress witness"),
    ("The convoy crossed the border at a checkpoint near Tallow, Norland, a local official told reporters.",
     "convoy crossed the border", "local official"),
    ("The sailors arrived at a naval base in Lunde, Norland, two Vesterland officials said on Monday.",
     "sailors arrived at a naval base", "Vesterland officials"),
    # near misses: a person's name after a place, and a name with its description
    ("The prisoners were freed in Kessel, Ola Brandt, a Norland army spokesman, said.",
     "prisoners were freed", "Ola Brandt"),
    ("The talks ended without a deal, Kari Lund, a senior Norland diplomat, said.",
     "talks ended without a deal", "Kari Lund"),
])
def test_place_pair_is_no_apposed_name(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


POST = ("Norland President Ola Brandt celebrated the return of the sailors.\n\n"
        "Bienvenidos a casa, marineros. pic.twitter.com/abc123 — Ola Brandt (@OlaBrandt) March 1, 2024\n\n")


@pytest.mark.parametrize("tail, content", [
    ("The tweet reads, \"Welcome home, brave sailors. The nation celebrates your return.\"", "Welcome home"),
    ("The post said the nation was proud of the crew and thanked the mediators.", "nation was proud"),
    ("In English, the tweet reads: \"Welcome home, sailors of Norland.\" It was shared widely.", "Welcome home"),
])
def test_definite_post_is_the_signer(claims_of, tail, content):
    claims, actors = claims_of(POST + tail)
    c = by_content(claims, content)
    assert name(c, actors) == "Ola Brandt"
    assert trace(c).get("speaker") == "claims.speakers.signed_post_author"


@pytest.mark.parametrize("text, content", [
    # no signed post before the post
    ("Norland President Ola Brandt met the crew on Monday. Vesterland's navy chief Jon Ruud stayed away.\n\n"
     "The tweet reads, \"Welcome home, brave sailors.\"", "Welcome home"),
    # a statement is no post
    (POST + "The statement said the nation was proud of the crew.", "nation was proud"),
])
def test_not_a_signed_post(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert trace(c).get("speaker") != "claims.speakers.signed_post_author"


@pytest.mark.parametrize("text, content, speaker", [
    ("A mediator helped secure the release of the sailors, a diplomat and a Vesterland official said.",
     "mediator helped secure", "diplomat"),
    ("The prisoners will be freed on Friday, Norland's envoy Kari Lund and a Vesterland official told reporters.",
     "prisoners will be freed", "Kari Lund"),
    ("The border will reopen next week, a Norland army officer and an aide to the Vesterland president said.",
     "border will reopen", "Norland army officer"),
    # near misses: one speaker, and a coordination inside the speaker's modifier
    ("The border will reopen next week, a Vesterland official said.", "border will reopen", "Vesterland official"),
    ("The border will reopen next week, a source close to the talks between Norland and Vesterland said.",
     "border will reopen", "source close to the talks"),
])
def test_tail_coordination_speaks_through_first_conjunct(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("OSLO — Ola Brandt has returned home after three years in prison, authorities said on "
     "Wednesday. Norway thanked the mediators.", "Ola Brandt has returned home", "Norway"),
    # the dateline's own city or state named in the sentence is no rival
    ("OSLO — Two sailors were freed in Oslo on Monday, authorities said. Norway thanked the mediators.",
     "sailors were freed", "Norway"),
    ("OSLO (OPA) - Norway and Vesterland swapped 90 prisoners on Monday. The authorities said the exchange took "
     "place at the border.", "exchange took place at the border", "Norway"),
    ("OSLO - The exchange of 90 prisoners took place at the border, authorities told reporters on Monday. "
     "Norway thanked the mediators.", "took place at the border", "Norway"),
])
def test_bare_authorities_speak_for_the_dateline_state(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == "claims.dateline.dateline_authorities"


@pytest.mark.parametrize("text, content", [
    # a dateline of two places
    ("OSLO/KESSEL — Norway and Vesterland swapped 90 prisoners on Monday. Authorities said the exchange took "
     "place at the border.", "exchange took place at the border"),
    # qualified authorities
    ("OSLO — Norway and Vesterland swapped 90 prisoners on Monday. Local authorities said the exchange took "
     "place at the border.", "exchange took place at the border"),
    ("OSLO — Norway and Vesterland swapped 90 prisoners on Monday. The authorities in Kessel said the exchange "
     "took place at the border.", "exchange took place at the border"),
    # the sentence names another state, place, people or party the authorities could belong to
    ("OSLO, Norway — Rebels of the Varn Front freed two hostages in Vesterland on Monday, authorities said. "
     "Norway thanked the mediators.", "freed two hostages"),
    ("OSLO — Sweden released two detained sailors on Monday, authorities said. Norway welcomed the move.",
     "released two detained sailors"),
    ("OSLO — Vesterlandic troops shelled a school in Kessel on Monday, authorities said. Norway condemned it.",
     "shelled a school"),
    # no dateline
    ("Norway and Vesterland swapped 90 prisoners on Monday in Oslo. Authorities said the exchange took place at "
     "the border.", "exchange took place at the border"),
])
def test_not_the_dateline_state(claims_of, text, content):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert trace(c).get("speaker") != "claims.dateline.dateline_authorities"
    assert name(c, actors) != "Norway"
