"""Session 37 (actors): a captive group counted again in other words is the same group, its words an alias
(extract/actors/counted_groups.py: ``actors.captives.counted_again``, ``actors.captives.counted_alias``).
Invented sentences only."""

from __future__ import annotations

import pytest


def _group_with(d, alias):
    return [a for a in d.actors if a.kind == "group" and alias in a.aliases]


@pytest.mark.parametrize("text, group, alias", [
    # the same count, a demonym head and another adjective
    ("Peru freed five Chilean prisoners on Monday. \"Today, five innocent Chileans who were imprisoned in Peru "
     "are coming home,\" the president said.", "Chilean prisoners", "five innocent Chileans"),
    # the same count after an exchange, an adjective of a part the count rules out
    ("Peru released seven Kenyan captives in exchange for two Chilean detainees. The two young Chileans "
     "unjustly imprisoned abroad were greeted by crowds.", "Chilean detainees", "two young Chileans"),
    # no count, a participle of holding and the same nationality, before the group's first mention
    ("Officials hailed the return of unfairly detained Chileans. Kenya freed 10 Chilean prisoners on Friday.",
     "Chilean prisoners", "unfairly detained Chileans"),
    # another captive head, the same count
    ("Kenya freed five Chilean citizens on Sunday. The five detainees flew to Santiago.",
     "Chilean citizens", "five detainees"),
    ("Kenya has released three Norwegian hostages. Relatives said the three exhausted Norwegians landed in Oslo.",
     "Norwegian hostages", "three exhausted Norwegians"),
])
def test_a_group_counted_again_is_the_group(analyze, text, group, alias):
    d = analyze(text)
    found = _group_with(d, alias)
    assert [a.name for a in found] == [group], [(a.name, a.aliases) for a in d.actors]
    assert any(m.text == alias for m in found[0].mentions)


def test_the_demonym_counted_again_is_no_longer_the_state(analyze):
    d = analyze("Peru released seven Kenyan captives in exchange for two Chilean detainees. The two young "
                "Chileans unjustly imprisoned abroad were greeted by crowds.")
    chile = next(a for a in d.actors if a.kind == "state" and a.name == "Chile")
    assert all(m.text != "Chileans" for m in chile.mentions)


@pytest.mark.parametrize("text, alias", [
    ("The five Chilean prisoners freed by Kenya flew home on Monday.", "five Chilean prisoners"),
    ("Kenya said on Monday that it had freed the 12 Peruvian detainees.", "12 Peruvian detainees"),
    ("Officials confirmed that two of the three Norwegian hostages were freed.", "three Norwegian hostages"),
    ("Under the deal:\n- 33 Chilean captives will be freed by the militia.", "33 Chilean captives"),  # a list's dash
])
def test_the_count_of_a_groups_own_mention_is_an_alias(analyze, text, alias):
    d = analyze(text)
    assert len(_group_with(d, alias)) == 1, [(a.name, a.aliases) for a in d.actors]


def _chilean(d):
    return next(a for a in d.actors if a.kind == "group" and a.name == "Chilean prisoners")


@pytest.mark.parametrize("text, word", [
    ("Kenya freed five Chilean prisoners. Two other Chileans remain in jail.", "Two other Chileans"),  # a part
    ("Kenya freed five Chilean prisoners. Two Chileans were later arrested in Lima.", "Two Chileans"),  # a count not given
    ("Kenya freed five Chilean prisoners. Five Peruvians were detained in Lima.", "Five Peruvians"),  # another nation
    ("Kenya freed five Chilean prisoners and five Peruvian prisoners. Five captives were detained in Lima.",
     "Five captives"),  # two groups of that count: neither
    ("Kenya freed five Chilean prisoners. The talks lasted five hours.", "five hours"),  # no people
    ("Kenya freed five Chilean prisoners. Five soldiers were wounded at the border.", "Five soldiers"),  # a count alone
])
def test_near_misses_are_not_the_group(analyze, text, word):
    d = analyze(text)
    g = _chilean(d)
    assert word not in g.aliases and all(m.text != word for m in g.mentions), g.aliases


def test_a_part_group_takes_no_whole_count(analyze):
    d = analyze("The militia will free 30 Chilean hostages in the first phase. The remaining hostages, among "
                "them the 30 hostages' drivers, stay.")
    remaining = [a for a in d.actors if a.kind == "group" and a.name.startswith("remaining")]
    assert all("30 Chilean hostages" not in a.aliases for a in remaining)
