"""Links share equal ends and notes (resolve/across/shared.py), and the JSON written stays the same."""

from __future__ import annotations

import io
import json

from backchannel.corpus_dossier import write_mapping
from backchannel.resolve.across.memtrim import release
from backchannel.resolve.across.shared import share_ends


def _links() -> list[dict]:
    return [
        {"a": {"doc": "r1", "interaction": "i0"}, "b": {"doc": "r2", "interaction": "i3"}, "kind": "corroborates",
         "note": "the same " + "act (meet)", "on": "actor"},
        {"a": {"doc": "r2", "interaction": "i3"}, "b": {"doc": "r3", "claim": "c1"}, "kind": "corroborates",
         "note": "the same act " + "(meet)", "on": "actor"},
        {"a": {"interaction": "i3", "doc": "r2"}, "b": {"doc": "r3", "start": 1, "end": 9}, "kind": "contradicts",
         "note": "who mediated for the Free Hill Front: Anna Berg / Westmark", "on": "mediator"},
        {"a": {"doc": "r3", "start": True, "end": 9}, "b": {"doc": "r3", "start": "1", "end": 9}, "kind": "contradicts",
         "note": "Ostland", "on": "count"},
    ]


def test_equal_ends_are_one_object_and_the_json_is_unchanged() -> None:
    links = _links()
    before = json.dumps(links)
    events = [{"id": "e1", "members": [{"doc": "r2", "interaction": "i3"}]}]
    out = share_ends(links, events)
    assert json.dumps(out) == before
    assert out[0]["b"] is out[1]["a"] is events[0]["members"][0]
    assert out[0]["note"] is out[1]["note"]


def test_ends_of_other_key_order_or_value_type_are_not_shared() -> None:
    out = share_ends(_links(), [])
    assert out[2]["a"] is not out[1]["a"]  # the same items in another order are written otherwise
    assert out[3]["a"] is not out[2]["b"] and out[3]["b"] is not out[2]["b"]  # True and "1" are not 1
    links = [{"a": {"doc": "r1", "ids": ["a"]}, "b": {"doc": "r1", "ids": ["a"]}, "kind": "corroborates"}]
    assert share_ends(links, [])[0]["a"] is not links[0]["b"]  # a list value: never shared


def test_views_written_item_by_item_as_json_dumps_writes_them() -> None:
    views = {"timeline": [{"event": "e1", "outlets": ["Westmark Post", "Ostland Daily"]}], "disputes": [],
             "sources": [{"outlet": "Bärnau Wire", "speakers": []}], "note": None, "pair": (1, 2)}
    buf = io.StringIO()
    write_mapping(buf, views)
    assert buf.getvalue() == json.dumps(views, ensure_ascii=False)


def test_release_changes_nothing_it_is_given() -> None:
    links = _links()
    release()
    assert links == _links()
