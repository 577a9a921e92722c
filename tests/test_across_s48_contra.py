"""Session 48 cross-report rules on invented reports: a call's later tellings, talks agreed vs undecided, start verbs.

Every sentence is invented (Lorvia, Ostrava, Westmark, Anna Berg): no report text."""

from __future__ import annotations

from backchannel.resolve.across.calls import call_links, call_passages
from backchannel.resolve.across.passages import start_passages
from backchannel.resolve.across.recbase import ClaimRec
from backchannel.resolve.across.talksplan import decided, talks_links, undecided

STATES = frozenset({"lorvia", "ostrava"})  # the corpus's states
ORDER = {"r1": ("2031-04-01", "r1"), "r2": ("2031-04-01", "r2"), "r3": ("2031-04-02", "r3")}


def test_a_later_telling_of_a_call_is_weighed_against_the_other_reports():
    # r1 rounds the clock in its paraphrase and quotes the statement's own clock after it
    r1 = call_passages("r1", "The Lorvia commander called his Ostrava counterpart at 4 pm. "
                             "\"Lorvia's commander called Ostrava's commander at 16:20,\" the ministry said.", None)
    r2 = call_passages("r2", "Ostrava's army chief was contacted by Lorvia's at 16:10 to settle the truce.", None)
    assert len(r1) == 2 and len(r2) == 1  # "contacted" is a contact verb
    got = call_links(r1 + r2, ORDER, STATES)
    starts = {lk["note"].split("[")[1]: {lk["a"].get("start"), lk["b"].get("start")} for lk in got}
    assert len(got) == 2 and starts == {"across.links.call_time]": {r1[0].start, r2[0].start},
                                        "across.links.call_time_each]": {r1[1].start, r2[0].start}}
    assert all(lk["kind"] == "contradicts" and lk["on"] == "time" for lk in got)


def test_a_later_telling_that_agrees_or_lies_hours_away_draws_no_link():
    r1 = call_passages("r1", "Lorvia called Ostrava at 9:00. Lorvia called Ostrava again at 16:00.", None)
    r2 = call_passages("r2", "Lorvia called Ostrava at 9:05 on Monday.", None)
    got = call_links(r1 + r2, ORDER, STATES)
    assert len(got) == 1 and "call_time_each" not in got[0]["note"]  # 9:00 / 9:05 first to first; 16:00 is another call
    same = call_passages("r3", "Lorvia called Ostrava at 16:00, officials said.", None)
    got = call_links(r1 + same, ORDER, STATES)
    assert [lk["kind"] for lk in got] == ["contradicts"]  # first to first (9:00 / 16:00); the later telling agrees


def test_commence_and_enter_into_force_are_start_verbs():
    (a,) = start_passages("r1", "The truce between Lorvia and Ostrava commenced at 17:00 local time.")
    (b,) = start_passages("r2", "Ostrava said the ceasefire entered into force at 6 pm on Sunday.")
    assert a.clock == 17 * 60 and b.clock == 18 * 60 and b.weekday == "sunday"


def claim(doc: str, cid: str, content: str, at: int = 0) -> ClaimRec:
    """An invented claim record whose span starts at ``at``."""
    return ClaimRec(doc, cid, None, content, False, frozenset(content.lower().split()), (at, at + len(content)))


def test_undecided_and_decided_talks_in_several_shapes():
    assert undecided("there has been no decision to hold talks on other matters")
    assert undecided("the two sides have not agreed to any further negotiations")
    assert undecided("nothing has been decided about talks in westmark")
    assert decided("both sides agreed to a truce and to begin negotiations in a third country")
    assert decided("the two governments decided to open a dialogue next month")
    assert decided("lorvia and ostrava agree to hold talks")


def test_near_misses_are_neither():
    assert not undecided("no decision was taken on the prisoners")  # no talks noun in reach
    assert not undecided("the talks ended with no agreement on the border")  # talks before, not after
    assert not decided("lorvia did not agree to talks")  # negated
    assert not decided("anna berg urged them to agree to talks")  # asked for, not told as done
    assert not decided("they will meet if both agree to further talks")
    assert not decided("the envoys agreed on the border and later, in a long statement, spoke of the talks")


