"""Captives and captors never corefer in pronoun resolution (s35-desccoref, ``resolve/captivity.py``);
invented sentences. Why: "Gunmen seized twelve pupils. They were freed": the subject before "they" is
the captor, but a pronoun that is freed is a captive; the release must not get its captor as captive,
nor a captive as its releaser."""

from __future__ import annotations

import pytest


def _acts(analyze, text: str) -> set[tuple[str, str | None, str | None]]:
    d = analyze(text)
    names = {a.id: a.name.lower() for a in d.actors}
    return {(i.type, names.get(i.source or ""), names.get(i.target or "")) for i in d.interactions}


@pytest.mark.parametrize("text,act", [
    # a passive captive pronoun skips the captor subject before it
    ("Gunmen seized twelve pupils in March. They were freed in June after a ransom was paid.",
     ("release", None, "pupils")),
    # an active releaser pronoun skips the passive captive subject before it
    ("Twelve pupils were seized by gunmen in March. In June they freed them after a ransom was paid.",
     ("release", "gunmen", "pupils")),
    # an object captive pronoun skips the captor
    ("Gunmen seized twelve pupils in March. In June they freed them to the governor.",
     ("release", "gunmen", "pupils")),
    # a detained person: "he" was held, so he is the one released
    ("Bandits abducted Ola Brandt in May. He was released to Norway's envoy in July.",
     ("release", None, "ola brandt")),
])
def test_captive_pronoun(analyze, text, act):
    acts = _acts(analyze, text)
    assert act in acts or (act[1] is None and any(a[0] == act[0] and a[2] == act[2] for a in acts)), acts


@pytest.mark.parametrize("text,act", [
    # no captivity role on the pronoun: the captor subject stays its antecedent
    ("Gunmen seized twelve pupils in March. They demanded a ransom from Peru in April.", ("demand", "gunmen", "peru")),
    # no captivity role on the candidates: the releaser is the organisation met before
    ("Peru's envoy met the Kestrel Front in May. They released two engineers in July.",
     ("release", "kestrel front", "engineers")),
])
def test_captive_pronoun_near_misses(analyze, text, act):
    assert act in _acts(analyze, text), _acts(analyze, text)


def test_captor_is_never_the_captive(analyze):
    acts = _acts(analyze, "The Kestrel Front kidnapped two engineers in May. They were released to Norway's "
                          "envoy in July.")
    assert not any(k == "release" and t == "kestrel front" for k, _, t in acts), acts
