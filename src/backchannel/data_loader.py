"""One loader for all language data: the TOML files of ``backchannel/data``.

Why one loader: word lists, cue lists, frame constraints, titles, demonyms and closed-class
words are vocabulary, not logic, and they live in ``data/*.toml``. Every stage reads them
through this module, so every file is parsed once per process and checked the same way at
load: unknown keys, missing keys, a word listed twice in one list and a value of the wrong
type are all a :class:`LexiconError` that names the file, the key and the problem.

The API, smallest first:

* :func:`read` -- a data file, parsed once (cached) and with no list repeating an entry.
  A value written ``{ common = "pronouns.male" }`` is the list ``male`` of the table
  ``[pronouns]`` of ``common.toml``: one list of closed-class words, read by every stage that
  needs it (a reference to a list that is not there is an error); ``{ common = [ref, ...] }``
  is the lists one after the other.
* :func:`check_keys`, :func:`word_list`, :func:`flag` -- the checks of one table or value.
* :func:`loader` -- the one way a stage reads its typed record: ``words = loader(Words, FILE, "table")``
  gives a function that reads, checks and caches the record on its first call (so importing a
  module costs nothing and a data error surfaces where the words are first used, as before).
* :func:`load_fields` -- a typed record (a dataclass) from a table whose keys are its fields;
  the field's annotation says how a value is read (``str``, ``bool``, ``frozenset[str]``,
  ``tuple[str, ...]``, ``dict[str, int]``, ``dict[str, str]``, ``re.Pattern[str]``, another
  record for a sub-table and ``tuple[Record, ...]`` for a list of tables). A list may be written as an
  entry table ``{ words = [...], narrow = true, why = "..." }`` (made for one sentence of one
  article: kept, but marked); ``grouped=True`` reads files whose tables only group the keys
  for the reader (a group may carry ``narrow``/``why`` itself).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import typing
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import Any, TypeVar, get_type_hints

DATA_PACKAGE = "backchannel.data"
NARROW = "narrow"  # marker: the words serve a rule written for one sentence of one article
WHY = "why"  # the reason for a narrow entry
WORDS = "words"  # the words of an entry table
COMMON_FILE = "common.toml"  # closed-class words shared by the stages
COMMON = "common"  # `key = { common = "table.key" }`: the list is common.toml's [table] key
ENTRY_KEYS = frozenset({WORDS, NARROW, WHY})
GROUP_MARKERS = frozenset({NARROW, WHY})

T = TypeVar("T")


class LexiconError(ValueError):
    """A data file that does not match what its loader expects (raised at load, never later)."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = file, key, problem
        super().__init__(f"{file} [{key}]: {problem}" if key else f"{file}: {problem}")


def join(key: str, sub: object) -> str:
    """The dotted path of ``sub`` inside ``key``."""
    return f"{key}.{sub}" if key else str(sub)


# ---------------------------------------------------------------- checks


def check_keys(file: str, key: str, table: Any, allowed: Iterable[str], required: Iterable[str] = ()) -> dict:
    """``table`` if it is a table whose keys are all allowed and include the required ones."""
    if not isinstance(table, dict):
        raise LexiconError(file, key, f"expected a table, got {type(table).__name__}")
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise LexiconError(file, key, f"unknown key(s) {unknown}")
    missing = sorted(set(required) - set(table))
    if missing:
        raise LexiconError(file, key, f"missing key(s) {missing}")
    return table


def word_list(file: str, key: str, value: Any) -> list[str]:
    """``value`` if it is a list of strings without duplicates."""
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(file, key, "expected a list of strings")
    check_unique(file, key, value)
    return value


def flag(file: str, key: str, value: Any) -> bool:
    """``value`` if it is true or false."""
    if not isinstance(value, bool):
        raise LexiconError(file, key, "expected true or false")
    return value