def test_a_report_without_a_decision_contradicts_each_report_telling_talks_agreed():
    claims = [claim("r1", "c1", "both sides agreed to begin negotiations at a neutral site"),
              claim("r1", "c2", "the two armies agreed to open talks in Westmark", 80),
              claim("r2", "c1", "there has been no decision to hold talks elsewhere"),
              claim("r3", "c4", "the leaders agreed to start talks on the border"),
              claim("r3", "c5", "Anna Berg said the truce holds")]
    got = talks_links(claims, ORDER)
    assert [(lk["a"], lk["b"]) for lk in got] == [({"doc": "r2", "claim": "c1"}, {"doc": "r1", "claim": "c1"}),
                                                  ({"doc": "r2", "claim": "c1"}, {"doc": "r3", "claim": "c4"})]
    assert all(lk["kind"] == "contradicts" and lk["on"] == "negation" for lk in got)
    # no report says no decision was made: nothing to contradict; one report saying both: no link with itself
    assert talks_links([c for c in claims if c.doc != "r2"], ORDER) == []
    assert talks_links([claim("r2", "c1", "no decision to hold talks"),
                        claim("r2", "c2", "they agreed to begin talks", 40)], ORDER) == []


def test_causes_credited_and_denied_in_several_shapes():
    from backchannel.resolve.across.causes import sentence_causes
    assert ("pressure", False, 13) in sentence_causes("the minister credited westmark's pressure for the release")
    assert {n for n, d, _ in sentence_causes("the blockade was decisive: sanctions forced ostland to talk")
            if not d} == {"sanctions"}
    assert sentence_causes("the release was thanks to quiet diplomacy")[0][:2] == ("diplomacy", False)
    got = sentence_causes("the return is the result of talks with lorvia, not a consequence of military pressure")
    assert ("talks", False) in [g[:2] for g in got] and ("pressure", True) in [g[:2] for g in got]
    assert ("pressure", False) not in [g[:2] for g in got]  # the denied noun is not credited too
    assert sentence_causes("the front said its decision had nothing to do with the sanctions")[0][:2] == \
        ("sanctions", True)


def test_cause_near_misses():
    from backchannel.resolve.across.causes import sentence_causes
    assert sentence_causes("rather than applying pressure, officials spoke of goodwill") == []  # an approach
    assert sentence_causes("pressure was never decisive, anna berg said") == []  # negated credit
    assert sentence_causes("it is unclear whether pressure forced the release") == []  # asked about
    assert sentence_causes("the release was credited to anna berg") == []  # no cause noun


def test_a_denied_cause_contradicts_each_report_crediting_it():
    from backchannel.resolve.across.causes import cause_links, cause_passages
    r1 = "Officials said the pressure of Westmark was decisive. Talks went on."
    r2 = "Ostland's envoy said the release was not the result of pressure but of talks."
    r3 = "The deal was reached thanks to diplomacy, Anna Berg said."
    c1 = cause_passages("r1", r1, [claim("r1", "c1", "the pressure of Westmark was decisive", r1.index("the pressure"))], [])
    c2 = cause_passages("r2", r2, [], [])
    c3 = cause_passages("r3", r3, [], [])
    got = cause_links(c1 + c2 + c3, ORDER)
    assert [(lk["a"], lk["b"]) for lk in got] == [({"doc": "r2", "start": 0, "end": len(r2)},
                                                   {"doc": "r1", "claim": "c1"})]
    assert got[0]["kind"] == "contradicts" and got[0]["on"] == "content"
    assert cause_links(c1 + c3, ORDER) == []  # no report denies a cause


def test_a_cause_denied_or_credited_by_a_phrase_after_it():
    from backchannel.resolve.across.causes import sentence_causes
    assert [g[:2] for g in sentence_causes("westmark said the sanctions played no role in the release")] == \
        [("sanctions", True)]
    assert [g[:2] for g in sentence_causes("quiet diplomacy played a key role, anna berg said")] == [("diplomacy", False)]
    assert sentence_causes("ostland had no role in the talks") == []  # the talks are not the cause denied


