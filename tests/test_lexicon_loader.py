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


def test_a_loader_reads_a_dotted_table_once_and_names_a_missing_one(monkeypatch):
    calls = []
    data = {"outer": {"inner": dict(_GOOD)}}
    monkeypatch.setattr(dl, "read", lambda f: calls.append(f) or data)
    words = dl.loader(_Spec, "t.toml", "outer.inner")
    assert calls == []  # nothing is read before the first call
    rec = words()
    assert rec is words() and calls == ["t.toml"] and rec.word == "the"
    with pytest.raises(LexiconError, match=r"t.toml \[outer.missing\]: missing table 'missing'"):
        dl.loader(_Spec, "t.toml", "outer.missing")()
    whole = dl.loader(_Spec, "w.toml")
    monkeypatch.setattr(dl, "read", lambda f: dict(_GOOD))
    assert whole().members == frozenset({"x"})
    bad = dl.loader(_Spec, "t.toml", "outer")
    monkeypatch.setattr(dl, "read", lambda f: {"outer": {**_GOOD, "stray": 1}})
    with pytest.raises(LexiconError, match="unknown key"):
        bad()


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


def test_sole_offices_are_one_list_for_extraction_and_resolution():
    """An office-holder made within a report must be one the cross-report rule knows, and the
    other way round: the three readers take common.toml's one list."""
    from backchannel.extract.actors.parties import party_words
    from backchannel.resolve.across.words import words as across_words
    from backchannel.resolve.lexicon import lexicon as actors_lexicon

    sole = frozenset(dl.read(dl.COMMON_FILE)["offices"]["sole"])
    assert frozenset(actors_lexicon().words.sole_offices) == across_words().top_offices == party_words().top_titles == sole


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
    assert actors_lexicon().speech_verbs == frames_lexicon().settings.speech_verbs == speech
    assert speech <= set(claims_lexicon().verbs)


READINESS = 'readiness_adj = ["ready", "willing", "prepared", "available"]\n'


def _settings_text(new: str, old: str = READINESS) -> str:
    """frames.toml with one line of [settings] replaced."""
    from backchannel.extract.interactions.lexicon import FRAMES_FILE

    text = dl.text(FRAMES_FILE)
    assert text.count(old) == 1
    return text.replace(old, new)


@pytest.mark.parametrize("new, old, message", [
    (READINESS + 'readiness_adjectives = ["x"]\n', READINESS,
     "frames.toml [settings]: unknown key(s) ['readiness_adjectives']"),
    ('readiness_adj = "ready"\n', READINESS, "frames.toml [settings.readiness_adj]: expected a list of strings"),
    ('readiness_adj = ["ready", "ready"]\n', READINESS, "frames.toml [settings.readiness_adj]: duplicate entry 'ready'"),
    ("", READINESS, "frames.toml [settings]: missing key(s) ['readiness_adj']"),
    ("once = true\n", "once = 1\n", "frames.toml [settings.times_adverbs]: expected a table of integers"),
    ('soon = ["x"]\nunder = ["under", ', 'under = ["under", ', "frames.toml [settings.count_qualifiers]: unknown key(s) ['soon']"),
])
def test_frame_settings_are_a_checked_record(new, old, message):
    """frames.toml [settings] is a typed record: an unknown key, a wrong type, a word listed
    twice or a missing key is a LexiconError naming the file and the key."""
    from backchannel.extract.interactions.lexicon import parse_frames

    with pytest.raises(LexiconError) as err:
        parse_frames(_settings_text(new, old))
    assert str(err.value).startswith(message)


def test_frame_settings_record_fields():
    from backchannel.extract.interactions.lexicon import Settings, lexicon

    settings = lexicon().settings
    assert isinstance(settings, Settings) and "ready" in settings.readiness_adj
    assert settings.times_adverbs["twice"] == 2
    assert [q for q, _ in settings.count_qualifiers.items()] == ["over", "under", "about"]


@pytest.mark.parametrize("loader, edit, message", [
    ("countries", lambda r: {**r, "states": []}, "countries.toml: unknown key(s) ['states']"),
    ("countries", lambda r: {**r, "countries": [{**r["countries"][0], "people": "yes"}]},
     "countries.toml [countries[0].people]: expected true or false"),
    ("countries", lambda r: {**r, "countries": [{"aliases": ["X"]}]}, "countries.toml [countries[0]]: missing key(s) ['name']"),
    ("countries", lambda r: {**r, "bodies": {"Kremlin": 1}}, "countries.toml [bodies]: expected a table of strings"),
    ("actors", lambda r: {**r, "titles": {**r["titles"], "royal": ["king"]}}, "actors.toml [titles]: unknown key(s) ['royal']"),
    ("actors", lambda r: {**r, "sources": {"agencies": "Reuters"}}, "actors.toml [sources.agencies]: expected a list of strings"),
    ("actors", lambda r: {**r, "places": {**r["places"], "motion": ["go", "go"]}},
     "actors.toml [places.motion]: duplicate entry 'go'"),
    ("actors", lambda r: {k: v for k, v in r.items() if k != "kinds"}, "actors.toml: missing key(s) ['kinds']"),
    ("first_names", lambda r: {**r, "male": ["John"]}, "first_names.toml: unknown key(s) ['male']"),
    ("first_names", lambda r: {**r, "female": ["Anna", "Anna"]}, "first_names.toml [female]: duplicate entry 'Anna'"),
    ("first_names", lambda r: {**r, "names": "John"}, "first_names.toml [names]: expected a list of strings"),
])
def test_actor_data_files_are_checked_records(loader, edit, message):
    """countries.toml, actors.toml and first_names.toml are typed records (resolve.records)."""
    from backchannel.resolve import records

    load = getattr(records, f"{loader}_data")
    raw = dl.read(getattr(records, f"{loader.upper()}_FILE"))
    assert load(raw) == load()
    with pytest.raises(LexiconError) as err:
        load(edit(raw))
    assert str(err.value).startswith(message)


def test_a_repeated_word_in_a_data_file_text_is_an_error():
    from backchannel.resolve.records import FIRST_NAMES_FILE, first_names_data

    with pytest.raises(LexiconError, match=re.escape("first_names.toml [names]: duplicate entry 'Ann'")):
        first_names_data(dl.parse(FIRST_NAMES_FILE, 'names = ["Ann", "Ann"]\n'))
