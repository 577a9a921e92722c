"""Cross-report entities on invented reports: names, acronyms, titles, unnamed actors, the alias file."""

from __future__ import annotations

import pytest

from across_helpers import Report, same
from backchannel.resolve.across import load_aliases, resolve_dossiers
from backchannel.resolve.across.aliases import AliasFileError


def test_acronym_and_full_name_are_one_party():
    r1 = Report("r1", "The Northern Liberation Front said it would talk.")
    r1.actor("nlf", "Northern Liberation Front", kind="organization")
    r2 = Report("r2", "The NLF walked out.")
    r2.actor("nlf", "NLF", kind="organization")
    res = resolve_dossiers([r1.d, r2.d])
    assert same(res, ("r1", "nlf"), ("r2", "nlf"))
    j = next(j for j in res.judgements if j.decision == "merged")
    assert any("acronym" in why for why in j.reasons)


def test_title_and_surname_join_the_full_name():
    r1 = Report("r1", "President Ana Varga of Lorvia flew in.")
    r1.actor("ana-varga", "Ana Varga", descriptors=["President"], mention="Ana Varga")
    r2 = Report("r2", "Varga declined to comment.")
    r2.actor("varga", "Varga")
    r3 = Report("r3", "Tomas Varga, her cousin, a banker, was not there.")
    r3.actor("tomas-varga", "Tomas Varga")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert same(res, ("r1", "ana-varga"), ("r2", "varga"))
    assert not same(res, ("r1", "ana-varga"), ("r3", "tomas-varga"))


def test_transliterations_meet():
    r1 = Report("r1", "Qasim al-Zaydani said the group was ready.")
    r1.actor("qasim", "Qasim al-Zaydani")
    r2 = Report("r2", "Qassem Al-Zeidany said so too.")
    r2.actor("qassem", "Qassem Al-Zeidany")
    assert same(resolve_dossiers([r1.d, r2.d]), ("r1", "qasim"), ("r2", "qassem"))


def test_unnamed_officials_stay_apart_without_evidence():
    r1 = Report("r1", "A Lorvian official said talks went well.", source="Outlet A")
    r1.actor("off", "Lorvian official", named=False)
    r2 = Report("r2", "A Lorvian official said the talks failed.", source="Outlet B")
    r2.actor("off", "Lorvian official", named=False)
    res = resolve_dossiers([r1.d, r2.d])
    assert not same(res, ("r1", "off"), ("r2", "off"))


def test_unnamed_officials_join_on_the_same_statement():
    text = "An official said the convoy will cross the border at dawn on Tuesday."
    r1, r2 = Report("r1", text, source="Outlet A"), Report("r2", "Later: " + text, source="Outlet B")
    for r in (r1, r2):
        r.actor("off", "official", named=False)
        r.say("c1", "off", "the convoy will cross the border at dawn on Tuesday")
    res = resolve_dossiers([r1.d, r2.d])
    assert same(res, ("r1", "off"), ("r2", "off"))
    assert any("same statement" in w for j in res.judgements for w in j.reasons)


def test_unnamed_official_joins_on_the_same_outlets_follow_up():
    r1 = Report("r1", "A Lorvian official said talks went well.", source="Outlet A")
    r1.actor("off", "Lorvian official", named=False)
    r2 = Report("r2", "The Lorvian official added more.", source="Outlet A")
    r2.actor("off", "Lorvian official", named=False)
    assert same(resolve_dossiers([r1.d, r2.d]), ("r1", "off"), ("r2", "off"))


def test_unique_role_joins_a_title_to_the_name():
    r1 = Report("r1", "Lorvia's foreign minister Ana Varga arrived.")
    r1.actor("lorvia", "Lorvia", kind="state")
    r1.actor("varga", "Ana Varga", descriptors=["foreign minister"], affiliation="lorvia")
    r2 = Report("r2", "Lorvia's foreign minister arrived.")
    r2.actor("lorvia", "Lorvia", kind="state")
    r2.actor("fm", "foreign minister", named=False, affiliation="lorvia")
    assert same(resolve_dossiers([r1.d, r2.d]), ("r1", "varga"), ("r2", "fm"))


