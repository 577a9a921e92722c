"""A person's case told by two sides, one party or several, and a kind read from an NER label alone
(rules across.links.case_dispute, across.links.one_or_several, across.entities.guessed_kind).
Every text here is invented."""

from __future__ import annotations

from across_helpers import Report, score_cluster
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.case_words import claim_context
from backchannel.resolve.across.casedispute import is_innocence


def contradictions(res, on: str) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links
                  if lk["kind"] == "contradicts" and lk["on"] == on)


def charge_report(doc: str = "r1") -> Report:
    text = ("Velmar released Oda Strenholm, a teacher from Pell, on Friday. "
            "The Velmari Security Bureau accused her of espionage last spring. "
            "According to prosecutors, she passed survey maps of the northern harbour to a foreign agency.")
    r = Report(doc, text, published="2032-03-05", source="Velmar Wire")
    r.actor("strenholm", "Oda Strenholm", mention="Oda Strenholm")
    r.actor("bureau", "Velmari Security Bureau", kind="organization")
    r.actor("prosecutors", "prosecutors", kind="group", named=False)
    r.act("i1", "accuse", "bureau", "strenholm", "accused her of espionage")
    r.say("c1", "prosecutors", "she passed survey maps of the northern harbour to a foreign agency")
    return r


def innocence_report(doc: str, text: str, speaker: str, content: str, source: str,
                     person: str = "Strenholm") -> Report:
    r = Report(doc, text, published="2032-03-05", source=source)
    r.actor(person.lower(), person, mention=person)
    r.actor(speaker, speaker.title(), mention=speaker.title())
    r.say("c1", speaker, content)
    return r


def test_across_links_case_dispute_charge_against_wrongful_detention():
    a = charge_report()
    b = innocence_report("r2", "Strenholm flew home to Pell. Marisol said the teacher had been wrongfully detained "
                         "for fourteen months.", "marisol", "the teacher had been wrongfully detained for fourteen months",
                         "Pell Herald")
    c = innocence_report("r3", "Lawyers for Strenholm spoke on Friday. Castel called the espionage case baseless and "
                         "said she was a schoolteacher.", "castel", "the espionage case baseless", "Harbour Times")
    res = resolve_dossiers([a.d, b.d, c.d])
    assert contradictions(res, "content") == [("r1", "r2"), ("r1", "r3")]
    assert all("across.links.case_dispute" in lk["note"] for lk in res.links if lk["on"] == "content")


def test_across_links_case_dispute_needs_the_charge_to_be_about_the_person():
    # the accuser's claim names nobody and points to nobody: a remark on the exchange, not the charge
    text = ("The Velmari Security Bureau accused Oda Strenholm of espionage. "
            "The Velmari Security Bureau confirmed the exchange took place at dawn.")
    a = Report("r1", text, published="2032-03-05", source="Velmar Wire")
    a.actor("strenholm", "Oda Strenholm")
    a.actor("bureau", "Velmari Security Bureau", kind="organization")
    a.act("i1", "accuse", "bureau", "strenholm", "accused Oda Strenholm of espionage")
    a.say("c1", "bureau", "the exchange took place at dawn")
    b = innocence_report("r2", "Strenholm flew home. Marisol said the teacher was wrongfully detained.", "marisol",
                         "the teacher was wrongfully detained", "Pell Herald")
    assert contradictions(resolve_dossiers([a.d, b.d]), "content") == []


def test_across_links_case_dispute_no_accusation_no_dispute():
    # nobody is accused in any report: "wrongfully detained" alone contradicts nothing
    a = Report("r1", "Prosecutors said Tarn Oberle smuggled engine parts through Kessa.", published="2032-03-05")
    a.actor("oberle", "Tarn Oberle")
    a.actor("prosecutors", "prosecutors", kind="group", named=False, mention="Prosecutors")
    a.say("c1", "prosecutors", "Tarn Oberle smuggled engine parts through Kessa")
    b = innocence_report("r2", "Oberle returned. Ilves said he was unjustly detained.", "ilves",
                         "he was unjustly detained", "Kessa Post", person="Oberle")
    assert contradictions(resolve_dossiers([a.d, b.d]), "content") == []


def test_across_links_case_dispute_the_accused_denies_in_another_report():
    a = charge_report()
    text = "Oda Strenholm spoke to reporters in Pell. She said she was persecuted for her family's origins."
    b = Report("r2", text, published="2032-03-06", source="Pell Herald")
    b.actor("strenholm", "Oda Strenholm", mention="Oda Strenholm")
    b.say("c1", "strenholm", "she was persecuted for her family's origins")
    assert contradictions(resolve_dossiers([a.d, b.d]), "content") == [("r1", "r2")]


