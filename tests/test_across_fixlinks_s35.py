"""Session 35 review fixes of cross-report links (invented sentences and names only).

agent_actor takes the passive's subject, charge_rebutted needs the party's name in the rebuttal's clause,
count_head joins only adverb+participle pairs, near_one_end needs exactly one unknown end and equal counts,
denial_counterpart keeps a denied mediation to its own sides, count_particle only for "over", count_ceiling.
"""

from __future__ import annotations

from collections import Counter

from backchannel.resolve.across.agents import Agented, acted_on, agent_passages
from backchannel.resolve.across.countheads import same_thing
from backchannel.resolve.across.denialtext import counterpart_fits
from backchannel.resolve.across.nearmiss import one_end_shared
from backchannel.resolve.across.passages import Counted
from backchannel.resolve.across.quantities import quantities
from backchannel.resolve.across.rebuttal import rebuttal_words, subjects
from backchannel.resolve.across.records import InterRec


def subject_of(text: str, parties: dict[str, str]) -> str | None:
    """The party acted on in ``text``'s first passive, mentions found by name."""
    p = agent_passages("d", text)[0]
    before = [(text.index(n), e) for n, e in parties.items() if n in text and text.index(n) < p.at]
    return acted_on(p, sorted(before))


def test_the_party_acted_on_is_the_subject_of_the_passive():
    parties = {"Norland": "norland", "Tomas Vell": "vell", "Ivo Grank": "grank", "Harbour Post": "post"}
    assert subject_of("Norland said Tomas Vell was arrested by Vesterland on Monday.", parties) == "vell"
    assert subject_of("Officials in Norland believe that Ivo Grank was detained by Vesterland.", parties) == "grank"
    assert subject_of("Tomas Vell, a reporter for the Harbour Post, was arrested by Vesterland.", parties) == "vell"
    assert subject_of("Tomas Vell was arrested by Vesterland, Norland said.", parties) == "vell"


def test_acted_on_with_no_party_before_the_auxiliary_is_none():
    p = Agented("d", "arrested", 0, 10, 20, 30)
    assert acted_on(p, []) is None


def rebutted(text: str) -> list[str]:
    names = {"kors": "kors", "vell": "vell", "front": "heron-front"}
    return subjects(text, names, rebuttal_words())


def test_a_rebuttal_is_about_the_name_in_its_clause():
    assert rebutted("The charges against Ivan Kors were baseless and Tomas Vell had seen the arrest.") == ["kors"]
    assert rebutted("Tomas Vell is innocent, he was only reporting, his lawyer said.") == ["vell"]
    assert rebutted("Rights groups called the charges against Kors politically motivated.") == ["kors"]
    assert rebutted("Vell was targeted due to his work as a reporter.") == ["vell"]


def test_no_rebuttal_of_a_common_word_or_a_name_in_another_clause():
    assert rebutted("He is innocent, he was only reporting from the front line.") == []
    assert rebutted("Kors, who met Vell, was innocent.") == []  # "who": Vell sits in another clause
    assert rebutted("The case was baseless, while Vell stayed at home.") == []


def counted(noun: str, doc: str = "a") -> Counted:
    q = quantities(f"They held 12 {noun} on Monday.")[0]
    return Counted(doc, 0, 10, q)


def test_an_adverb_and_participle_describe_the_whole_group():
    assert same_thing(counted("lorvians"), counted("wrongly held lorvians", "b"))
    assert same_thing(counted("prisoners"), counted("unjustly detained prisoners", "b"))
    assert same_thing(counted("hostages"), counted("illegally taken hostages", "b"))


def test_a_bare_adjective_or_participle_picks_out_a_part():
    for noun in ("wounded prisoners", "elderly prisoners", "freed prisoners", "detained prisoners"):
        assert not same_thing(counted("prisoners"), counted(noun, "b")), noun
    assert not same_thing(counted("prisoners"), counted("foreign prisoners", "b"))


def one(text: str) -> tuple[float, float]:
    q = quantities(text)[0]
    return q.low, q.high


def test_only_over_after_a_particle_verb_is_its_particle():
    assert one("Lorvia handed over three soldiers.") == (3.0, 3.0)
    assert one("Lorvia gave nearly 40 prisoners an amnesty.") != (40.0, 40.0)
    assert one("Lorvia turned almost 12 detainees away.")[0] < 12
    assert one("Lorvia signed over 20 deeds.") == (20.0, 20.0)


def test_up_to_is_a_ceiling():
    assert one("The band holds up to 20 hostages.") == (1.0, 20.0)
    assert one("As many as 30 pupils were taken.") == (1.0, 30.0)
    assert one("About 20 hostages were held.")[1] > 20  # "about" still strays both ways


def act(doc: str, source: str | None, target: str | None, count: int | None, time: str) -> InterRec:
    return InterRec(doc, "i1", "release", source, target, [], False, "asserted", time,
                    (count, "exactly") if count is not None else None, "", None)


def near(a: InterRec, b: InterRec) -> bool:
    def ends(r: InterRec) -> tuple[str | None, str | None]:
        return (r.source, r.target)
    told: Counter = Counter()
    for r in (a, b):
        for k, e in enumerate(ends(r)):
            if e:
                told[(r.doc, r.type, k, e)] += 1
    return one_end_shared(a, b, "time", ends, told)


def test_one_unknown_end_and_equal_counts_may_be_one_act():
    assert near(act("a", None, "lorvians", 6, "2031-03-01"), act("b", "norland", "lorvians", 6, "2031-03-03"))
    assert near(act("a", None, "vell", None, "2031-03-01"), act("b", "norland", "vell", None, "2031-03-02"))
    assert near(act("a", "norland", None, None, "2031-03-01"), act("b", "norland", "vell", 1, "2031-03-02"))


def test_two_unknown_doers_or_two_counts_are_two_acts():
    assert not near(act("a", None, "lorvians", None, "2031-03-01"), act("b", None, "lorvians", None, "2031-03-05"))
    assert not near(act("a", None, "lorvians", 6, "2031-03-01"), act("b", "vesterland", "lorvians", 4, "2031-03-05"))
    assert not near(act("a", None, "kors", 6, "2031-03-01"), act("b", None, "kors", 6, "2031-03-02"))


def test_a_denied_mediation_answers_only_its_own_sides():
    deny = "Norland said there had been no mediation in its border dispute with Lorvia"
    assert not counterpart_fits("mediation", frozenset({"norland"}), {"norland", "vesterland"}, deny,
                                "Marenland mediated the exchange between Norland and Vesterland")
    assert counterpart_fits("mediation", frozenset({"norland"}), {"norland", "lorvia"}, deny,
                            "Marenland mediated talks between Norland and Lorvia")
    assert counterpart_fits("mediation", frozenset({"norland"}), {"norland", "vesterland"},
                            "There was no mediation at all", "Marenland mediated between Norland and Vesterland")
    assert not counterpart_fits("mediation", frozenset({"norland", "lorvia"}), {"norland", "vesterland"})
    assert counterpart_fits("talks", frozenset({"norland", "lorvia"}), {"norland", "vesterland"})
