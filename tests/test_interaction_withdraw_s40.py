"""Session 40 (lead): leaving a negotiation is a rejection of it; forces moving back are not.

Why: "withdraw from" and "pull out of" reject what they leave only when that is a deal, talks or
a body of the process (`prep_objs` of the two frames in data/frames.toml). In conflict reports the
same verbs mostly tell troops leaving a place ("fighters withdrew from the border area"), which
the frames read as a rejection by the fighters (every such act on the read reports was false).
"""

from __future__ import annotations

import pytest


def _rejects(acts: list) -> list:
    return [i for i in acts if i.type == "reject"]


@pytest.mark.parametrize("text, who", [
    ("Ostland withdrew from the talks on Monday.", "ostland"),
    ("The Kestrel Front withdrew from the ceasefire agreement after the raid.", "kestrel-front"),
    ("Norland said on Friday it would withdraw from the accord.", "norland"),
    ("Ostland has withdrawn from the negotiations with Norland, officials said.", "ostland"),
])
def test_leaving_a_deal_or_talks_is_a_rejection(acts_of, text, who):
    rej = _rejects(acts_of(text))
    assert [i for i in rej if i.source == who], [(i.source, i.target, i.rule) for i in acts_of(text)]


@pytest.mark.parametrize("text", [
    "Kestrel Front fighters withdrew from the border area on Monday.",
    "Ostland's army pulled out of the city of Varn after the truce.",
    "Norland said its troops would withdraw from Lunde by Friday.",
    "The Kestrel Front withdrew from three villages, the army said.",
])
def test_forces_leaving_a_place_reject_nothing(acts_of, text):
    acts = acts_of(text)
    assert not _rejects(acts), [(i.source, i.target, i.rule) for i in acts]


# review s40 finding 11: the negotiating table, a council and an organisation are left too; one shared list
@pytest.mark.parametrize("text, who", [
    ("Ostland withdrew from the negotiating table on Monday.", "ostland"),
    ("Norland withdrew from the regional council in protest.", "norland"),
    ("Ostland said it would withdraw from the organisation next year.", "ostland"),
])
def test_leaving_the_table_or_a_body_is_a_rejection(acts_of, text, who):
    rej = _rejects(acts_of(text))
    assert [i for i in rej if i.source == who], [(i.source, i.target, i.rule) for i in acts_of(text)]


def test_forces_leaving_a_council_building_reject_nothing(acts_of):
    acts = acts_of("Kestrel Front fighters withdrew from the council building on Monday.")
    assert not _rejects(acts), [(i.source, i.target, i.rule) for i in acts]


def test_withdraw_and_pull_out_share_one_list():
    from backchannel.extract.interactions.lexicon import lexicon
    objs = [f.prep_objs for lemma in ("withdraw", "pull") for f in lexicon().frames[lemma] if f.prep_objs]
    assert len(objs) == 2 and objs[0] == objs[1] and "table" in objs[0]
