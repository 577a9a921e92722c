"""Whose act a denial denies, and which claims tell an act at all (session 31; every text here is invented).

Rules ``across.links.denial_not_told`` (a claim reported by a verb of denial, or opening an open question,
asserts nothing) and ``across.links.denial_own_act`` (a denial whose clause opens with a subject pronoun is
the speaker's denial of its own act), in resolve/across/denialvoice.py and data/across_denial.toml.
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denialvoice import not_told, own_act


def test_a_claim_a_denial_verb_reports_or_an_open_question_tells_nothing():
    for cue, content in [("denies", "it has ever paid a ransom to the rebels"),
                         ("has denied", "that a ransom was paid for Ola Brandt"),
                         ("dismissed", "that any ransom changed hands in Pell"),
                         ("refuted", "claims the rebels were paid a ransom"),
                         ("commented on", "whether a ransom was paid or not for the captives"),
                         ("would not say", "if any ransom had been paid to the kidnappers"),
                         ("asked", "Whether Norland paid the rebels is unclear")]:
        assert not_told(cue, content), (cue, content)
    # near misses: a verb of saying or claiming tells what it reports; "if" inside the clause opens nothing
    assert not not_told("said", "Norland paid a ransom to free Ola Brandt")
    assert not not_told("claimed", "that Vesterland paid a ransom, if the monitor is right")
    assert not not_told("", "Norland paid a ransom")


def test_a_denial_whose_clause_opens_with_a_pronoun_is_the_speakers_own_act():
    for cue, content in [("denies", "it has ever paid a ransom"),
                         ("denied", "they had been paid a ransom for the captives"),
                         ("has denied", "he paid anything to the kidnappers"),
                         ("denies", "she handed over any money"),
                         ("denying", "it had negotiated with the rebels"),
                         ("refutes", "they ever met the envoy in Pell")]:
        assert own_act(cue, content), (cue, content)
    # near misses: a named subject is read by the parties it names; a verb of saying is no denial
    assert not own_act("denied", "Vesterland paid a ransom")
    assert not own_act("said", "it paid a ransom")
    # a denial taken back by a negator is none ("did not deny", "would neither confirm nor deny")
    assert not own_act("did not deny", "it had paid a ransom")
    assert not own_act("would neither confirm nor deny", "it had paid a ransom")
    assert not not_told("did not deny", "Norland had paid a ransom")


def report(doc: str, text: str) -> Report:
    return outlet_report(doc, text, ("Norland", "Vesterland"), "2031-05-04")


def contradictions(res) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links if lk["kind"] == "contradicts"}


def test_a_state_denying_its_own_payment_does_not_deny_anothers():
    a = report("a", "Norland denies it has ever paid a ransom to the kidnappers of Ola Brandt.")
    a.say("c1", "norland", "it has ever paid a ransom to the kidnappers of Ola Brandt")
    a.d.claims[-1].cue = "denies"
    b = report("b", "A monitor claimed that Vesterland paid a ransom to the kidnappers of Ola Brandt.")
    b.say("c1", None, "Vesterland paid a ransom to the kidnappers of Ola Brandt")
    b.d.claims[-1].cue = "claimed"
    c = report("c", "No ransom was paid for Ola Brandt, the Vesterland spokeswoman said.")
    c.say("c1", "vesterland", "No ransom was paid for Ola Brandt", direct=True)
    c.d.claims[-1].cue = "said"
    res = resolve_dossiers([a.d, b.d, c.d])
    pairs = contradictions(res)
    assert ("b", "c") in pairs  # the payment told and denied: the rule still links it
    assert ("a", "b") not in pairs  # Norland denies its own payment, not Vesterland's
    assert ("a", "c") not in pairs  # two denials: the one a verb of denial reports tells no payment


def test_an_own_denial_still_denies_a_payment_whose_payer_no_report_names():
    # "a ransom was paid to the gunmen": the payee is a party of the telling, the payer is nobody named, so
    # Norland's denial of its own payment denies it (the review's case: the payee made it a third party's)
    a = report("a", "Norland denies it paid a ransom to the gunmen holding the pupils.")
    a.say("c1", "norland", "it paid a ransom to the gunmen holding the pupils")
    a.d.claims[-1].cue = "denies"
    b = report("b", "A large ransom was paid to the gunmen before the pupils were freed, people close to the talks said.")
    b.actor("gunmen", "the gunmen", kind="group", mention="the gunmen")
    b.say("c1", None, "A large ransom was paid to the gunmen before the pupils were freed")
    b.d.claims[-1].cue = "said"
    assert ("a", "b") in contradictions(resolve_dossiers([a.d, b.d]))