def check_unique(file: str, key: str, value: Any) -> None:
    """No list anywhere in ``value`` repeats a string (a repeated word is a sign of two lists
    merged by hand)."""
    if isinstance(value, dict):
        for k, v in value.items():
            check_unique(file, join(key, k), v)
    elif isinstance(value, list):
        seen: set[str] = set()
        for i, v in enumerate(value):
            if isinstance(v, str):
                if v in seen:
                    raise LexiconError(file, key, f"duplicate entry {v!r}")
                seen.add(v)
            else:
                check_unique(file, f"{key}[{i}]", v)


# ---------------------------------------------------------------- reading


def parse(file: str, text: str) -> dict[str, Any]:
    """A TOML text of ``file``, parsed, its references to common.toml replaced by their lists,
    with no list repeating an entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(file, "", str(e)) from e
    data = expand(file, "", data)
    check_unique(file, "", data)
    return data


def expand(file: str, key: str, value: Any) -> Any:
    """``value`` with every ``{ common = "table.key" }`` replaced by that list of common.toml."""
    if isinstance(value, dict):
        if set(value) == {COMMON}:
            return common(file, key, value[COMMON])
        return {k: expand(file, join(key, k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [expand(file, f"{key}[{i}]", v) for i, v in enumerate(value)]
    return value


def common(file: str, key: str, ref: Any) -> Any:
    """The value ``ref`` ("table.key") names in common.toml; a list of references: their lists
    one after the other."""
    if isinstance(ref, list):
        parts = [common(file, key, r) for r in ref]
        return [w for p in parts for w in (p if isinstance(p, list) else [p])]
    table, _, name = ref.partition(".") if isinstance(ref, str) else ("", "", "")
    found = read(COMMON_FILE).get(table, {}).get(name) if file != COMMON_FILE else None
    if found is None:
        raise LexiconError(file, key, f"no list {ref!r} in {COMMON_FILE}")
    return list(found) if isinstance(found, list) else found


def text(file: str) -> str:
    """The text of a data file of ``backchannel.data``."""
    return resources.files(DATA_PACKAGE).joinpath(file).read_text("utf-8")


@cache
def read(file: str) -> dict[str, Any]:
    """A data file, parsed and checked for repeated entries once per process (do not mutate)."""
    return parse(file, text(file))


# ---------------------------------------------------------------- typed records


def entry(file: str, key: str, value: Any) -> tuple[Any, str | None]:
    """The value of an entry, unwrapped from ``{ words = ..., narrow = ..., why = ... }``, and
    the reason it is narrow (``None``: not narrow)."""
    if not isinstance(value, dict):
        return value, None
    check_keys(file, key, value, ENTRY_KEYS, {WORDS})
    narrow = flag(file, join(key, NARROW), value.get(NARROW, False))
    return value[WORDS], (str(value.get(WHY, "")) if narrow else None)


def is_table(hint: Any) -> bool:
    """Whether a field of type ``hint`` is written as a TOML table (never an entry table)."""
    return typing.get_origin(hint) is dict or (isinstance(hint, type) and dataclasses.is_dataclass(hint))


def record_items(hint: Any) -> type | None:
    """The dataclass of a ``tuple[Record, ...]`` field (a list of tables), else ``None``."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis \
            and isinstance(args[0], type) and dataclasses.is_dataclass(args[0]):
        return args[0]
    return None


