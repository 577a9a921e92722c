"""Denials by predication, of a promise and of a request, across reports (session 39; every text here is invented).

Rule: the family ``request`` (``across.links.denial_request``) of data/across_denial.toml.
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies


def report(doc: str, text: str, published: str = "2031-05-04") -> Report:
    return outlet_report(doc, text, ("Lorvia", "Ostrava", "Pell"), published)


def denial_pairs(res) -> set[tuple[str, str]]:
    return {tuple(sorted((lk["a"]["doc"], lk["b"]["doc"]))) for lk in res.links
            if lk["kind"] == "contradicts" and "across.links.denial" in lk["note"]}


def test_a_request_denied_only_with_a_polarity_item():
    for text in ["the cabinet says it has not asked any state to mediate",
                 "Lorvia has never entrusted anyone with that task",
                 "Ostrava did not ask anybody to step in",
                 "there was no request from Lorvia"]:
        assert denies(text, "request"), text
    for text in ["the minister was not asked about the talks",  # no polarity item: asked a question
                 "Lorvia has not asked for a pause",
                 "Lorvia will not ask any country to mediate"]:  # a plan or refusal
        assert not denies(text, "request"), text
    for text in ["Pell said it had received a request to help end the conflict",
                 "The Lorvian government approached us first",
                 "Pell stepped in at the request of Ostrava"]:
        assert asserts(text, "request"), text
    assert not asserts("Pell asked whether Lorvia would come", "request")


def test_a_request_denied_contradicts_a_request_told_in_another_report():
    deny = report("r1", "Lorvia said it had not asked any state to mediate in its dispute.")
    deny.say("c1", "lorvia", "it had not asked any state to mediate in its dispute")
    told = report("r2", "Pell said it had received a request to help settle the dispute.", published="2031-05-05")
    told.say("c1", "pell", "it had received a request to help settle the dispute")
    other = report("r3", "Pell said it asked Ostrava about the weather.")
    other.say("c1", "pell", "it asked Ostrava about the weather")
    res = resolve_dossiers([deny.d, told.d, other.d])
    assert denial_pairs(res) == {("r1", "r2")}
    assert any("[across.links.denial_request]" in lk["note"] for lk in res.links)
