"""The language data of denials (data/across_denial.toml), read once: the act families
(:class:`Family`) and the words shared by every family (:class:`DenialWords`).

Why apart from denial.py: the data is a plain reading of the TOML, with no rule in it, and
denial.py's rules (and the modules that pair denials with assertions) only consult it;
:mod:`.denial` imports these names and they stay importable from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.denialsplit import split_words

FILE = "across_denial.toml"


@dataclass(frozen=True)
class Family:
    """An act family of data/across_denial.toml.

    ``denied_by``: families whose denial an assertion of this one also contradicts (an exchange of captives is
    a deal: "there was no deal" against "she was swapped for Y", rule ``across.links.denial_exchange``).
    ``by_word``: an extracted act of ``types`` tells this family only when its sentence holds one of its words
    (a release is an exchange only when told as one) and its parties are all its sentence names: an exchange
    is between two sides, and "X was freed in exchange for a Lorvia commander held by Ostrava" names both.
    """

    name: str
    nouns: frozenset[str]
    verbs: frozenset[str]
    types: frozenset[str]
    denied_by: frozenset[str] = frozenset()
    by_word: bool = False
    achieved: frozenset[str] = frozenset()  # the family's own verbs of achievement ("the ransom was paid")
    assert_nouns: frozenset[str] = frozenset()  # the nouns that assert it (empty: all its nouns)
    unnamed_any: bool = False  # across.links.denial_unnamed: a denial naming no party denies any report's act
    determiners: frozenset[str] = frozenset()  # its own negative determiners ("without conditions")
    anchored: frozenset[str] = frozenset()  # nouns that deny it only beside a word of ``anchors`` ("no money")
    anchors: frozenset[str] = frozenset()  # words that tie a bare noun to the family ("ransom", "her release")
    minimizers: frozenset[str] = frozenset()  # its smallest units ("penny", "cent"): across.links.denial_minimizer
    base_verbs: frozenset[str] = frozenset()  # base forms after a past "do" negation: across.links.denial_base_form
    tied_base_verbs: frozenset[str] = frozenset()  # base forms that need a captive beside them ("pay for the release")
    release_words: frozenset[str] = frozenset()  # anchors that do not tie ``tied_base_verbs`` ("release")
    anchored_after: frozenset[str] = frozenset()  # nouns whose anchor must follow them closely ("to do with the hostages")
    deny_only_verbs: frozenset[str] = frozenset()  # verbs that deny when negated, tell nothing told ("exchanged with")
    party_subjects: frozenset[str] = frozenset()  # subjects of ``anchored_after`` that deny no link ("it had nothing")
    told_before: frozenset[str] = frozenset()  # words that tell its noun a few words on: across.links.denial_mediation_told
    subject_nouns: frozenset[str] = frozenset()  # nouns whose denial is its subject's part: across.links.denial_no_role


@dataclass(frozen=True)
class DenialWords:
    determiners: frozenset[str]
    deny_verbs: frozenset[str]
    negators: frozenset[str]
    modals: frozenset[str]
    noun_modals_before: frozenset[str]
    noun_modals_after: frozenset[str]
    achieved: frozenset[str]
    families: tuple[Family, ...]
    governors: frozenset[str]
    boundaries: frozenset[str]
    modified_heads: frozenset[str]
    polarity_items: frozenset[str]
    npi_breaks: frozenset[str]
    took_place_before: frozenset[str]
    took_place_after: frozenset[str]
    first_person: frozenset[str]
    between: frozenset[str]
    addressed_families: frozenset[str]
    addressed_subjects: frozenset[str]
    addressed_verbs: frozenset[str]
    second_person: frozenset[str]
    past_do: frozenset[str]
    succeeded: frozenset[str] = frozenset()  # across.links.denial_succeeded: "the success of their attempt to mediate"
    imperatives: frozenset[str] = frozenset()  # across.links.denial_imperative: "do not sign any truce"


@cache
def denial_words() -> DenialWords:
    raw = read(FILE)["denial"]
    fams = tuple(Family(k, frozenset(v["nouns"]), frozenset(v["verbs"]), frozenset(v["types"]),
                        frozenset(v.get("denied_by", [])), bool(v.get("by_word", False)),
                        frozenset(v.get("achieved", [])), frozenset(v.get("assert_nouns", [])),
                        bool(v.get("unnamed_any", False)), frozenset(v.get("determiners", [])),
                        frozenset(v.get("anchored", [])), frozenset(v.get("anchors", [])),
                        frozenset(v.get("minimizers", [])), frozenset(v.get("base_verbs", [])),
                        frozenset(v.get("tied_base_verbs", [])), frozenset(v.get("release_words", [])),
                        frozenset(v.get("anchored_after", [])), frozenset(v.get("deny_only_verbs", [])),
                        frozenset(v.get("party_subjects", [])), frozenset(v.get("told_before", [])),
                        frozenset(v.get("subject_nouns", []))) for k, v in sorted(raw["families"].items()))
    sw = split_words()  # the verbs of denial and the modals, read once there (denialsplit.py sits below this module)
    return DenialWords(frozenset(raw["determiners"]), sw.deny_verbs, frozenset(raw["negators"]), sw.modals,
                       frozenset(raw["noun_modals_before"]), frozenset(raw["noun_modals_after"]), frozenset(raw["achieved"]),
                       fams, frozenset(raw["governors"]), frozenset(raw["boundaries"]), frozenset(raw["modified_heads"]),
                       frozenset(raw["polarity_items"]), frozenset(raw["npi_breaks"]), frozenset(raw["took_place_before"]), frozenset(raw["took_place_after"]),
                       frozenset(raw["first_person"]), frozenset(raw["between"]), frozenset(raw["addressed_families"]),
                       frozenset(raw["addressed_subjects"]), frozenset(raw["addressed_verbs"]),
                       frozenset(raw["second_person"]), frozenset(raw["past_do"]),
                       frozenset(raw["succeeded"]), frozenset(raw["imperatives"]))


@cache
def family_of(name: str) -> Family:
    """The family of data ``denial.families`` by its name."""
    return next(x for x in denial_words().families if x.name == name)