def test_two_actors_of_one_report_never_join():
    r1 = Report("r1", "Ana Varga met Varga.")
    r1.actor("ana", "Ana Varga")
    r1.actor("v", "Varga", mention="Varga.")
    r2 = Report("r2", "Varga spoke.")
    r2.actor("v", "Varga")
    res = resolve_dossiers([r1.d, r2.d])
    assert not same(res, ("r1", "ana"), ("r1", "v"))
    assert any(j.decision == "refused" for j in res.judgements)


def test_alias_file_forces_and_forbids(tmp_path):
    r1 = Report("r1", "Abu Kamal spoke for the brigades.")
    r1.actor("ak", "Abu Kamal")
    r2 = Report("r2", "Samir Haddad, the spokesman, spoke.")
    r2.actor("sh", "Samir Haddad")
    r3 = Report("r3", "Samir Haddad, a farmer, spoke.")
    r3.actor("sh", "Samir Haddad")
    f = tmp_path / "aliases.toml"
    f.write_text('[[same]]\nnames = ["Abu Kamal", "Samir Haddad"]\nwhy = "nom de guerre"\n')
    res = resolve_dossiers([r1.d, r2.d, r3.d], load_aliases(f))
    assert same(res, ("r1", "ak"), ("r2", "sh"))
    assert any(j.decision == "forced" and "nom de guerre" in j.reasons[0] for j in res.judgements)
    f.write_text('[[different]]\nnames = ["Samir Haddad", "Samir Haddad the farmer"]\n'
                 '[[different]]\nnames = ["Abu Kamal", "Samir Haddad"]\n')
    res = resolve_dossiers([r1.d, r2.d, r3.d], load_aliases(f))
    assert not same(res, ("r1", "ak"), ("r2", "sh"))


def test_alias_file_errors_name_the_entry(tmp_path):
    f = tmp_path / "a.toml"
    f.write_text('[[same]]\nnames = ["only one"]\n')
    with pytest.raises(AliasFileError, match=r"\[\[same\]\] #1"):
        load_aliases(f)
    f.write_text('[[merge]]\nnames = ["a", "b"]\n')
    with pytest.raises(AliasFileError, match="unknown table"):
        load_aliases(f)


def _body_report(doc: str, state: str, body: str, text: str) -> Report:
    r = Report(doc, text)
    r.actor("state", state, kind="state")
    r.actor("body", body, kind="organization", affiliation="state")
    return r


def test_bodies_of_one_state_join_across_house_styles():
    """across.entities.same_body: word order, "of", the state's name, demonym or capital and
    British/American spelling do not tell two bodies of one state apart."""
    r1 = _body_report("r1", "Chile", "Chilean Ministry of Defence", "The Chilean Ministry of Defence said Chile agreed.")
    r2 = _body_report("r2", "Chile", "Chile's Defense Ministry", "Chile's Defense Ministry said so on Monday.")
    r3 = _body_report("r3", "Chile", "Santiago's defence ministry", "Santiago's defence ministry, Chile said.")
    r4 = _body_report("r4", "Chile", "Chile's Foreign Ministry", "Chile's Foreign Ministry was silent.")
    r5 = _body_report("r5", "Peru", "Peru's Defence Ministry", "Peru's Defence Ministry was silent.")
    res = resolve_dossiers([r.d for r in (r1, r2, r3, r4, r5)])
    assert same(res, ("r1", "body"), ("r2", "body")) and same(res, ("r1", "body"), ("r3", "body"))
    assert not same(res, ("r1", "body"), ("r4", "body"))  # another body of the same state
    assert not same(res, ("r1", "body"), ("r5", "body"))  # the same body of another state
    j = next(j for j in res.judgements if j.decision == "merged" and any("same body" in w for w in j.reasons))
    assert any("defence ministry" in w for w in j.reasons)


