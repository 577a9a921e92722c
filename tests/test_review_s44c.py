"""Review s44c: the defects a reviewer found in this session's merged code, each pinned by invented
sentences (names and places invented: Westmark, Lund, Anna Berg, Tomas Varga, the Free Hill Front)."""

from __future__ import annotations

import pytest

EPITHET = "claims.epithets.epithet_holder"


def _rule(c: object) -> object:
    """The claim's speaker rule, or None when it has no trace."""
    trace = getattr(c, "trace", None)
    return trace.get("speaker") if isinstance(trace, dict) else None


@pytest.mark.parametrize("text,wrong", [
    # 1: the named person is inside the claim's own words
    ("The talks in Lund ended on Friday. \u201cTomas Varga must be tried for his crimes,\u201d the dissident said.",
     "tomas-varga"),
    ("Tomas Varga must face trial, the dissident told reporters.", "tomas-varga"),
    ("The release of Anna Berg was a victory, the tycoon said.", "anna-berg"),
    ("Asked about Tomas Varga, the veteran said he had never met him.", "tomas-varga"),
    # 2: a relational or generic noun is someone else
    ("Rebels freed Tomas Varga on Monday after two years in captivity. The father said his son was well.",
     "tomas-varga"),
    ("Westmark jailed Ola Brandt in March. The man said the talks had failed.", "ola-brandt"),
    # 3: the person was done to, or is described otherwise
    ("Rebels freed Anna Berg, a nurse from Lund, on Friday. "
     "The warlord said the release was a gesture of goodwill.", "anna-berg"),
    ("Westmark jailed Anna Berg in 2019. The dictator said the journalist was a spy.", "anna-berg"),
])
def test_epithet_not_the_person_spoken_of(claims_of, text: str, wrong: str) -> None:
    claims, _actors = claims_of(text)
    assert not any(c.speaker == wrong for c in claims), claims
    assert not any(_rule(c) == EPITHET for c in claims), claims


def test_epithet_still_the_acting_person(claims_of) -> None:
    claims, _actors = claims_of("Tomas Varga ruled Westmark for twenty years. The former dictator said he would return.")
    assert any(c.speaker == "tomas-varga" and _rule(c) == EPITHET for c in claims), claims


@pytest.mark.parametrize("value", ["Updated: 08/04/2009", "Published 04.08.2009", "Posted: 8/4/2009 5:12 PM ET",
                                   "08/04/2009 17:12 BST", "08/04/2009"])
def test_ambiguous_numeric_published_dropped(value: str) -> None:
    from backchannel.ingest.meta import clean_date
    got, warning = clean_date(value)
    assert got is None and warning, (value, got)


@pytest.mark.parametrize("value,iso", [("Updated: 14/04/2009", "2009-04-14"), ("Posted: 4/14/2009 5:12 PM ET", "2009-04-14"),
                                       ("Updated August 4, 2009 at 5:12 pm ET", "2009-08-04")])
def test_plain_numeric_published_kept(value: str, iso: str) -> None:
    from backchannel.ingest.meta import clean_date
    assert clean_date(value)[0] == iso


@pytest.mark.parametrize("text,value", [("in the 1990's", "1990/1999"), ("in the 1990\u2019s", "1990/1999"),
                                        ("the early 1980's", "1980/1989"), ("in the 1800s", None),
                                        ("in the 1900s", None), ("the early 1900s", None), ("in the 2000s", "2000/2009")])
def test_decade_with_apostrophe_and_centuries(text: str, value: str | None) -> None:
    from datetime import date

    from backchannel.timex import resolve
    assert resolve(text, date(2025, 4, 20)) == value


def test_day_of_month_in_the_month_told(nlp) -> None:
    from datetime import date

    from backchannel.docindex import DocIndex
    from backchannel.timex import resolve
    text = "In March, Anna Berg met the rebels in Lund. On the 14th, Westmark freed two sailors."
    ix = DocIndex(nlp(text), text)
    values = [resolve(tx.text, date(2025, 4, 20)) for tx, _, _ in ix.timexes]
    assert "2025-03-14" in values and "2025-04-14" not in values, values
    text = "Westmark met the rebels in May 2019. The talks ended on the 14th, a spokesman said."
    values = [resolve(tx.text, date(2025, 4, 20)) for tx, _, _ in DocIndex(nlp(text), text).timexes]
    assert "2019-05-14" in values, values


