"""Symmetric acts between two parties (session 42, s42-symmetric).

- ``interactions.merge.distinct_terms``: two verbs of agreeing that settle different things are two
  agreements of the pair; the same thing agreed twice stays one act.
- ``interactions.expand.antecedent_order``: "the two leaders agreed" keeps the order its antecedent
  named the two in, not their first mentions in the report.
- ``interactions.arguments.hyphen_pair`` read over the whole premodifier run ("direct A–B talks", the
  parser hanging A and B apart on the noun).
- ``meeting`` with an of-phrase ("the meeting of A and B") is a meeting of the two.
- ``syntax.roles`` shared subject: "X arrived and was welcomed by Y" welcomes X; a reception is a meeting,
  in order of first mention.

Invented sentences with invented parties (Norland, Ostland, Vesterland, the Free Hill Front, Karl Brand,
Ola Dahl).
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text

SYM = ("agree", "negotiate", "meet")


def acts(text: str) -> list[tuple[str, str | None, str | None, dict[str, str]]]:
    out = []
    for i in analyze_text(text, published="2024-03-01").interactions:
        if i.type in SYM:
            out.append((i.type, i.source, i.target, dict(i.trace) if isinstance(i.trace, dict) else {}))
    return out


def ends(got: list, kind: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for k, s, t, _ in got if k == kind]


def test_two_points_agreed_are_two_agreements() -> None:
    got = acts("Norland and Ostland agreed to a truce. They also agreed to open the border.")
    assert ends(got, "agree") == [("norland", "ostland"), ("norland", "ostland")]
    assert any("interactions.merge.distinct_terms" in tr.values() for k, _, _, tr in got if k == "agree")


def test_points_agreed_on_and_to() -> None:
    got = acts("Norland and the Free Hill Front met in Kessel. The parties agreed on a timetable for "
               "elections. They later agreed to meet every month.")
    assert len(ends(got, "agree")) == 2


def test_same_point_agreed_twice_is_one_act() -> None:
    got = acts("Norland agreed to free the captive on Monday. Officials said Norland had agreed to free "
               "him without conditions.")
    assert len(ends(got, "agree")) == 1


def test_agreement_noun_points_back() -> None:
    got = acts("Norland and Ostland agreed to a truce on Monday. The agreement was welcomed by Vesterland.")
    assert len(ends(got, "agree")) == 1


def test_two_leaders_keep_their_antecedent_order() -> None:
    got = acts("Ola Dahl said he was hopeful. Norland President Karl Brand and rebel leader Ola Dahl have "
               "agreed to a deal. Both leaders also agreed to open the roads to aid convoys.")
    assert ends(got, "agree") == [("karl-brand", "ola-dahl"), ("karl-brand", "ola-dahl")]
    assert any("interactions.expand.antecedent_order" in tr for k, _, _, tr in got)


def test_dash_pair_split_by_the_parser() -> None:
    for text in ("Norland accused Ostland of shelling a village in May. Vesterland wants direct "
                 "Norland–Ostland talks to begin soon.",
                 "Norland accused Ostland of shelling a village in May. Direct Ostland–Norland talks "
                 "resumed in Kessel on Monday."):
        got = [(s, t, tr) for k, s, t, tr in acts(text) if k == "negotiate"]
        assert [{s, t} for s, t, _ in got] == [{"norland", "ostland"}]
        assert got[0][2].get("source") == "interactions.arguments.hyphen_pair"


def test_meeting_of_two_parties() -> None:
    got = acts("The meeting of Norland and Ostland in Geneva ended on Monday.")
    assert ends(got, "meet") == [("norland", "ostland")]


def test_meeting_of_one_body_is_no_act() -> None:
    assert ends(acts("The meeting of the Norland cabinet ended on Monday."), "meet") == []


def test_greeted_after_a_coordinated_verb() -> None:
    got = acts("Karl Brand stepped off the plane in Kessel and was welcomed by Ola Dahl.")
    assert ends(got, "meet") == [("karl-brand", "ola-dahl")]


def test_reception_in_order_of_mention() -> None:
    got = acts("Ola Dahl welcomed Karl Brand in Kessel on Monday.")
    assert ends(got, "meet") == [("ola-dahl", "karl-brand")]


def test_two_sign_a_declaration() -> None:
    got = acts("After two rounds of talks, Norland and the Free Hill Front signed a joint declaration.")
    assert ends(got, "agree") == [("norland", "free-hill-front")]
    got = acts("Norland signed a memorandum with Ostland on Monday.")
    assert ends(got, "agree") == [("norland", "ostland")]


def test_one_signs_a_declaration_of_its_own() -> None:
    got = acts("Norland signed a declaration of independence on Monday. Ostland protested.")
    assert ends(got, "agree") == []


def test_petition_signed_is_no_agreement() -> None:
    got = acts("Norland and Ostland met in Kessel. The petition was signed by thousands.")
    assert ends(got, "agree") == []
