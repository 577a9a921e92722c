"""Review 2 of s47, findings 1, 2 and 5 (notes /work/notes/s47/review2.md): across.links.quoted_figure must not
make one statement of two a speaker made on two days or about two captives; across.links.moved_day must not set two
releases, a mover who only met the freed, or two legs inside one state against each other;
claims.office_epithets.office_holder must not give "X's top diplomat" to a minister met or to a bloc's.
Copied from the reviewer's tests/test_review2_s47.py (branch s47-review2); every text is invented."""

from __future__ import annotations

from backchannel.resolve.across import resolve_dossiers


def _links(analyze, reports, rule):
    ds = [analyze(text, published=pub, doc_id=doc) for doc, pub, text in reports]
    return [lk for lk in resolve_dossiers(iter(ds)).links if rule in (lk.get("note") or "")]


# F1 across.links.moved_day: a minister who met the freed, not the freed, returned home
def test_f1_moved_day_mover_is_the_minister_not_the_freed(analyze):
    got = _links(analyze, [
        ("a", "2026-06-10", "The Free Hill Front freed three Swedish hostages on Sunday after talks in Doha. "
                            "Foreign Minister Lars Dahl, who met the freed hostages in Doha, returned to Sweden on Monday."),
        ("b", "2026-06-11", "The Free Hill Front freed three Swedish hostages on Sunday. The freed hostages "
                            "arrived in Sweden on Wednesday after medical checks in Qatar."),
    ], "across.links.moved_day")
    assert got == []


# F2 across.links.moved_day: two legs inside one state (home, then a hospital) are no dispute
def test_f2_moved_day_two_legs_in_one_state(analyze):
    got = _links(analyze, [
        ("a", "2026-06-10", "The Free Hill Front freed two Swedish soldiers on Sunday. The freed men were "
                            "flown to Sweden on Monday, the army said."),
        ("b", "2026-06-12", "The Free Hill Front freed two Swedish soldiers on Sunday. The freed soldiers were "
                            "moved to a military hospital in Sweden on Wednesday for further tests, the army said."),
    ], "across.links.moved_day")
    assert got == []


# F3 across.links.quoted_figure: a toll the same speaker updates the next day is two statements
def test_f3_quoted_figure_updated_toll(analyze):
    got = _links(analyze, [
        ("a", "2026-06-08", "Gunmen attacked a Swedish border post on Sunday. \"Twelve soldiers were killed in the "
                            "attack on the border post,\" army spokesman Ivan Holm said on Sunday."),
        ("b", "2026-06-09", "The toll from Sunday's attack on a Swedish border post rose on Monday. \"Fifteen "
                            "soldiers were killed in the attack on the border post,\" army spokesman Ivan Holm said on Monday."),
    ], "across.links.quoted_figure")
    assert got == []


# F4 across.links.quoted_figure: one speaker's weekly formula a week apart is two statements
def test_f4_quoted_figure_weekly_formula(analyze):
    got = _links(analyze, [
        ("a", "2026-06-01", "The Free Hill Front released more prisoners this week. \"We have released 20 prisoners "
                            "this week as a goodwill gesture,\" Front spokesman Ivan Holm said on Friday."),
        ("b", "2026-06-08", "The Free Hill Front released more prisoners this week. \"We have released 35 prisoners "
                            "this week as a goodwill gesture,\" Front spokesman Ivan Holm said on Friday."),
    ], "across.links.quoted_figure")
    assert got == []


# F7 claims.office_epithets.office_holder: a bloc's top diplomat is no state's foreign minister
def test_f7_bloc_top_diplomat(analyze):
    d = analyze("Norland Foreign Minister Ivan Holm met Ostland officials on Monday. The bloc's top diplomat "
                "said the talks were a step forward.")
    c = next(c for c in d.claims if "step forward" in c.content)
    assert c.speaker != "ivan-holm"


# F11 across.links.moved_day: two releases (two captors, two groups) each flown home are no dispute
def test_f11_moved_day_two_releases(analyze):
    got = _links(analyze, [
        ("a", "2026-06-11", "Norway freed five Swedish fishermen on Sunday after they strayed into its waters. The "
                            "released fishermen were flown to Sweden on Monday, officials said."),
        ("b", "2026-06-11", "The Free Hill Front freed two Swedish aid workers on Tuesday after a year in captivity. "
                            "The freed aid workers arrived in Sweden on Wednesday, officials said."),
    ], "across.links.moved_day")
    assert got == []


# F12 across.links.quoted_figure: one speaker's two appeals for two captives are two statements
def test_f12_quoted_figure_two_captives(analyze):
    got = _links(analyze, [
        ("a", "2026-06-02", "Foreign Minister Lars Dahl of Sweden appealed for the release of Swedish captives on "
                            "Monday. \"Anna Berg has been held for five years and she must be freed now,\" Lars Dahl said."),
        ("b", "2026-06-09", "Foreign Minister Lars Dahl of Sweden appealed for the release of Swedish captives on "
                            "Monday. \"Ivan Holm has been held for two years and he must be freed now,\" Lars Dahl said."),
    ], "across.links.quoted_figure")
    assert got == []


# F18 claims.office_epithets.office_holder: the foreign minister the top diplomat met is the counterpart
def test_f18_top_diplomat_is_not_the_counterpart(analyze):
    d = analyze("\"We agreed on a plan,\" Norway's top diplomat said on Monday after meeting Foreign Minister "
                "Ivan Holm in Stockholm.")
    c = next(c for c in d.claims if "agreed on a plan" in c.content)
    assert c.speaker != "ivan-holm"


# The narrowings keep the shapes the rules were written for (invented sentences).
def test_moved_day_mover_kept_in_own_relative_clause_and_antecedent() -> None:
    from backchannel.resolve.across.movedday import _freed_before
    for text, verb in [("Those who were freed on Sunday arrived in Westmark on Monday.", "arrived"),
                       ("The hostages, who were held for a year, were flown to Westmark on Monday.", "flown"),
                       ("Officials said that the released men landed in Westmark on Monday.", "landed")]:
        low = text.lower()
        assert _freed_before(low, 0, low.index(verb), [])
    low = "the envoy, who met the freed captives in the camp, flew to westmark on monday."
    assert not _freed_before(low, 0, low.index("flew"), [])


def test_moved_day_destination_inside_and_into_state() -> None:
    from backchannel.resolve.across.movedday import _destination
    text = "were taken to a clinic in Norway on Monday"
    assert _destination(text, 0, {}) is None
    assert _destination("were flown to Norway on Monday", 0, {}) == "Norway"
    assert _destination("arrived in Oslo late on Monday", 0, {}) == "Norway"


def test_quoted_figure_holders() -> None:
    from backchannel.resolve.across.misquote import holders
    assert holders("Anna Berg has been held for five years and must be freed.", "year") == {"anna", "berg"}
    assert holders("Mr. Tomas Ferro, held in Ostland for six years, is free.", "year") == {"tomas", "ferro", "ostland"}


def test_moved_day_one_release() -> None:
    from datetime import date

    from backchannel.resolve.across.movedday import one_release
    norway, front = ("norway", "fishermen", date(2026, 6, 7)), ("front", "aid-workers", date(2026, 6, 9))
    assert not one_release([norway], [front])
    assert one_release([norway], [("norway", "crew", None)]) and one_release([front], [(None, "aid-workers", None)])
    assert one_release([], [front])