def test_day_of_month_act_in_the_month_told(dated_acts) -> None:
    acts = dated_acts("2025-04-20")("In March, Anna Berg met the rebels in Lund. On the 14th, Westmark freed two sailors.")
    assert [a for a in acts if a[0] == "release" and a[3] == "2025-03-14"], acts


@pytest.mark.parametrize("text,future,value", [
    ("at the end of the year", False, "2024"), ("at the end of the month", False, "2024-12"),
    ("at the end of the year", True, "2025"), ("at the start of the month", True, "2025-02"),
    ("at the start of the year", False, "2025"), ("at the start of the month", False, "2025-01"),
])
def test_period_edge_reads_tense(text: str, future: bool, value: str) -> None:
    from datetime import date

    from backchannel.timex import resolve
    assert resolve(text, date(2025, 1, 10), future) == value


def test_period_edge_past_act(dated_acts) -> None:
    acts = dated_acts("2025-01-10")("Westmark freed the sailors at the end of the year, Anna Berg said.")
    assert [a for a in acts if a[0] == "release" and a[3] == "2024"], acts


@pytest.mark.parametrize("text,value", [
    ("The rebels freed the sailors on Monday. A day earlier, Westmark had met the rebels in Lund, Anna Berg said on Friday.",
     "2025-05-11"),
])
def test_fronted_offset_not_from_the_saying(dated_acts, text: str, value: str) -> None:
    acts = dated_acts("2025-05-17")(text)
    meets = [a for a in acts if a[0] == "meet"]
    assert meets and all(a[3] == value for a in meets), acts


def test_offset_after_the_saying_still_from_it(dated_acts) -> None:
    acts = dated_acts("2025-05-17")("Anna Berg said on Friday that Westmark had met the rebels in Lund two days earlier.")
    assert [a for a in acts if a[0] == "meet" and a[3] == "2025-05-14"], acts


@pytest.mark.parametrize("text,party", [
    ("The Free Hill Front freed two guards on Monday. Talks will resume, the Free Hill Front news agency said.",
     "free-hill-front"),
    ("Westmark jailed the Lund Union on Monday. The truce holds, the Lund Union news agency said.", "lund-union"),
])
def test_acting_party_is_no_outlet(claims_of, text: str, party: str) -> None:
    claims, _actors = claims_of(text)
    assert not any(c.speaker == party for c in claims), claims


def test_outlet_that_only_tells_still_named(claims_of) -> None:
    claims, _actors = claims_of("Vestpress reported the talks on Monday. Talks will resume, the Vestpress news agency said.")
    assert any(c.speaker == "vestpress" for c in claims), claims


def test_digest_page_leaves_nothing_frozen() -> None:
    import gc

    from backchannel.scale.resolve import digest_page
    gc.freeze()
    digest_page([])
    assert gc.get_freeze_count() == 0


def test_failed_add_loop_leaves_nothing_frozen() -> None:
    import gc

    from backchannel.resolve.across.corpus import resolve_dossiers

    def boom():
        gc.freeze()
        raise RuntimeError("bad dossier")
        yield  # pragma: no cover
    with pytest.raises(RuntimeError):
        resolve_dossiers(boom())
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("text", [
    "Westmark freed Anna Berg on 5 May 2021, more than two years after the Free Hill Front seized her.",
    "Westmark freed Anna Berg on 5 May 2021, nearly two years after the Free Hill Front seized her.",
])
def test_one_sided_hedge_gives_no_year(dated_acts, text: str) -> None:
    acts = dated_acts("2021-05-07")(text)
    assert not [a for a in acts if a[3] == "2019"], acts
    assert not [a for a in acts if a[0] != "release" and a[3] == "2021-05-05"], acts


def test_two_sided_hedge_keeps_the_year(dated_acts) -> None:
    acts = dated_acts("2021-05-07")(
        "Westmark freed Anna Berg on 5 May 2021, about two years after the Free Hill Front seized her.")
    assert [a for a in acts if a[3] == "2019"], acts


@pytest.mark.parametrize("text,speaker", [
    ("The truce followed weeks of quiet efforts by Ola Brandt, who flew to Lund on Monday. "
     "The captives will leave with the envoy today, the congressman said.", "ola-brandt"),
    ("The Free Hill Front is fighting to oust Tomas Varga, who faces pressure to resign. "
     "The former warlord has said he will step down next year.", "tomas-varga"),
])
def test_epithet_doer_of_a_noun_or_relative_subject(claims_of, text: str, speaker: str) -> None:
    claims, _actors = claims_of(text)
    assert any(c.speaker == speaker and _rule(c) == EPITHET for c in claims), claims