def convert(file: str, key: str, hint: Any, value: Any) -> Any:
    """A TOML value as the declared type ``hint`` of its field, or an error naming it."""
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return load_fields(hint, file, value, key=key)[0]
    if (item := record_items(hint)) is not None:
        if not isinstance(value, list):
            raise LexiconError(file, key, "expected a list of tables")
        return tuple(load_fields(item, file, v, key=f"{key}[{i}]")[0] for i, v in enumerate(value))
    if hint is bool:
        return flag(file, key, value)
    if hint is str:
        if not isinstance(value, str):
            raise LexiconError(file, key, "expected a string")
        return value
    if hint is re.Pattern or hint == re.Pattern[str]:
        if not isinstance(value, str):
            raise LexiconError(file, key, "expected a string (a regular expression)")
        try:
            return re.compile(value)
        except re.error as exc:
            raise LexiconError(file, key, f"not a valid regular expression: {exc}") from exc
    if hint == dict[str, int]:
        if not isinstance(value, dict) or not all(isinstance(x, int) and not isinstance(x, bool)
                                                  for x in value.values()):
            raise LexiconError(file, key, "expected a table of integers")
        return dict(value)
    if hint == dict[str, str]:
        if not isinstance(value, dict) or not all(isinstance(x, str) for x in value.values()):
            raise LexiconError(file, key, "expected a table of strings")
        return dict(value)
    if hint == dict[str, tuple[str, ...]]:  # a table of word lists (a key told as several types: acttypes.py)
        if not isinstance(value, dict):
            raise LexiconError(file, key, "expected a table of lists of strings")
        return {k: tuple(word_list(file, join(key, k), v)) for k, v in value.items()}
    words = word_list(file, key, value)
    if hint == tuple[str, ...]:
        return tuple(words)
    if hint == frozenset[str]:
        return frozenset(words)
    raise LexiconError(file, key, f"the loader cannot read a field of type {hint}")


def flatten(file: str, raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The keys of a file whose tables only group them, and the groups marked narrow."""
    flat: dict[str, Any] = {}
    narrow: dict[str, str] = {}
    for group, keys in raw.items():
        if not isinstance(keys, dict):
            raise LexiconError(file, group, "expected a table (a group of keys)")
        for key, value in keys.items():
            if key == NARROW:
                if flag(file, join(group, key), value):
                    narrow[group] = str(keys.get(WHY, ""))
                continue
            if key == WHY:
                continue
            if key in flat:
                raise LexiconError(file, join(group, key), "the key appears in two tables")
            flat[key] = value
    return flat, narrow


def load_fields(cls: type[T], file: str, raw: dict[str, Any], *, grouped: bool = False,
                key: str = "") -> tuple[T, dict[str, str]]:
    """An instance of the dataclass ``cls`` from a table whose keys are its fields (a trailing
    ``_`` of a field name is not part of its key), and the narrow entries (key -> why)."""
    narrow: dict[str, str] = {}
    raw = expand(file, key, raw)
    if grouped:
        raw, narrow = flatten(file, raw)
    hints = get_type_hints(cls)
    by_key = {f.name.rstrip("_"): f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    required = [k for k, name in by_key.items() if _required(cls, name)]
    check_keys(file, key, raw, by_key, required)
    values: dict[str, Any] = {}
    for k, v in raw.items():
        name, where = by_key[k], join(key, k)
        if not is_table(hints[name]) and isinstance(v, dict):
            v, why = entry(file, where, v)
            where = join(where, WORDS)
            if why is not None:
                narrow[k] = why
        values[name] = convert(file, where, hints[name], v)
    return cls(**values), narrow


def loader(cls: type[T], file: str, key: str = "", *, grouped: bool = False) -> Callable[[], T]:
    """A function returning the record ``cls`` read from ``file`` (its table ``key``, dotted for a
    sub-table; the whole file when empty), parsed and checked on the first call and cached after.

    Why a factory: some sixty stages each wrote the same four lines (a cached function reading one
    table into one dataclass); one definition keeps the caching and the error path identical, and
    the returned function is a zero-argument cache, as cheap to call in a loop as the old ones."""

    @cache
    def load() -> T:
        raw: Any = read(file)
        for part in key.split(".") if key else ():
            if not isinstance(raw, dict) or part not in raw:
                raise LexiconError(file, key, f"missing table {part!r}")
            raw = raw[part]
        return load_fields(cls, file, raw, grouped=grouped, key=key)[0]

    load.__doc__ = f"The record {cls.__name__} of {file}" + (f" [{key}]" if key else "") + ", read once."
    return load


def _required(cls: type, name: str) -> bool:
    f = next(f for f in dataclasses.fields(cls) if f.name == name)  # type: ignore[arg-type]
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
