"""One exact count of people in two reports (across.entities.same_count), a bare nationality plural
(across.entities.bare_nationality) and a bare description of a head two sides share (across.entities.bare_two_sided).
Every text here is invented; the states are real names only because the rules read the lexicon's demonyms."""

from __future__ import annotations

from across_helpers import Report, one
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.countgroups import counted_forms, leading_count


def reasons(res, word: str) -> list[str]:
    return [x for j in res.judgements if j.decision in ("merged", "forced") for x in j.reasons if word in x]


def swap_report(doc: str, text: str, groups: list[tuple[str, str, list[str], str | None]],
                releases: list[tuple[str, str, str]] = ()) -> Report:
    """A report naming Norway and Chile and unnamed groups (id, name, aliases, side id); ``releases``: (releaser id,
    group id, phrase) acts."""
    r = Report(doc, text, published="2031-01-04")
    for sid, name in (("norway", "Norway"), ("chile", "Chile")):
        if name in text:
            r.actor(sid, name, kind="state", mention=name)
    for gid, name, aliases, side in groups:
        r.actor(gid, name, kind="group", named=False, aliases=aliases, affiliation=side, mention=name)
    for k, (src, tgt, phrase) in enumerate(releases):
        r.act(f"i{k}", "release", src, tgt, phrase)
    return r


# --- the count read from a description --------------------------------------------------------------------------

def test_a_count_is_read_in_digits_or_words_and_never_when_qualified() -> None:
    assert leading_count("248 soldiers".split()) == (248, 1)
    assert leading_count("two hundred and forty eight pilots".split()) == (248, 5)
    assert leading_count("nearly 500 prisoners".split()) is None
    got = counted_forms(["Ukrainian POWs", "1,204 prisoners of war", "more than 900 prisoners"], None)
    assert [(c.count, c.head, c.side) for c in got] == [(1204, "prisoners", "ukraine")]
    assert counted_forms(["four other Norwegians", "the first three hostages", "one soldier"], None) == ()


# --- same_count: four shapes, one group -------------------------------------------------------------------------

def test_one_count_told_four_ways_in_four_reports_is_one_group() -> None:
    rs = [swap_report("r1", "Chile freed 248 Norwegians and Norway freed 230 Chilean sailors.",
                      [("n", "Norwegians", ["248 Norwegians"], None), ("c", "Chilean sailors", ["230 Chilean sailors"],
                                                                        "chile")]),
          swap_report("r2", "In all 248 servicemen came home across the bridge.",
                      [("n", "servicemen", ["248 servicemen"], None)]),  # no side: the count is one side's
          swap_report("r3", "The ministry said two hundred and forty-eight Norwegian military personnel returned.",
                      [("n", "Norwegian military personnel", ["two hundred and forty-eight Norwegian military personnel"],
                        None)]),
          swap_report("r4", "Of the prisoners, 248 soldiers were flown to Norway on Tuesday.",
                      [("n", "soldiers", ["248 soldiers"], None)])]
    res = resolve_dossiers([r.d for r in rs])
    assert one(res, *((r.doc, "n") for r in rs))
    assert not one(res, ("r1", "n"), ("r1", "c"))
    assert all("across.entities.same_count" in x for x in reasons(res, "one count of people"))


def test_a_count_and_a_nationality_join_a_group_described_by_citizenship() -> None:
    r1 = swap_report("r1", "Norway said five U.S. citizens would fly home.",
                     [("g", "U.S. citizens", ["five U.S. citizens"], None)])
    r2 = swap_report("r2", "Officials confirmed that five Americans left the prison.",
                     [("g", "Americans", ["five Americans"], None)])
    r3 = swap_report("r3", "Chile named five American detainees in its statement.",
                     [("g", "American detainees", ["five American detainees"], None)])
    res = resolve_dossiers([r.d for r in (r1, r2, r3)])
    assert one(res, ("r1", "g"), ("r2", "g"), ("r3", "g"))


# --- same_count: near misses -----------------------------------------------------------------------------------

def test_a_count_given_to_both_sides_or_qualified_or_small_joins_no_side_less_group() -> None:
    r1 = swap_report("r1", "Norway freed 40 Chileans and Chile freed 40 Norwegian sailors.",
                     [("c", "Chileans", ["40 Chileans"], None), ("n", "Norwegian sailors", ["40 Norwegian sailors"],
                                                                  "norway")])
    r2 = swap_report("r2", "Some 40 prisoners walked free, a guard said.", [("p", "prisoners", ["40 prisoners"], None)])
    r3 = swap_report("r3", "Nearly 500 prisoners of war were named by Norway.",
                     [("p", "prisoners of war", ["nearly 500 prisoners of war"], None)])
    r4 = swap_report("r4", "Chile handed 500 Norwegian pilots to Norway.",
                     [("p", "Norwegian pilots", ["500 Norwegian pilots"], "norway")])
    r5 = swap_report("r5", "Three servicemen were hurt near the border.", [("s", "servicemen", ["three servicemen"],
                                                                            None)])
    r6 = swap_report("r6", "Norway said three Norwegian pilots had died.",
                     [("s", "Norwegian pilots", ["three Norwegian pilots"], "norway")])
    res = resolve_dossiers([r.d for r in (r1, r2, r3, r4, r5, r6)])
    assert not one(res, ("r1", "c"), ("r2", "p")) and not one(res, ("r1", "n"), ("r2", "p"))  # 40: both sides'
    assert not one(res, ("r3", "p"), ("r4", "p"))  # "nearly 500" is an estimate
    assert not one(res, ("r5", "s"), ("r6", "s"))  # three: too few for a group with no side


