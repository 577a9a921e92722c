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