def test_across_links_case_dispute_innocence_words():
    assert is_innocence("a case slammed as ludicrous")
    assert is_innocence("politically motivated charges")
    assert not is_innocence("she was detained at the border in May")
    # a judgement word counts only when it is said of the case, and not negated
    for said in ("the charges against him are fabricated", "the trial was a sham", "she is innocent",
                 "the reporter is being persecuted"):
        assert is_innocence(said), said
    for other in ("an absurd proposal from the ministry", "a sham ceasefire", "innocent civilians were hurt",
                  "the charges are not baseless", "the rumour was false"):
        assert not is_innocence(other), other
    # a judgement quoted alone takes its case noun from the reporting sentence
    for sentence, said_of_case in (("His lawyer called the charges “absurd”.", True),
                                   ("His lawyer called the proposal “absurd”.", False)):
        context = claim_context(sentence, 0, len(sentence))
        assert context.case_noun is said_of_case and context.pronouns == {"male"}
        assert is_innocence("absurd", context.case_noun) is said_of_case


def talks(doc: str, text: str, other: tuple[str, str, str], source: str) -> Report:
    r = Report(doc, text, published="2032-04-01", source=source)
    r.actor("lorvia", "Lorvia", kind="state")
    r.actor("ferro", "Tomas Ferro", affiliation=None)
    r.actor(other[0], other[1], kind=other[2], named=False, affiliation="lorvia")
    r.act("i1", "negotiate", "ferro", other[0], text.split(".")[0])
    return r


def test_across_links_one_or_several_one_official_against_several():
    one = ("a-official", "senior Lorvian intelligence official", "person")
    many = ("reps", "senior representatives", "group")
    a = talks("r1", "Tomas Ferro and a senior Lorvian intelligence official held the talks. Lorvia said nothing.",
              one, "Paper A")
    b = talks("r2", "Tomas Ferro held talks with a senior Lorvian intelligence official. Lorvia said nothing.",
              one, "Paper B")
    c = talks("r3", "The talks were held by Tomas Ferro and senior representatives of Lorvia, including two "
              "ministers. Lorvia said nothing.", many, "Paper C")
    res = resolve_dossiers([a.d, b.d, c.d])
    assert contradictions(res, "count") == [("r1", "r3"), ("r2", "r3")]
    assert all("across.links.one_or_several" in lk["note"] for lk in res.links if lk["on"] == "count")


def test_across_links_one_or_several_needs_one_side_and_one_head():
    one = ("a-official", "senior Lorvian official", "person")
    other_head = ("guards", "border guards", "group")
    a = talks("r1", "Tomas Ferro and a senior Lorvian official held the talks. Lorvia said nothing.", one, "Paper A")
    b = talks("r2", "Tomas Ferro held talks with border guards. Lorvia said nothing.", other_head, "Paper B")
    assert contradictions(resolve_dossiers([a.d, b.d]), "count") == []


def test_across_links_one_or_several_a_report_telling_both_says_nothing():
    one = ("a-official", "senior Lorvian official", "person")
    many = ("officials", "senior officials", "group")
    a = talks("r1", "Tomas Ferro and a senior Lorvian official held the talks. Lorvia said nothing.", one, "Paper A")
    text = "Tomas Ferro met senior officials of Lorvia. Later Tomas Ferro met a senior Lorvian official alone."
    b = talks("r2", text, many, "Paper B")
    b.actor("b-official", "senior Lorvian official", named=False, affiliation="lorvia")
    b.act("i2", "negotiate", "ferro", "b-official", "Tomas Ferro met a senior Lorvian official alone")
    assert contradictions(resolve_dossiers([a.d, b.d]), "count") == []


def test_across_entities_guessed_kind_label_alone_is_no_proof():
    from backchannel.resolve.across.records import actor_record
    from backchannel.resolve.across.entities import resolve_entities
    person = actor_record("r1", "ostrova", "Ostrova", "person", True)
    guessed = actor_record("r2", "ostrova", "Ostrova", "state", True)
    guessed.kind_guessed = True
    sure = actor_record("r3", "ostrova", "Ostrova", "state", True)
    res = resolve_entities([person, guessed])
    assert res.entity_of[("r1", "ostrova")] == res.entity_of[("r2", "ostrova")]
    why = " ".join(r for j in res.judgements for r in j.reasons)
    assert "across.entities.guessed_kind" in why
    res = resolve_entities([person, sure])  # both kinds from evidence: a person and a state stay apart
    assert res.entity_of[("r1", "ostrova")] != res.entity_of[("r3", "ostrova")]


