"""Who takes part in an act noun through the verb that governs it.

Why a module of its own: the subject of "held talks with Y", "travelled to B for talks" or
"denied talks with Y" is a party of the act the noun names, though it is no dependent of the
noun. The frames of ``data/frames.toml`` ask for it with the specs ``gov_subj_part`` (the
subject of a participation or avowal verb) and ``travel_host`` (the state a delegation travels
to for the talks).

Rule DEFAULT_VIA: "through X", "via X", "through X's good offices" on an act (or on its object, where
the parser hangs it) makes X an intermediary of the act.

Rule AVOWED_ACT: "X denied / confirmed / acknowledged talks with Y", "X denied reports of
secret talks with Y": a subject that avows or disavows an act is its party (whether the act
happened is the negation rules' business: :mod:`.modality` ``denied_scope``).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import PAIR, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.story import side_state
from backchannel.extract.interactions.words import words
from backchannel.resolve.lexicon import lexicon as places
from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import VERB_POS, child, governor, is_passive, measured, phrase, prep_objects

W = words()
AVOWED_ACT = "interactions.specs.avowed_act"
WITHDRAWN_PARTY = "interactions.participants.withdrawn_party"  # "X walked away from talks with Y"
PHASE_OF_ACT = "interactions.participants.phase_of_act"  # "X arrived for the start of talks with Y"
TRAVELLER = "interactions.participants.traveller"  # "X was dispatched to Y", "flew the captives to Y"
DEFAULT_VIA = "interactions.build.default_via"


def gov_subj_part(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The subject of the verb that takes the act noun as its object or in a participation phrase."""
    g = governor(tok)
    if g is None or g.pos_ not in VERB_POS:
        return []
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == W.of_prep and (m := measured(h.head)) is not None and m.i == tok.i:
        tok, h = h.head, h.head.head  # "held two days of talks": the measure stands for the talks
    phase = tok.dep_ == "pobj" and h.lower_ == W.of_prep and h.head.lemma_.lower() in W.phase_nouns
    if phase:  # rule PHASE_OF_ACT: "arrived for the start of talks with Y": the phase stands for the talks
        tok, h = h.head, h.head.head
    if tok.dep_ == "pobj" and h.lower_ == W.of_prep and avowed_report(d, h.head, g):
        tok, h = h.head, g  # "X denied reports of talks with Y": the reports stand for the talks
    avowed = tok.dep_ == "dobj" and h.i == g.i and g.lemma_ in d.lex.settings.avowal_verbs
    withdrawn = withdrawal(tok, g)
    ok = (tok.dep_ == "dobj" and h.i == g.i and g.lemma_ in d.lex.settings.participation_verbs) or avowed or withdrawn or (
        tok.dep_ == "pobj" and h.head.i == g.i and h.lower_ in W.participation_preps) or (
        # "a delegation prepared to travel to Baku for a fresh round of talks": the traveller; rule
        # PRESENT_FOR_TALKS: "X was in Y for talks with Z", "X sent a team for talks": who is there
        tok.dep_ == "pobj" and h.head.i == g.i and h.lower_ == W.purpose_prep and _present(d, g))
    if not ok:
        return []
    s = logical_subject(g)
    if s is not None and tok.left_edge.i <= s.i <= tok.right_edge.i:
        return []
    if d.sides_leaders(s, raw):  # "the two countries' leaders held talks": the sides' leaders
        return [PAIR]
    if d.pair_phrase(s, raw):
        return [PAIR]
    found = d.actors(s)
    if (avowed or withdrawn or phase) and found:
        raw.trace["source" if spec in frame.source else "target"] = \
            AVOWED_ACT if avowed else WITHDRAWN_PARTY if withdrawn else PHASE_OF_ACT
    if h.lower_ == W.purpose_prep:  # "a Turkish delegation": the traveller's state is the side
        found = [side_state(d.ctx, a) for a in found]
    return found



def withdrawal(tok: Token, g: Token) -> bool:
    """Rule WITHDRAWN_PARTY: "X walked away from talks with Y", "X pulled out of the negotiations": the act
    noun ``tok`` is the object of the preposition by which a verb of leaving (``withdrawal_phrases``, the
    verb's lemma, any particle or adverb of its own and the preposition) takes it. Why: one leaves only talks
    one was in, so the leaver was a party of them; a verb of boycotting or refusing is no such verb."""
    h = tok.head
    if tok.dep_ != "pobj" or h.dep_ != "prep":
        return False
    path = [h]
    while path[-1].head.i != g.i and len(path) < 3:
        path.append(path[-1].head)
        if path[-1].dep_ not in ("advmod", "prt", "prep"):
            return False
    if path[-1].head.i != g.i:
        return False
    return " ".join([g.lemma_.lower(), *(x.lower_ for x in reversed(path))]) in W.withdrawal_phrases


