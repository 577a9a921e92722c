"""A battery of invented newswire attribution shapes (round 10): who said what.

Why: the claims rules grew from the errors of single reports; this battery checks the usual wire
and broadsheet shapes at once ("said X, a spokesman for Y", "X told <outlet>", "according to a
statement from X", "officials said on condition of anonymity", "<outlet> quoted X as saying",
"X was quoted as saying", mid-quote cues, "he added" paragraphs, headline labels "X: …"), each
on an invented sentence with invented names, with the claims the gold conventions
(../shared/gold/README.md) give it: (speaker name, cue, content, direct). A speaker written
"~Name" only has to contain Name. Near-misses at the end must make no claim.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text

Expected = list[tuple[str | None, str, str, bool]]  # (speaker name, cue, content, direct)

BA = "Ola Brandt"

CASES: list[tuple[str, Expected]] = [
    # "said X, a spokesman for Y" and its orders
    ('"The talks will resume on Monday," said Ola Brandt, a spokesman for the Norland foreign ministry.',
     [(BA, "said", "The talks will resume on Monday,", True)]),
    ('"The offer is dead," the spokesman for the Vesterland army, Piet Lund, said.',
     [("Piet Lund", "said", "The offer is dead,", True)]),
    ("Piet Lund, a spokesman for the Vesterland army, said the offer was dead.",
     [("Piet Lund", "said", "the offer was dead", False)]),
    ("A spokesman for the Norland foreign ministry, Ola Brandt, said the talks would resume.",
     [(BA, "said", "the talks would resume", False)]),
    ("The deal was close, said Ola Brandt.", [(BA, "said", "The deal was close", False)]),
    ("Ola Brandt said on Tuesday the deal was close.", [(BA, "said", "the deal was close", False)]),
    # "X told <outlet>"
    ("Ola Brandt told the Vesterland Herald that the ceasefire would hold.",
     [(BA, "told", "the ceasefire would hold", False)]),
    ("Ola Brandt told the Vesterland Herald the talks would resume.",
     [(BA, "told", "the talks would resume", False)]),
    ("The offer was dead, Piet Lund told the Vesterland Herald.",
     [("Piet Lund", "told", "The offer was dead", False)]),
    ('Ola Brandt told the Vesterland Herald: "The deal is close."', [(BA, "told", "The deal is close.", True)]),
    ('"The deal is close," Ola Brandt told the Vesterland Herald in an interview.',
     [(BA, "told", "The deal is close,", True)]),
    ("Norland's foreign minister, Ola Brandt, told reporters in Lima that the deal was close.",
     [(BA, "told", "the deal was close", False)]),
    # according to
    ("According to a statement from the Norland foreign ministry, the delegation will arrive in Lima on Tuesday.",
     [("Norland foreign ministry", "according to", "the delegation will arrive in Lima on Tuesday", False)]),
    ("According to a statement issued by the Norland foreign ministry, the envoy will travel to Lima.",
     [("Norland foreign ministry", "according to", "the envoy will travel to Lima", False)]),
    ("According to Ola Brandt, the prisoners will be freed on Friday.",
     [(BA, "according to", "the prisoners will be freed on Friday", False)]),
    ("The draft was nearly complete, according to a person familiar with the matter.",
     [("person familiar with the matter", "according to", "The draft was nearly complete", False)]),
    # statements, offices, websites
    ("In a statement, the Vesterland defence ministry said the prisoners had been released.",
     [("Vesterland defence ministry", "said", "the prisoners had been released", False)]),
    ("President Karl Mattsson's office said the envoy had left for Santiago.",
     [("~Karl Mattsson", "said", "the envoy had left for Santiago", False)]),
    ("The office of President Karl Mattsson said the envoy had left for Santiago.",
     [("~Karl Mattsson", "said", "the envoy had left for Santiago", False)]),
    ("The Norland foreign ministry said in a statement posted on its site that the envoy had met rebel leaders.",
     [("Norland foreign ministry", "said", "the envoy had met rebel leaders", False)]),
    ("The envoy had met rebel leaders, the Norland foreign ministry said in a statement posted on its site.",
     [("Norland foreign ministry", "said", "The envoy had met rebel leaders", False)]),
    ("The talks will resume next week, the Norland foreign ministry said in a statement.",
     [("Norland foreign ministry", "said", "The talks will resume next week", False)]),
    ('"We will not negotiate under fire," the Vesterland foreign ministry said in a statement.',
     [("Vesterland foreign ministry", "said", "We will not negotiate under fire,", True)]),
    ("A statement from the Norland presidency said the envoy would travel to Lima.",
     [("Norland presidency", "said", "the envoy would travel to Lima", False)]),
    ("The Vesterland army said in a statement that it had halted operations.",
     [("Vesterland army", "said", "it had halted operations", False)]),
    ("The ministry said in a statement that the envoy had returned.",
     [("ministry", "said", "the envoy had returned", False)]),
    # anonymous sources
    ("Norland officials said on condition of anonymity that the talks had stalled.",
     [("Norland officials", "said", "the talks had stalled", False)]),
    ("The talks had stalled, two Norland officials said on condition of anonymity.",
     [("Norland officials", "said", "The talks had stalled", False)]),
    ("Norland officials told reporters on condition of anonymity that the envoy had left.",
     [("Norland officials", "told", "the envoy had left", False)]),
    ("The envoy left, one official said on condition that he not be named.",
     [("official", "said", "The envoy left", False)]),
    ("Ola Brandt said that deal was dead.", [(BA, "said", "that deal was dead", False)]),  # "that" a determiner
    ("A person familiar with the matter said the draft was nearly complete.",
     [("person familiar with the matter", "said", "the draft was nearly complete", False)]),
    ("A Vesterland official, who spoke on condition of anonymity since he had no authority to brief "
     "reporters, said the offer had been rejected.",
     [("Vesterland official", "said", "the offer had been rejected", False)]),
    ("A Vesterland official, who requested anonymity because the talks were private, said that "
     "the offer had been rejected.", [("Vesterland official", "said", "the offer had been rejected", False)]),
    ('"There is no deal yet," a Norland official who requested anonymity said.',
     [("Norland official", "said", "There is no deal yet,", True)]),
    ("A Norland diplomat, who declined to be identified, said the talks had failed.",
     [("Norland diplomat", "said", "the talks had failed", False)]),
    ("The talks had failed, said a Norland official who asked not to be identified.",
     [("Norland official", "said", "The talks had failed", False)]),
    ("Ola Brandt asked to be named as mediator.", [(BA, "asked", "to be named as mediator", False)]),  # a request
    ("Ola Brandt asked Vesterland not to attack the convoy.",
     [(BA, "asked", "Vesterland not to attack the convoy", False)]),
    ("Norland officials said the convoy had crossed the border.",
     [("Norland officials", "said", "the convoy had crossed the border", False)]),
    ("Two diplomats briefed on the talks said Norland had softened its position.",
     [("diplomats briefed on the talks", "said", "Norland had softened its position", False)]),
    # interviews, media relays, social media
    ("Ola Brandt said in an interview with the Vesterland Herald that no deal was close.",
     [(BA, "said", "no deal was close", False)]),
    ("The Vesterland Herald quoted Ola Brandt as saying that the border would reopen.",
     [(BA, "quoted", "the border would reopen", False)]),
    ('The Vesterland Herald quoted Ola Brandt as saying: "The deal is close."',
     [(BA, "quoted", "The deal is close.", True)]),
    ("Vesterland Herald quoted a senior official as saying the truce would hold.",
     [("senior official", "quoted", "the truce would hold", False)]),
    ("Ola Brandt was quoted by the Vesterland Herald as saying that the truce would hold.",
     [(BA, "quoted", "the truce would hold", False)]),
    ("Ola Brandt was quoted by state media as saying that the truce would hold.",
     [(BA, "quoted", "the truce would hold", False)]),
    ("The deal is close, Ola Brandt was quoted as saying.", [(BA, "quoted", "The deal is close", False)]),
    ("The truce would hold, Ola Brandt was quoted by the Vesterland Herald as saying.",
     [(BA, "quoted", "The truce would hold", False)]),
    ('"The truce will hold," Ola Brandt was quoted as saying.', [(BA, "quoted", "The truce will hold,", True)]),
    ("Ola Brandt wrote on social media that the hostages were safe.",
     [(BA, "wrote", "the hostages were safe", False)]),
    ("Ola Brandt wrote in a post on social media that the hostages were safe.",
     [(BA, "wrote", "the hostages were safe", False)]),
    ('Ola Brandt wrote on social media: "The hostages are safe."', [(BA, "wrote", "The hostages are safe.", True)]),
    ("In a post on social media, Ola Brandt said the hostages were safe.",
     [(BA, "said", "the hostages were safe", False)]),
    ("Ola Brandt, speaking to reporters in Lima, said the deal was close.",
     [(BA, "said", "the deal was close", False)]),
    ("Speaking to reporters in Lima, Ola Brandt said the deal was close.",
     [(BA, "said", "the deal was close", False)]),
    # quote paragraphs, "he added", mid-quote cues
    ('Ola Brandt said the talks were productive.\n\n"We have made real progress," he added.',
     [(BA, "said", "the talks were productive", False), (BA, "added", "We have made real progress,", True)]),
    ('Ola Brandt said the talks had been hard.\n\n"We argued for hours. Nobody slept. But in the end we '
     'found a text," he added.',
     [(BA, "said", "the talks had been hard", False),
      (BA, "added", "We argued for hours. Nobody slept. But in the end we found a text,", True)]),
    ('"We are ready to talk. We have always been ready," Ola Brandt said. "But the other side must stop '
     'the shelling."',
     [(BA, "said", "We are ready to talk. We have always been ready,", True),
      (BA, "said", "But the other side must stop the shelling.", True)]),
    ('"We are ready," Ola Brandt said, "but only if the shelling stops."',
     [(BA, "said", "We are ready, but only if the shelling stops.", True)]),
    ('Ola Brandt said Norland was "ready to talk" but not under fire.', [(BA, "said", "ready to talk", True)]),
    # "adding that", and the other cue verbs
    ("Ola Brandt said the talks would resume, adding that a deal was possible by March.",
     [(BA, "said", "the talks would resume", False), (BA, "adding", "a deal was possible by March", False)]),
    ('"Talks will resume," Ola Brandt said on Monday, adding that a venue had not been chosen.',
     [(BA, "said", "Talks will resume,", True), (BA, "adding", "a venue had not been chosen", False)]),
    ('Ola Brandt said in a statement, adding: "We expect a reply by Friday."',
     [(BA, "adding", "We expect a reply by Friday.", True)]),
    ("Ola Brandt said that the talks would resume and that a deal was possible.",
     [(BA, "said", "the talks would resume and that a deal was possible", False)]),
    ("Ola Brandt denied that Norland had paid a ransom.", [(BA, "denied", "Norland had paid a ransom", False)]),
    ("Ola Brandt denied reports that Norland had paid a ransom.",
     [(BA, "denied", "reports that Norland had paid a ransom", False)]),
    ("Ola Brandt warned that the truce could collapse.", [(BA, "warned", "the truce could collapse", False)]),
    ("Ola Brandt warned Vesterland that the truce could collapse.",
     [(BA, "warned", "the truce could collapse", False)]),
    ("Ola Brandt insisted that the talks were on track.", [(BA, "insisted", "the talks were on track", False)]),
    ("Ola Brandt insisted on Tuesday that the talks were on track.",
     [(BA, "insisted", "the talks were on track", False)]),
    ("Ola Brandt insisted on a ceasefire before any talks.",
     [(BA, "insisted on", "a ceasefire before any talks", False)]),
    ("Norland called on Monday for a ceasefire.", [("Norland", "called on Monday for", "a ceasefire", False)]),
    ('"We did not pay anything," Ola Brandt insisted.', [(BA, "insisted", "We did not pay anything,", True)]),
    ("Ola Brandt acknowledged that the talks had stalled.",
     [(BA, "acknowledged", "the talks had stalled", False)]),
    ("Ola Brandt acknowledged in a television interview that the talks had stalled.",
     [(BA, "acknowledged", "the talks had stalled", False)]),
    ("Ola Brandt stressed that Norland would not pay a ransom.",
     [(BA, "stressed", "Norland would not pay a ransom", False)]),
    ("Ola Brandt accused Vesterland of breaking the truce.",
     [(BA, "accused", "Vesterland of breaking the truce", False)]),
    ("Ola Brandt confirmed that the envoy had met the rebels.",
     [(BA, "confirmed", "the envoy had met the rebels", False)]),
    ("Ola Brandt added that the talks would continue.", [(BA, "added", "the talks would continue", False)]),
    # questions
    ('"Why should we trust them?" Ola Brandt asked.', [(BA, "asked", "Why should we trust them?", True)]),
    ("Ola Brandt asked whether Vesterland was serious about the talks.",
     [(BA, "asked", "whether Vesterland was serious about the talks", False)]),
    # the reporter's question is kept without a speaker (tests/test_claims.py: the person asked is not the asker)
    ('Asked whether the talks would resume, Ola Brandt said: "We will see."',
     # the reporter's question is no claim (s36, content.question: kept as an attribution)
     [(BA, "said", "We will see.", True)]),
    ("Ola Brandt, asked about the talks, said they were on track.", [(BA, "said", "they were on track", False)]),
    ("Ola Brandt, asked whether the talks would resume, said they would.", [(BA, "said", "they would", False)]),
    ('Ola Brandt, asked whether the talks would resume, said: "We will see."', [(BA, "said", "We will see.", True)]),
    ("Ola Brandt, the envoy, asked whether the talks would resume.",  # he asks: no aside
     [(BA, "asked", "whether the talks would resume", False)]),
    # near-misses: no claim
    ("Ola Brandt met the Vesterland envoy in Lima on Tuesday.", []),
    ("The statement from the Norland ministry was released on Tuesday.", []),
    ("Ola Brandt is expected to speak on Monday.", []),
    ("Ola Brandt refused to say whether the talks had stalled.", []),
    ("Will the talks resume next week?", []),
]

#: headlines "X: …" opening a body whose title they are
HEADLINES: list[tuple[str, Expected]] = [
    ("Brandt: talks will resume", [("Brandt", ":", "talks will resume", False)]),
    ('Brandt: "We will not pay a ransom"', [("Brandt", ":", "We will not pay a ransom", True)]),
    ("Norland: talks with Vesterland will resume next week",
     [("Norland", ":", "talks with Vesterland will resume next week", False)]),
    ("Norland's Brandt: deal is close", [("Brandt", ":", "deal is close", False)]),
    ("Ola Brandt: Norland will not pay a ransom", [(BA, ":", "Norland will not pay a ransom", False)]),
    # near-miss: a section label is no speaker
    ("Latest: talks in Lima end without a deal", []),
]

#: cases the rules do not handle yet (the text, why)
KNOWN_FAILURES: dict[str, str] = {}


def _claims(text: str, title: str | None = None) -> Expected:
    d = analyze_text(text, title=title)
    names = {a.id: a.name for a in d.actors}
    return [(names.get(c.speaker or ""), c.cue or "", c.content, c.direct) for c in d.claims]


def _same(got: Expected, want: Expected) -> bool:
    if len(got) != len(want):
        return False
    for (gs, gc, gt, gd), (ws, wc, wt, wd) in zip(got, want):
        speaker_ok = (gs is not None and ws[1:] in gs) if ws is not None and ws.startswith("~") else gs == ws
        if not (speaker_ok and gc == wc and gt == wt and gd == wd):
            return False
    return True


@pytest.mark.parametrize("text, want", CASES, ids=[f"s{i:02d}" for i in range(len(CASES))])
def test_battery_claims(text: str, want: Expected) -> None:
    if text in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[text])
    got = _claims(text)
    assert _same(got, want), got


@pytest.mark.parametrize("title, want", HEADLINES, ids=[f"h{i}" for i in range(len(HEADLINES))])
def test_battery_headlines(title: str, want: Expected) -> None:
    got = _claims(title + "\n\nThe talks in Lima ended on Tuesday without a deal.", title=title)
    assert _same(got, want), got