def test_regular_demonym_of_an_unlisted_state_names_it():
    r1 = _body_report("r1", "Lorvia", "Lorvian Interior Ministry", "The Lorvian Interior Ministry, Lorvia said.")
    r2 = _body_report("r2", "Lorvia", "Ministry of the Interior", "Lorvia's Ministry of the Interior agreed.")
    r3 = _body_report("r3", "Lorvia", "ministry", "The ministry of Lorvia agreed.")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert same(res, ("r1", "body"), ("r2", "body"))
    assert not same(res, ("r1", "body"), ("r3", "body"))  # one word is too little to say which body


def test_misspelt_surnames_join_but_not_gendered_forms():
    """across.entities.misspelt: one edit (two in long names) with first and last letters kept."""
    r1 = Report("r1", "President Tomas Varkonyiy said the talks went well.")
    r1.actor("tv", "Tomas Varkonyiy")
    r2 = Report("r2", "Mr Varknoyiy said the talks went badly.")
    r2.actor("v", "Varknoyiy")
    r3 = Report("r3", "Tomas Varkonyi thanked the mediators.")
    r3.actor("tv", "Tomas Varkonyi")
    r4 = Report("r4", "Ilona Varkonyia, his wife, was not there.")
    r4.actor("iv", "Ilona Varkonyia")
    r5 = Report("r5", "Pal Varkonyiy, a banker, declined to comment.")
    r5.actor("pv", "Pal Varkonyiy")
    res = resolve_dossiers([r.d for r in (r1, r2, r3, r4, r5)])
    assert same(res, ("r1", "tv"), ("r3", "tv")) and same(res, ("r1", "tv"), ("r2", "v"))
    assert not same(res, ("r1", "tv"), ("r4", "iv"))  # the last letter differs: another person
    assert not same(res, ("r1", "tv"), ("r5", "pv"))  # another given name
    assert any("spelt alike" in w for j in res.judgements if j.decision == "merged" for w in j.reasons)


def test_a_kind_from_the_ner_label_alone_does_not_keep_one_name_apart():
    """across.entities.score: "a person and a non-person" never join, unless one of them got its kind
    from the NER label alone (a rare given name tagged an organisation): then same name still joins."""
    r1 = Report("r1", "Foreign minister Ilka Varossy met the envoys.")
    r1.actor("iv", "Ilka Varossy", descriptors=["foreign minister"])
    r2 = Report("r2", "Talks began when Ilka Varossy met the envoys.")
    r2.actor("iv", "Ilka Varossy", kind="organization")
    r2.d.actors[-1].trace = {"kind": "actors.names.kind_ner_label"}
    r3 = Report("r3", "Ilka Varossy, the shipping firm, chartered the ferry.")
    r3.actor("iv", "Ilka Varossy", kind="organization")  # its kind said by its own words: another party
    r3.d.actors[-1].trace = {"kind": "actors.names.kind_org_evidence"}
    assert same(resolve_dossiers([r1.d, r2.d]), ("r1", "iv"), ("r2", "iv"))
    assert not same(resolve_dossiers([r1.d, r3.d]), ("r1", "iv"), ("r3", "iv"))


def test_a_bracketed_name_after_the_full_name_joins_though_the_mention_is_short():
    """Rule across.entities.bracketed_full_name: "the Karst movement (Dawn Front)" restates the party even when the
    extractor's mention is "Karst" alone; a person's bracket ("Ana Varga (Karst Front)") gives a side, not a name."""
    r1 = Report("r1", "Lorvia's Karst movement (Dawn Front) said the Karst fighters would stay. Ana Varga (Karst "
                "movement) spoke.")
    r1.actor("karst", "Karst movement", kind="organization", mention="Karst")
    r1.actor("dawn", "Dawn Front", kind="organization")
    r1.actor("varga", "Ana Varga")
    r2 = Report("r2", "The Dawn Front walked out of the talks.")
    r2.actor("dawn", "Dawn Front", kind="organization")
    r3 = Report("r3", "The Karst movement walked out of the talks.")
    r3.actor("karst", "Karst movement", kind="organization")
    res = resolve_dossiers([r1.d, r2.d, r3.d])
    assert same(res, ("r2", "dawn"), ("r3", "karst"))
    assert not same(res, ("r1", "varga"), ("r3", "karst"))
