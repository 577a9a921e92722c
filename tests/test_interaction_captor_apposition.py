"""The captor named in a clause on an apposition of the captive ("the release of X, a reporter
who had been held by Y"): the release frames read it at the act itself (implicit.captor_of looks
through the appositive noun the parser hangs the clause on), not from a later guess about the
report's captor. Invented sentences and names only."""

from __future__ import annotations

import pytest

SHAPES = [
    # noun, relative clause in the pluperfect passive on the appositive
    "Officials welcomed the release of Ola Brandt, a Vesterland researcher who had been held for two years by the Red Hand militia.",
    # verb, passive release, relative clause on the subject's apposition
    "Ola Brandt, a reporter who was detained by the Red Hand militia, was released on Friday.",
    # another release verb, a reduced participle clause on the apposition
    "Ola Brandt, an aid worker held by the Red Hand militia, was freed on Friday.",
    # noun, reduced participle of an abduction verb, with a date after the agent
    "Officials welcomed the release of Ola Brandt, an aid worker kidnapped by the Red Hand militia in 2023.",
    # a place of detention before the agent ("held in Norland ... by"): the agent holds them
    "Vesterland welcomed the release of Ola Brandt, a researcher who had been held in Norland for nearly two years by the Red Hand militia.",
    # the apposition with a title noun and a present perfect
    "Norland confirmed the release of Ola Brandt, the Vesterland engineer who has been held by the Red Hand militia since May.",
]


@pytest.mark.parametrize("text", SHAPES)
def test_captor_in_apposition_is_the_releases_source(acts_of, text):
    rel = [i for i in acts_of(text) if i.type == "release" and i.target == "ola-brandt"]
    assert rel and rel[0].source == "red-hand-militia", [(i.type, i.source, i.target, i.trace) for i in rel]
    assert "source" not in (rel[0].trace or {})  # read at the act, not inferred


@pytest.mark.parametrize("text", [
    # a clause on the apposition that tells no custody
    "Officials welcomed the release of Ola Brandt, a researcher who was praised by the Red Hand militia.",
    "Officials welcomed the release of Ola Brandt, a researcher whose work was funded by the Red Hand militia.",
])
def test_other_clause_on_apposition_names_no_captor(acts_of, text):
    rel = [i for i in acts_of(text) if i.type == "release" and i.target == "ola-brandt"]
    assert rel and rel[0].source is None
