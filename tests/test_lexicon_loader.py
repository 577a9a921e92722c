"""The one loader of the language data (backchannel.data_loader): every data file parses,
every loader raises the same LexiconError naming file, key and problem."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import pytest

from backchannel import data_loader as dl
from backchannel.data_loader import LexiconError


@dataclass(frozen=True)
class _Spec:
    word: str
    ordered: tuple[str, ...]
    members: frozenset[str]
    numbers: dict[str, int]
    pattern: re.Pattern[str]
    optional: frozenset[str] = frozenset()


_GOOD = {"word": "the", "ordered": ["a", "b"], "members": ["x"], "numbers": {"one": 1}, "pattern": r"^the\s"}


def test_every_data_file_loads_and_is_read_once():
    names = sorted(p.name for p in resources.files("backchannel.data").iterdir() if p.name.endswith(".toml"))
    assert names
    for name in names:
        assert dl.read(name) is dl.read(name)


def test_all_loaders_share_one_error_type():
    from backchannel.extract.claims import LexiconError as claims_error
    from backchannel.extract.interactions.words import WordsError
    from backchannel.resolve.lexicon import LexiconError as actors_error

    assert claims_error is actors_error is WordsError is LexiconError


def test_typed_record_from_a_table():
    rec, narrow = dl.load_fields(_Spec, "t.toml", dict(_GOOD))
    assert rec.ordered == ("a", "b") and rec.members == frozenset({"x"}) and rec.numbers == {"one": 1}
    assert rec.pattern.match("the x") and rec.optional == frozenset() and narrow == {}


def test_entry_tables_and_groups_mark_narrow_words():
    raw = {**_GOOD, "members": {"words": ["x"], "narrow": True, "why": "one article"}}
    rec, narrow = dl.load_fields(_Spec, "t.toml", raw)
    assert rec.members == frozenset({"x"}) and narrow == {"members": "one article"}
    grouped = {"a": {k: v for k, v in _GOOD.items() if k != "pattern"},
               "b": {"pattern": _GOOD["pattern"], "narrow": True, "why": "one sentence"}}
    rec, narrow = dl.load_fields(_Spec, "t.toml", grouped, grouped=True)
    assert rec.word == "the" and narrow == {"b": "one sentence"}


@pytest.mark.parametrize("edit, message", [
    ({"colour": ["red"]}, "t.toml: unknown key(s) ['colour']"),
    ({"members": ["x", "x"]}, "t.toml [members]: duplicate entry 'x'"),
    ({"members": "x"}, "t.toml [members]: expected a list of strings"),
    ({"word": ["the"]}, "t.toml [word]: expected a string"),
    ({"numbers": {"one": "1"}}, "t.toml [numbers]: expected a table of integers"),
    ({"pattern": "("}, "t.toml [pattern]: not a valid regular expression"),
    ({"members": {"words": ["x"], "narrow": "yes"}}, "t.toml [members.narrow]: expected true or false"),
    ({"members": {"word": ["x"]}}, "t.toml [members]: unknown key(s) ['word']"),
])
def test_malformed_tables_are_errors_naming_file_key_and_problem(edit, message):
    with pytest.raises(LexiconError) as err:
        dl.load_fields(_Spec, "t.toml", {**_GOOD, **edit})
    assert str(err.value).startswith(message)
    assert err.value.file == "t.toml"


def test_missing_keys_and_keys_in_two_groups_are_errors():
    with pytest.raises(LexiconError, match=re.escape("t.toml: missing key(s) ['word']")):
        dl.load_fields(_Spec, "t.toml", {k: v for k, v in _GOOD.items() if k != "word"})
    with pytest.raises(LexiconError, match=re.escape("t.toml [b.word]: the key appears in two tables")):
        dl.load_fields(_Spec, "t.toml", {"a": dict(_GOOD), "b": {"word": "a"}}, grouped=True)


def test_parse_checks_every_list_and_reports_syntax_errors():
    with pytest.raises(LexiconError, match=re.escape("t.toml [x.y[0].z]: duplicate entry 'a'")):
        dl.parse("t.toml", '[x]\ny = [{ z = ["a", "a"] }]\n')
    with pytest.raises(LexiconError, match="t.toml: "):
        dl.parse("t.toml", "x = [")


def test_common_lists_are_shared_by_reference():
    from backchannel.extract.claims.cue_lexicon import words as claims_words
    from backchannel.resolve.lexicon import lexicon as actors_lexicon

    male = frozenset(dl.read(dl.COMMON_FILE)["pronouns"]["male"])
    assert claims_words().male_pronouns == actors_lexicon().words.male_pronouns == male
    parsed = dl.parse("t.toml", '[x]\ny = { common = "pronouns.male" }\n')
    assert parsed["x"]["y"] == dl.read(dl.COMMON_FILE)["pronouns"]["male"]
    both = dl.parse("t.toml", 'y = { common = ["pronouns.male", "pronouns.female"] }\n')["y"]
    assert both == [*parsed["x"]["y"], *dl.read(dl.COMMON_FILE)["pronouns"]["female"]]
    with pytest.raises(LexiconError, match=re.escape("t.toml [x.y]: no list 'pronouns.nobody' in common.toml")):
        dl.parse("t.toml", '[x]\ny = { common = "pronouns.nobody" }\n')


def test_a_list_of_references_joins_lists_and_words():
    from backchannel.extract.interactions.words import words

    assert words().articles == frozenset({"a", "an", "the"})


def test_speech_verbs_are_reporting_cues():
    """One list of speech verbs (common.toml) for actors and interactions; each is also a cue
    of the claims stage (cues.toml [verbs] adds stances and frames, and many more cues)."""
    from backchannel.extract.claims.cue_lexicon import lexicon as claims_lexicon
    from backchannel.extract.interactions.lexicon import lexicon as frames_lexicon
    from backchannel.resolve.lexicon import lexicon as actors_lexicon

    speech = frozenset(dl.read(dl.COMMON_FILE)["verbs"]["speech"])
    assert actors_lexicon().speech_verbs == frames_lexicon().sets["speech_verbs"] == speech
    assert speech <= set(claims_lexicon().verbs)
