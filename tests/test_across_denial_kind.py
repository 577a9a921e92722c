"""A negated classification denies an act of that kind (session 40; every text here is invented).

Rules: ``across.links.denial_kind`` (resolve/across/denialkind.py: "this is not a truce", "does not constitute
a ceasefire", "cannot be considered an agreement"), ``across.links.denial_kind_gate`` (denialscan.kind_gate: such
a denial answers only tellings that name that kind), and a condition ("once the truce is in effect", "if a deal
is signed") governs the act it holds (data ``denial.governors``): the act is to come, not told as done.
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies
from backchannel.resolve.across.denialkind import kind_key, names_kind


def test_a_negated_copula_or_verb_of_kind_denies_the_act_noun() -> None:
    for text in ["This is not a ceasefire.",
                 "The pause agreed on Monday does not constitute a truce",
                 "The Pell arrangement cannot be considered a truce, Lorvia's envoy insisted",
                 "What was signed in Pell isn't a deal",
                 "We will halt for three days, but this is not a truce",
                 "the accord never amounted to an agreement"]:
        assert denies(text, "agreement"), text


def test_near_misses_of_a_negated_kind_deny_nothing() -> None:
    for text in ["It will not be a truce",  # a forecast
                 "It won't be a ceasefire",
                 "This is not only a truce but the start of peace",  # narrowed: still a truce
                 "This is not a permanent ceasefire",  # a lesser one took place
                 "This is not a ceasefire proposal",  # the noun modifies another
                 "It is not the truce they wanted",  # "the": which one, not whether
                 "This is not a bad deal for Lorvia",  # litotes: a deal praised
                 "The visit does not mean a truce is near",  # "mean" is no verb of kind
                 "Lorvia wants peace, not a truce",  # a contrast of wishes, no copula
                 "Lorvia agreed to a truce"]:
        assert not denies(text, "agreement"), text
    # a bare noun that tells its family only beside an anchor ("money": a ransom) is no kind denied
    assert not denies("For Lorvia this is not a money matter", "payment")
    assert denies("The sum Lorvia handed over was not a ransom", "payment")


def test_a_condition_governs_the_act_it_holds() -> None:
    assert not asserts("Once the truce is in effect, the sanctions will be lifted", "agreement")
    assert not asserts("If a deal is signed, the border will reopen", "agreement")
    assert asserts("When the deal was signed, the border reopened", "agreement")
    assert asserts("The truce is in effect since Monday", "agreement")


def test_once_governs_only_opening_a_clause() -> None:
    """s40 review finding 7: "once" is a condition only opening a clause (the text's or a comma's); inside one it
    says "formerly", and the act was told as done."""
    assert not asserts("Lorvia says that, once the truce is signed, the border will reopen", "agreement")
    assert asserts("Lorvia had once agreed to a ceasefire with Ostrava.", "agreement")
    assert asserts("Lorvia, which once agreed to a truce with Ostrava, fought on.", "agreement")
    assert asserts("Ostrava's envoy had once signed a deal with Lorvia in Pell.", "agreement")


def test_an_aim_or_a_wish_denies_no_kind() -> None:
    """s40 review finding 8: a pseudo-cleft or a subject naming an aim tells what is sought, not what something is;
    a contrast alone still denies the kind."""
    for text in ["What we want is not a ceasefire but a full withdrawal",
                 "Our priority is not a deal, it is the hostages",
                 "What Lorvia wants is not a truce",
                 "The goal of the Ostrava envoys is not a deal"]:
        assert not denies(text, "agreement"), text
    for text in ["This is not a truce but a trap", "It is not a deal, it is a surrender",
                 "What was signed in Pell isn't a deal"]:
        assert denies(text, "agreement"), text


def test_kind_keys_and_names() -> None:
    assert kind_key("cease-fire") == kind_key("ceasefires") == kind_key("ceasefire") == "ceasefire"
    assert names_kind(frozenset({"ceasefire"}), "lorvia and ostrava agreed on a five-day cease-fire")
    assert names_kind(frozenset({"ceasefire"}), "they agreed a cease fire")
    assert not names_kind(frozenset({"ceasefire"}), "lorvia agreed to lift the sanctions")


def _report(doc: str, text: str, said: str, published: str = "2031-05-04") -> Report:
    r = outlet_report(doc, text, ("Lorvia", "Ostrava"), published)
    r.actor("envoy", "Ilse Marren", affiliation="lorvia" if "Lorvia" in text else None)
    r.say("c1", "envoy", said, direct=True)
    return r


def test_a_denied_kind_contradicts_only_the_tellings_of_that_kind() -> None:
    deny = _report("r1", "Ilse Marren of Lorvia said: \"We will halt for three days, but this is not a truce.\"",
                   "We will halt for three days, but this is not a truce")
    truce = _report("r2", "Ilse Marren said Lorvia and Ostrava agreed to a truce on Monday.",
                    "Lorvia and Ostrava agreed to a truce on Monday", "2031-05-03")
    other = _report("r3", "Ilse Marren said Lorvia and Ostrava agreed to reopen the border crossing.",
                    "Lorvia and Ostrava agreed to reopen the border crossing", "2031-05-03")
    res = resolve_dossiers([deny.d, truce.d, other.d])
    pairs = {(lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links
             if lk["kind"] == "contradicts" and "across.links.denial" in lk["note"]}
    assert pairs == {("r1", "r2")}


def test_a_denied_commitment_is_read_and_its_topic_is_what_it_names_beside_the_parties() -> None:
    from backchannel.resolve.across.denialtopic import topics
    from backchannel.resolve.across.records import ActorRec

    for text in ["Our side never promised to keep out of Port Vell",
                 "Lorvia did not give any promises to Ostrava regarding Port Vell",
                 "Ostrava made no commitment on the Tarn bridge"]:
        assert denies(text, "commitment"), text
    assert not denies("There is no guarantee the truce will hold", "commitment")
    lorvia = ActorRec("r1", "lorvia", "Lorvia", "state", True, ["lorvia"], [], None)
    envoy = ActorRec("r1", "m", "Ilse Marren", "person", True, ["ilse marren"], ["special envoy"], None)
    said = "Special Envoy Ilse Marren said on Thursday that Lorvia gave Ostrava no promises in May regarding Port Vell"
    ostrava = ActorRec("r1", "ostrava", "Ostrava", "state", True, ["ostrava"], [], None)
    assert topics(said, [lorvia, ostrava, envoy]) == {"port", "vell"}  # no actor, state, title, weekday, month
    assert topics(said, [lorvia, envoy]) == {"ostrava", "port", "vell"}  # a name no actor holds is a topic
    assert topics("Kessia gave no promises.", []) == frozenset()  # a word opening a sentence is no topic


def test_a_topic_is_read_in_what_is_said_not_in_who_says_it() -> None:
    """s40 review finding 9: a speech clause's speaker and addressee, the wire agencies and the report's outlet are
    no topic; what the speaker says keeps its topic."""
    from backchannel.resolve.across.denialtopic import topics
    from backchannel.resolve.across.records import ActorRec

    lorvia = ActorRec("r1", "lorvia", "Lorvia", "state", True, ["lorvia"], [], None, source="Harbour Post")
    amsel = ActorRec("r1", "amsel", "Jo Amsel", "person", True, ["jo amsel", "amsel"], [], None)
    assert topics("Lorvia agreed to lift sanctions, Amsel told Reuters.", [lorvia, amsel]) == frozenset()
    assert topics("Lorvia agreed to lift sanctions, a Western diplomat said.", [lorvia]) == frozenset()
    assert topics("The Foreign Ministry said on Monday that Lorvia made no promise on the Tarn bridge.",
                  [lorvia]) == {"tarn"}
    assert topics("Lorvia agreed to spare Port Vell, Amsel told the Harbour Post.", [lorvia, amsel]) == {"port", "vell"}
    assert topics("Lorvia agreed, according to Reuters, to spare Port Vell.", [lorvia]) == {"port", "vell"}


def test_a_denied_commitment_contradicts_only_the_agreement_on_its_topic() -> None:
    deny = _report("r1", "Ilse Marren of Lorvia said: \"Our side never promised to keep out of Port Vell.\"",
                   "Our side never promised to keep out of Port Vell")
    port = _report("r2", "Ilse Marren said Lorvia agreed to hold off any strike on Port Vell.",
                   "Lorvia agreed to hold off any strike on Port Vell", "2031-05-03")
    other = _report("r3", "Ilse Marren said Lorvia agreed to lift the blockade of Tarn.",
                    "Lorvia agreed to lift the blockade of Tarn", "2031-05-03")
    vague = _report("r4", "Ilse Marren of Lorvia said: \"We promised nothing to anyone.\"",
                    "We promised nothing to anyone")
    res = resolve_dossiers([deny.d, port.d, other.d, vague.d])
    pairs = {(lk["a"]["doc"], lk["b"]["doc"]) for lk in res.links
             if lk["kind"] == "contradicts" and "across.links.denial" in lk["note"]}
    assert pairs == {("r1", "r2")}


def test_a_denial_gate_and_a_report_s_actor_words_are_read_once(monkeypatch) -> None:
    """s40 review finding 12: the gate of a denial is read once (its claim, own-voice and act ends share it) and
    the words of a report's actors once per report, not per telling."""
    from backchannel.resolve.across import denialscan

    asked: list[tuple[str, str, str]] = []
    words_for: list[int] = []
    gates, kind_gate, actor_words = denialscan.gates, denialscan.kind_gate, denialscan.actor_words

    def counted_gates(d, t):  # type: ignore[no-untyped-def]
        asked.append((d.claim.doc, d.claim.id, d.family.name))
        return gates(d, t)

    def counted_kind_gate(d):  # type: ignore[no-untyped-def]
        asked.append(("kind_gate", d.claim.id, d.family.name))
        return kind_gate(d)

    def counted_words(actors):  # type: ignore[no-untyped-def]
        words_for.append(len(actors))
        return actor_words(actors)

    monkeypatch.setattr(denialscan, "gates", counted_gates)
    monkeypatch.setattr(denialscan, "kind_gate", counted_kind_gate)
    monkeypatch.setattr(denialscan, "actor_words", counted_words)
    deny = _report("r1", "Ilse Marren of Lorvia said: \"Our side never promised to keep out of Port Vell.\"",
                   "Our side never promised to keep out of Port Vell")
    port = _report("r2", "Ilse Marren said Lorvia agreed to hold off any strike on Port Vell.",
                   "Lorvia agreed to hold off any strike on Port Vell", "2031-05-03")
    other = _report("r3", "Ilse Marren said Lorvia agreed to lift the blockade of Tarn. Lorvia agreed to spare Tarn.",
                    "Lorvia agreed to lift the blockade of Tarn", "2031-05-03")
    resolve_dossiers([deny.d, port.d, other.d])
    denials = {a for a in asked if a[0] != "kind_gate"}
    assert len([a for a in asked if a[0] != "kind_gate"]) > len(denials)  # asked for by each kind of end ...
    assert len([a for a in asked if a[0] == "kind_gate"]) == len(denials)  # ... but read once per denial
    assert 1 <= len(words_for) <= 3  # one per report at most