def _present(d: Doc_, g: Token) -> bool:
    """Rule PRESENT_FOR_TALKS: a verb whose subject is there "for talks": one of travel or gathering;
    a verb of being with a place ("was in Y for talks"; "are for talks" favours them); a verb of
    sending with a person or group sent ("sent its envoy for talks", not "sent a note for talks";
    a relative's gap, "the most senior Norland has sent", has no object to judge and counts)."""
    st = d.lex.settings
    lemma = g.lemma_.lower()
    if lemma in st.there_verbs:
        return True
    if lemma in st.located_verbs:
        return any(c.dep_ == "prep" and c.lower_ in st.presence_preps for c in g.children)
    if lemma in st.sending_verbs:
        o = child(g, "dobj", "nsubjpass")
        return o is None or bool(d.actors(o, deep=False)) or d.is_pair_phrase(o) or o.lemma_.lower() in (
            st.sent_party_nouns | st.own_person_nouns | st.group_nouns)
    return False


def avowed_report(d: Doc_, noun: Token, g: Token | None = None) -> bool:
    """A report noun that an avowal verb (``g`` when given) takes as its object: "denied reports
    of talks" tells of talks (denied), where "a report on the talks" only has them as its topic."""
    return noun.lemma_.lower() in d.lex.settings.report_nouns and noun.dep_ == "dobj" \
        and (g is None or noun.head.i == g.i) and noun.head.lemma_ in d.lex.settings.avowal_verbs


def travel_host(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The state a delegation travels to "for talks": it hosts them."""
    g = governor(tok)
    if g is None or g.lemma_ not in d.lex.settings.travel_verbs or tok.dep_ != "pobj" \
            or tok.head.lower_ != W.purpose_prep or tok.head.head.i != g.i:
        return []
    return destination(d, g)


def destination(d: Doc_, g: Token, preps: tuple[str, ...] = ("to",), deep: bool = True) -> list[str]:
    """The state or body a verb goes "to" (or arrives "in", ``preps``): its actor, or the state whose capital
    it is ("to Lima"); ``deep``: an actor inside the phrase counts (d.actors)."""
    out: list[str] = []
    for x in [x for p in preps for x in prep_objects(g, p)]:
        a = d.actors(x, deep=deep)
        if not a:
            c = places().capital(x.text) or places().capital(phrase(x).text)
            a = [i for i, act in d.ctx.actors.items() if c is not None and act.name == c.name]
        out.extend(a[:1])
    return out


def traveller(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule TRAVELLER: who makes the journey a verb of sending or carrying tells: its passive subject
    ("X was dispatched to Pyongyang", "she was handed over, then flown to Y": the sender is no
    visitor), the person it conveys ("flew the captives to Y", "dispatched his envoy to Y"), else
    its subject ("X flew to Y")."""
    if tok.pos_ not in VERB_POS:
        return []
    s = child(tok, "nsubjpass") if is_passive(tok) else None
    if s is None and tok.dep_ in ("conj", "dep") and is_passive(tok.head) \
            and not any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        s = child(tok.head, "nsubjpass")  # a bare verb sharing a passive's subject ("flown" tagged VBD)
    if s is None and is_passive(tok):
        return []
    o = child(tok, "dobj") if s is None else None
    found = d.actors(s) if s is not None else d.actors(o, deep=False) if o is not None else []
    if found:
        raw.trace["source"] = TRAVELLER
        return found
    return d.actors(logical_subject(tok)) if s is None else []


def journey_to(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The state a traveller goes to, by name or by its capital ("headed to Lima to negotiate");
    for a journey noun, also where the parser hangs it on the verb that takes the noun ("make the
    journey to Y")."""
    out = destination(d, tok)
    if not out and tok.pos_ not in VERB_POS and tok.dep_ == "dobj":
        out = destination(d, tok.head)
    return out


def default_via(d: Doc_, tok: Token, raw: Candidate) -> list[str]:
    """Rule DEFAULT_VIA: "through X" / "via X" on the trigger, or on its object where the parser
    hangs it ("sent Y a message through X"), or "through X's good offices / mediation": X is an
    intermediary of any act, when X is not already one of its parties. On an act noun held by a
    participation verb the phrase may hang on that verb ("held talks via X")."""
    out: list[str] = []
    obj = logical_object(tok) if tok.pos_ in VERB_POS else None
    holders = [tok] + ([obj] if obj is not None and not d.actors(obj, deep=False) else [])
    if tok.pos_ not in VERB_POS and tok.dep_ == "dobj" and tok.head.lemma_ in d.lex.settings.participation_verbs:
        holders.append(tok.head)  # "held indirect talks via X": the parser hangs "via X" on the verb
    parties = set(raw.sources) | set(raw.targets)
    for h in holders:
        for p in W.via_preps:
            for o in prep_objects(h, p):
                found = [a for c in o.children if c.dep_ == "poss" for a in d.actors(c, deep=False)] \
                    if o.lemma_.lower() in W.channel_nouns else []  # (before "X's good offices" as a body)
                found = found or d.actors(o, deep=False)
                out.extend(a for a in found if a not in out and a not in parties)
    if out:
        raw.trace["via"] = DEFAULT_VIA
    return out
