import json

from conftest import ROOT, validate

from backchannel.model import Actor, Claim, ClaimSpans, Dossier, Evidence, Interaction, Mention, dossier_from_json, json_schema, to_json


def test_committed_schema_is_generated_from_the_model():
    committed = json.loads((ROOT / "docs" / "dossier.schema.json").read_text())
    assert committed == json_schema(), "regenerate with: backchannel schema > docs/dossier.schema.json"


def test_round_trip_preserves_every_field():
    ev = Evidence(doc="d", start=0, end=5, text="Hello")
    d = Dossier(
        actors=[Actor(id="a", name="A", kind="person", aliases=["Al"], descriptors=["envoy"],
                      mentions=[Mention(doc="d", start=0, end=1, text="H")])],
        interactions=[Interaction(id="i1", type="message", source="a", target=None, via=["b"], evidence=ev,
                                  negated=True, modality="reported", claim="c1")],
        claims=[Claim(id="c1", speaker="a", cue="said", direct=True, content="Hello",
                      spans=ClaimSpans(doc="d", content=[[0, 5]], cue=None, speaker=None), evidence=ev)],
    )
    again = dossier_from_json(to_json(d))
    assert again == d
    validate(json.loads(to_json(d)))


def test_example_dossier_validates_against_schema(example_dossier):
    validate(json.loads(to_json(example_dossier)))


# -- provenance ----------------------------------------------------------------------

def test_provenance_round_trips_and_empty_trace_is_not_written():
    a = Actor(id="a", name="A", kind="person", rule="actors.names.ner_person",
              mentions=[Mention(doc="d", start=0, end=1, text="A", rule="actors.names.ner_person")])
    raw = json.loads(to_json(a))
    assert raw["rule"] == "actors.names.ner_person" and raw["backend"] == "rules" and "trace" not in raw
    assert raw["mentions"][0] == {"doc": "d", "start": 0, "end": 1, "text": "A", "rule": "actors.names.ner_person"}
    a.set_trace("affiliation", "actors.side.nearest_state")
    d = Dossier(actors=[a])
    again = dossier_from_json(to_json(d))
    assert again == d and again.actors[0].trace == {"affiliation": "actors.side.nearest_state"}
    validate(json.loads(to_json(d)))


def test_trace_records_changes_by_other_rules_only():
    a = Actor(id="a", name="A", kind="person", rule="r1")
    a.set_trace("aliases", "r1")  # the creating rule: implied by ``rule``
    assert not a.trace and a.traced("aliases") == "r1"
    a.set_trace("aliases", "r2")
    a.set_trace("aliases", "r1")  # changed back by the creating rule: now explicit
    a.set_trace("kind", None)  # untraced code records nothing
    assert a.trace == {"aliases": "r1"} and a.traced("kind") == "r1"


def test_version_1_dossier_without_provenance_still_decodes():
    old = {"version": "1", "documents": [{"id": "d", "text": "Hi"}],
           "actors": [{"id": "a", "name": "A", "kind": "person",
                       "mentions": [{"doc": "d", "start": 0, "end": 2, "text": "Hi"}]}],
           "interactions": [], "claims": []}
    d = dossier_from_json(json.dumps(old))
    assert d.version == "1" and d.actors[0].rule is None and d.actors[0].backend == "rules"
    assert d.actors[0].mentions[0].rule is None and d.actors[0].traced("affiliation") is None
    assert Dossier().version == "3"


def test_item_ref_addresses_an_item_across_documents():
    from backchannel.model import Document, ItemRef

    d = Dossier(documents=[Document(id="doc-7", text="x")])
    ref = d.ref("i3")
    assert ref == ItemRef(doc="doc-7", id="i3") and str(ref) == "doc-7#i3"
    assert ItemRef.parse("a#b#c1") == ItemRef(doc="a#b", id="c1")
    assert len({ref, ItemRef.parse("doc-7#i3")}) == 1  # hashable: usable as a key across a corpus
