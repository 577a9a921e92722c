"""A speaker who would not name a person in one report and names them in another (rule
``across.links.withheld_name``, resolve/across/withheld.py, data/across_withheld.toml). Every text is invented."""

from __future__ import annotations

import re

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.textspans import sentence_end, sentence_start
from backchannel.resolve.across.withheld import RULE, read_withheld

NAMES = {"Ola Brandt": "brandt", "Brandt": "brandt", "Tor Lind": "lind", "Lind": "lind"}


def reading(text: str, claim: str):
    at = text.index(claim)
    mentions = sorted((m.start(), aid) for name, aid in NAMES.items() for m in re.finditer(re.escape(name), text))
    return read_withheld("r", "c1", "lind", text, (sentence_start(text, at), sentence_end(text, at + len(claim))),
                         (at, at + len(claim)), mentions, frozenset({"brandt", "lind"}))


def test_refusals_of_several_shapes_withhold_the_person():
    for text, claim in [
            ("Asked whether the prisoner was Ola Brandt, Tor Lind declined to confirm, saying the name would be "
             "given on arrival.", "the name would be given on arrival"),
            ("Tor Lind would neither confirm nor deny that Ola Brandt was among those freed.",
             "Ola Brandt was among those freed"),
            ("Tor Lind refused to name Ola Brandt as the detainee, insisting the family wanted privacy.",
             "the family wanted privacy"),
            ("When reporters raised Brandt, Lind did not confirm it, adding that talks went on.", "talks went on"),
            ("Lind refrained from publicly identifying the man as Brandt and said the exchange was complete.",
             "the exchange was complete"),
            ("Tor Lind declined to confirm whether Ola Brandt had been freed.", "Ola Brandt had been freed")]:
        r = reading(text, claim)
        assert r is not None and r.refused and r.persons == ("brandt",), text


def test_namings_and_near_misses():
    r = reading("Tor Lind said Ola Brandt would be home shortly.", "Ola Brandt would be home shortly")
    assert r is not None and not r.refused and r.persons == ("brandt",)
    # a refusal about something else, the person in the claim's words said: no withholding of Brandt
    r = reading("Tor Lind, who declined to comment on the talks, said Brandt had left.", "Brandt had left")
    assert r is None or not r.refused  # "comment" is no verb of naming: at most Lind naming Brandt
    # "did not deny that X ..." names X; it withholds nothing
    r = reading("Tor Lind did not deny that Ola Brandt was freed.", "Ola Brandt was freed")
    assert r is None or not r.refused
    # a refusal whose sentence names no person: nothing withheld
    assert reading("Tor Lind declined to confirm the talks, saying they were private.", "they were private") is None


def report(doc: str, text: str) -> Report:
    r = Report(doc, text, published="2031-03-04", source=f"Outlet {doc}")
    r.actor("lind", "Tor Lind", mention="Lind")
    if "Brandt" in text:
        r.actor("brandt", "Ola Brandt", mention="Brandt")
    return r


def test_withheld_against_named_by_the_same_speaker_only():
    held = report("r1", "Asked whether the prisoner was Ola Brandt, Tor Lind declined to confirm, saying the name "
                        "would be given on arrival.")
    held.say("c1", "lind", "the name would be given on arrival")
    named = report("r2", "Tor Lind said Ola Brandt would be home shortly.")
    named.say("c1", "lind", "Ola Brandt would be home shortly")
    other = report("r3", "Tor Lind spoke. Mira Holm said Ola Brandt would be home shortly.")
    other.actor("holm", "Mira Holm")
    other.say("c1", "holm", "Ola Brandt would be home shortly")  # another speaker names him: no dispute with Lind
    again = report("r4", "Tor Lind again refused to name Ola Brandt as the prisoner, saying talks went on.")
    again.say("c1", "lind", "talks went on")  # a second refusal agrees with the first
    both = report("r5", "Tor Lind did not confirm that it was Ola Brandt. Later Tor Lind said Ola Brandt was home.")
    both.say("c1", "lind", "Ola Brandt was home")  # this report has him name Brandt too: it relays both
    res = resolve_dossiers([held.d, named.d, other.d, again.d, both.d])
    got = {(lk["a"]["doc"], lk["a"]["claim"], lk["b"]["doc"], lk["b"]["claim"]) for lk in res.links
           if RULE in lk["note"]}
    assert got == {("r1", "c1", "r2", "c1"), ("r1", "c1", "r5", "c1"), ("r4", "c1", "r2", "c1"),
                   ("r4", "c1", "r5", "c1")}
    assert all(lk["on"] == "content" and lk["kind"] == "contradicts" for lk in res.links if RULE in lk["note"])


def test_across_links_withheld_name_marc_fogel_floor(nlp) -> None:  # noqa: ANN001
    """Floor on the marc-fogel cluster (looked at for this rule; the path is named, never globbed): links 0.250
    and 0 of 3 contradictions before across.links.withheld_name and the 'elaborated' cue, 0.364 and 1 of 3 after."""
    from across_helpers import score_cluster
    from conftest import ROOT

    s = score_cluster(ROOT.parent / "freshcluster7" / "marc-fogel-release", nlp)
    assert s["links_contradicts"]["tp"] >= 1
    assert s["links"]["f1"] >= 0.34