def test_word_rules_link_only_reports_of_one_story():
    from backchannel.resolve.across.causes import cause_links, cause_passages
    from backchannel.resolve.across.storytie import StoryTie
    tie = StoryTie([{"id": "e1", "members": [{"doc": "r1", "interaction": "i1"}, {"doc": "r2", "interaction": "i4"}]},
                    {"id": "e2", "members": [{"doc": "r3", "interaction": "i1"}]}])
    assert tie.same("r1", "r2") and not tie.same("r1", "r3") and not tie.same("r2", "r9")
    claims = [claim("r1", "c1", "there was no decision to hold talks"),
              claim("r2", "c1", "the two sides agreed to hold talks"), claim("r3", "c1", "they agreed to open talks")]
    assert [lk["b"]["doc"] for lk in talks_links(claims, ORDER, tie)] == ["r2"]  # r3 tells another story
    causes = cause_passages("r1", "The release was not a result of sanctions.", [], []) + \
        cause_passages("r3", "Sanctions forced Ostland to free Anna Berg.", [], [])
    assert len(cause_links(causes, ORDER)) == 1 and cause_links(causes, ORDER, tie) == []
    calls = call_passages("r1", "Lorvia called Ostrava at 9:00. Lorvia called Ostrava at 16:00.", None) + \
        call_passages("r3", "Lorvia called Ostrava at 16:30.", None)
    assert any("call_time_each" in lk["note"] for lk in call_links(calls, ORDER, STATES))
    assert not any("call_time_each" in lk["note"] for lk in call_links(calls, ORDER, STATES, tie))


def test_undecided_told_after_the_talks_noun():
    assert undecided("no talks are planned between lorvia and ostrava")
    assert undecided("further negotiations were not agreed, anna berg said")
    assert undecided("a meeting in westmark has not been scheduled")
    assert not undecided("the talks were agreed on monday")  # no negation
    assert not undecided("talks in westmark went on for hours and the envoys did not agree on the border")  # too far
    assert not undecided("no talks on the border, though a truce was agreed, anna berg said")  # agreed too far


def test_the_day_an_agreement_was_announced_in_several_shapes():
    from backchannel.resolve.across.announceday import announce_days
    pub = "2031-05-10"  # a Saturday
    (a,) = announce_days("r1", "Lorvia on Friday confirmed that a truce with Ostrava was reached.", pub, [], [])
    (b,) = announce_days("r2", "The truce, announced by the Ostrava foreign minister on Saturday, held.", pub, [], [])
    (c,) = announce_days("r3", "The two sides agreed to stop fighting, officials said on Saturday, confirming the "
                               "truce.", pub, [], [])
    assert (a.day, b.day, c.day) == ("2031-05-09", "2031-05-10", "2031-05-10")


def test_announcement_near_misses():
    from backchannel.resolve.across.announceday import announce_days
    pub = "2031-05-10"
    assert announce_days("r1", "Lorvia confirmed the truce will take effect on Monday.", pub, [], []) == []  # a plan
    assert announce_days("r1", "Anna Berg confirmed on Friday that she will run.", pub, [], []) == []  # no agreement
    two = "Lorvia announced the deal on Thursday. Ostrava confirmed the deal on Friday."
    assert announce_days("r1", two, pub, [], []) == []  # two days in one report: it says nothing


def test_announcement_days_that_differ_contradict_once_per_pair_of_reports():
    from backchannel.resolve.across.announceday import announce_days, announce_links
    from backchannel.resolve.across.storytie import StoryTie
    pub = {"r1": "2031-05-10", "r2": "2031-05-10", "r3": "2031-05-10", "r4": "2031-05-08"}
    found = announce_days("r1", "Lorvia on Friday confirmed the truce.", pub["r1"], [], []) + \
        announce_days("r2", "The truce was announced on Saturday.", pub["r2"], [], []) + \
        announce_days("r3", "Ostrava announced the truce on Saturday.", pub["r3"], [], [])
    order = {d: (p, d) for d, p in pub.items()}
    got = announce_links(found, pub, order)
    assert sorted((lk["a"]["doc"], lk["b"]["doc"]) for lk in got) == [("r1", "r2"), ("r1", "r3")]
    assert all(lk["on"] == "time" and lk["kind"] == "contradicts" for lk in got)
    tie = StoryTie([{"id": "e1", "members": [{"doc": "r1", "interaction": "i1"}, {"doc": "r2", "interaction": "i1"}]}])
    assert [(lk["a"]["doc"], lk["b"]["doc"]) for lk in announce_links(found, pub, order, tie)] == [("r1", "r2")]
    early = announce_days("r4", "Ostrava announced the truce on Thursday.", pub["r4"], [], [])
    assert announce_links(found[:1] + early, pub, order) == []  # Friday is after the report of Thursday's