def test_across_entities_of_inverted_government_of_a_state():
    from backchannel.resolve.across.names import of_inverted
    assert of_inverted("government of velmar") == "velmar government"
    assert of_inverted("ministry of harbours") == "harbours ministry"
    assert of_inverted("velmar government") is None
    assert of_inverted("friends of the harbour") is None  # not an office word
    a = Report("r1", "The Government of Velmar thanked both sides.", source="Paper A")
    a.actor("gov", "Government of Velmar", kind="organization")
    b = Report("r2", "Velmar hosted the exchange; the Velmar government said so.", source="Paper B")
    b.actor("velmar", "Velmar", kind="state", aliases=["Velmar government"], mention="Velmar")
    res = resolve_dossiers([a.d, b.d])
    ent = next(e for e in res.entities if len(e["members"]) == 2)
    assert {m["doc"] for m in ent["members"]} == {"r1", "r2"}
    assert any("across.entities.of_inverted" in r for j in res.judgements for r in j.reasons)


def test_across_entities_defined_acronym_joins_the_short_form():
    from backchannel.resolve.across.records import acronym_forms, actor_record, defined_acronyms
    text = "The Harbour Protection Bureau of Lorvia (SBL) detained two sailors."
    assert defined_acronyms(text) == {"harbour protection bureau of lorvia": "sbl"}
    rec = actor_record("r1", "hpb", "Harbour Protection Bureau", "organization", True)
    assert acronym_forms(rec, defined_acronyms(text)) == ["sbl"]
    person = actor_record("r1", "p", "Harbour Protection", "person", True)
    assert acronym_forms(person, defined_acronyms(text)) == []
    a = Report("r1", text, source="Paper A")
    a.actor("hpb", "Harbour Protection Bureau", kind="organization")
    b = Report("r2", "The SBL said the sailors were questioned.", source="Paper B")
    b.actor("sbl", "SBL", kind="organization")
    c = Report("r3", "The SBL freed one sailor.", source="Paper C")  # no definition: stays a bare acronym
    assert entity(resolve_dossiers([a.d, b.d]), "r1", "hpb") == entity(resolve_dossiers([a.d, b.d]), "r2", "sbl")
    c.actor("hpb", "Harbour Protection Bureau", kind="organization", mention="SBL")
    res = resolve_dossiers([c.d, b.d])
    assert entity(res, "r3", "hpb") != entity(res, "r2", "sbl")


def entity(res, doc: str, actor: str) -> str:
    return next(e["id"] for e in res.entities for m in e["members"] if (m["doc"], m["actor"]) == (doc, actor))


def test_across_links_case_dispute_karelina_floor(nlp) -> None:  # noqa: ANN001
    """Floor on the karelina cluster (blind, then development data; the path is named, never globbed):
    before the session-24 rules entities 0.804, links 0.275, 0 of 9 contradictions; after 0.877, 0.533, 9."""
    from conftest import ROOT

    s = score_cluster(ROOT.parent / "freshcluster4" / "karelina-petrov-swap-april-2025", nlp)
    assert s["entities_pairwise"]["f1"] >= 0.87
    assert s["links"]["f1"] >= 0.52
    assert s["links_contradicts"]["tp"] >= 9


def test_across_links_case_dispute_a_named_judge_accuses_by_office():
    # the speaker's name ends in a surname; the office that accuses is in the descriptor
    text = ("The Velmari Security Bureau accused Oda Strenholm of espionage. Ana Lobo, the presiding judge, "
            "said Strenholm passed survey maps of the northern harbour to a foreign agency.")
    a = Report("r1", text, published="2032-03-05", source="Velmar Wire")
    a.actor("strenholm", "Oda Strenholm")
    a.actor("bureau", "Velmari Security Bureau", kind="organization")
    a.actor("lobo", "Ana Lobo", descriptors=["presiding judge"])
    a.act("i1", "accuse", "bureau", "strenholm", "accused Oda Strenholm of espionage")
    a.say("c1", "lobo", "Strenholm passed survey maps of the northern harbour to a foreign agency")
    b = innocence_report("r2", "Strenholm flew home. Marisol said the teacher was wrongfully detained.", "marisol",
                         "the teacher was wrongfully detained", "Pell Herald")
    assert contradictions(resolve_dossiers([a.d, b.d]), "content") == [("r1", "r2")]
    a.d.actors[-1].descriptors = ["retired teacher"]  # no accusing office: no charge
    assert contradictions(resolve_dossiers([a.d, b.d]), "content") == []