def test_heads_that_name_other_people_or_a_part_stay_apart() -> None:
    r1 = swap_report("r1", "Norway flew 120 Norwegian journalists to the talks.",
                     [("g", "Norwegian journalists", ["120 Norwegian journalists"], "norway")])
    r2 = swap_report("r2", "Chile freed 120 Norwegian prisoners to Norway on Friday.",
                     [("g", "Norwegian prisoners", ["120 Norwegian prisoners"], "norway")])
    r3 = swap_report("r3", "Chile freed the first 120 Norwegian hostages.",
                     [("g", "first 120 Norwegian hostages", ["the first 120 Norwegian hostages"], "norway")])
    res = resolve_dossiers([r.d for r in (r1, r2, r3)])
    assert not one(res, ("r1", "g"), ("r2", "g"))  # journalists are not what prisoners are held as
    assert not reasons(res, "one count of people")  # "first": a part


# --- bare_nationality ------------------------------------------------------------------------------------------

def test_a_passing_nationality_does_not_take_the_join_of_the_freed_group() -> None:
    r1 = swap_report("r1", "Chile freed the Norwegians at dawn.", [("n", "Norwegians", [], None)],
                     [("chile", "n", "Chile freed the Norwegians")])
    r2 = swap_report("r2", "Norwegians cheered as Chile released the Norwegian prisoners.",
                     [("x", "Norwegians", [], None), ("n", "Norwegian prisoners", [], "norway")],
                     [("chile", "n", "Chile released the Norwegian prisoners")])
    r3 = swap_report("r3", "Norwegians abroad followed the news from Chile.", [("x", "Norwegians", [], None)])
    res = resolve_dossiers([r.d for r in (r1, r2, r3)])
    assert one(res, ("r1", "n"), ("r2", "n"))
    assert not one(res, ("r1", "n"), ("r2", "x"))
    assert not one(res, ("r2", "x"), ("r3", "x"))  # two passing "Norwegians": a people, not one party


def test_a_nationality_with_its_side_stated_in_both_reports_still_joins() -> None:
    r1 = swap_report("r1", "Norway said Norwegians would vote.", [("n", "Norwegians", [], "norway")])
    r2 = swap_report("r2", "Norway asked Norwegians to stay calm.", [("n", "Norwegians", [], "norway")])
    res = resolve_dossiers([r1.d, r2.d])
    assert one(res, ("r1", "n"), ("r2", "n"))
    assert reasons(res, "across.entities.bare_nationality")


# --- bare_two_sided --------------------------------------------------------------------------------------------

def test_a_bare_head_two_sides_share_joins_no_side_by_its_words() -> None:
    r1 = swap_report("r1", "Norwegian soldiers and Chilean soldiers met at the river between Norway and Chile.",
                     [("n", "Norwegian soldiers", [], "norway"), ("c", "Chilean soldiers", [], "chile")])
    r2 = swap_report("r2", "The soldiers waited at the bridge.", [("s", "soldiers", [], None)])
    r3 = swap_report("r3", "Later soldiers were seen at the bridge.", [("s", "soldiers", [], None)])
    res = resolve_dossiers([r.d for r in (r1, r2, r3)])
    assert not one(res, ("r1", "n"), ("r2", "s")) and not one(res, ("r1", "c"), ("r2", "s"))
    assert not one(res, ("r2", "s"), ("r3", "s"))


def test_a_bare_head_of_one_side_only_still_joins() -> None:
    r1 = swap_report("r1", "Norwegian soldiers crossed the river into Norway.", [("n", "Norwegian soldiers", [], "norway")])
    r2 = swap_report("r2", "The soldiers waited at the bridge.", [("s", "soldiers", [], None)])
    r3 = swap_report("r3", "Later soldiers were seen at the bridge.", [("s", "soldiers", [], None)])
    res = resolve_dossiers([r.d for r in (r1, r2, r3)])
    assert one(res, ("r2", "s"), ("r3", "s"))


def test_a_counted_group_goes_before_a_passing_nationality() -> None:
    r1 = swap_report("r1", "Chile said five Norwegian prisoners were freed.",
                     [("n", "Norwegian prisoners", ["five Norwegian prisoners", "Norwegians"], None)])
    r2 = swap_report("r2", "Norwegians in Chile waited while five Norwegian citizens flew home.",
                     [("x", "Norwegians", [], None), ("n", "Norwegian citizens", ["five Norwegian citizens"], None)])
    res = resolve_dossiers([r1.d, r2.d])
    assert one(res, ("r1", "n"), ("r2", "n")) and not one(res, ("r1", "n"), ("r2", "x"))


def test_two_small_counts_of_other_heads_stay_apart() -> None:
    r1 = swap_report("r1", "Norway said three Norwegian soldiers were killed by Chile.",
                     [("g", "Norwegian soldiers", ["three Norwegian soldiers"], "norway")])
    r2 = swap_report("r2", "Chile freed three Norwegian pilots to Norway.",
                     [("g", "Norwegian pilots", ["three Norwegian pilots"], "norway")])
    res = resolve_dossiers([r1.d, r2.d])
    assert not one(res, ("r1", "g"), ("r2", "g"))  # three: soldiers killed and pilots freed may be two groups
