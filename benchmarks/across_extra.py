"""What a synthetic report of ``across_scaling.py`` adds to feed the rules that read more than names.

Why: the cost of a rule that pairs the tellings of one person or one act shows only
on a corpus where those tellings exist. The plain synthetic report holds no
accusation, no claim that a detention is wrongful, no unnamed officials of a side,
no contact or talks, no guessed partner, no office, no acronym: the rules of
``across.links.case_dispute``, ``across.links.one_or_several``, ``across.events.told_as``,
``across.events.guessed_partner``, ``across.links.captive_count``, the ransom denials
(``across.links.denial_payment``, ``denial_agree``) and ``across.entities.*`` (side_group,
office_holder, of_inverted, defined_acronym, guessed_kind) would run on nothing. Each report gets a few
invented sentences, appended to its text, with the actors, acts and claims they tell.

The hot parties are the same few whatever the corpus size (``DETAINED`` accused people,
``ANCHORS`` main parties and states): a story's main parties are told by every report
of it, so the tellings of one person grow with the corpus, as in the worst real case.
"""

from __future__ import annotations

import random

from backchannel.model import Actor, Claim, ClaimSpans, Dossier, Evidence, Interaction, Mention

DETAINED = 8  # people accused (or said to be wrongfully held) again and again across the corpus
ANCHORS = 6  # main parties and states of the acts with unnamed officials
LABEL = "actors.names.kind_ner_label"  # records.KIND_FROM_LABEL: a kind read from the NER label alone
LINK_RULES = ("across.links.case_dispute", "across.links.one_or_several", "across.links.captive_count",
              "across.links.denial_payment", "across.links.denial_agree")
EVENT_RULES = ("across.events.told_as", "across.events.guessed_partner")


class Hot:
    """The parties the added sentences draw on: accused people, main parties, states, presidents, fronts."""

    def __init__(self, parties: list[tuple[str, str, bool]]) -> None:
        people = [p for p, kind, named in parties if kind == "person" and named]
        self.detained = people[:DETAINED]
        self.anchors = people[DETAINED:DETAINED + ANCHORS]
        self.presidents = people[DETAINED + ANCHORS:DETAINED + 2 * ANCHORS]
        self.states = [p for p, kind, _ in parties if kind == "state"][:ANCHORS]
        self.fronts = [p for p, kind, _ in parties if kind == "organization"][:ANCHORS]


class Extra:
    """One dossier with invented sentences appended: each adds its actors, its act or its claim."""

    def __init__(self, d: Dossier) -> None:
        self.d, self.doc = d, d.documents[0]
        self.text = self.doc.text

    def say(self, sentence: str) -> int:
        """Append a sentence; where it starts."""
        self.text += " " + sentence
        return len(self.text) - len(sentence)

    def actor(self, name: str, kind: str, named: bool, at: int, **kw: object) -> str:
        """The id of the report's actor of that name, added (mentioned at its first place from ``at``) if new."""
        for a in self.d.actors:
            if a.name == name:
                return a.id
        start = self.text.index(name, at)
        aid = f"x{len(self.d.actors)}"
        self.d.actors.append(Actor(id=aid, name=name, kind=kind, named=named,  # type: ignore[arg-type]
                                   mentions=[Mention(doc=self.doc.id, start=start, end=start + len(name), text=name)],
                                   **kw))  # type: ignore[arg-type]
        return aid

    def act(self, kind: str, source: str, target: str, at: int, inferred: list[str] | None = None) -> None:
        ev = Evidence(doc=self.doc.id, start=at, end=len(self.text), text=self.text[at:])
        self.d.interactions.append(Interaction(id=f"i{len(self.d.interactions)}", type=kind,  # type: ignore[arg-type]
                                               source=source, target=target, evidence=ev, inferred=inferred or []))

    def claim(self, speaker: str, start: int, end: int) -> None:
        s = self.text[start:end]
        self.d.claims.append(Claim(id=f"c{len(self.d.claims)}", speaker=speaker, content=s,
                                   spans=ClaimSpans(doc=self.doc.id, content=[[start, end]]),
                                   evidence=Evidence(doc=self.doc.id, start=start, end=end, text=s)))

    def fill(self, rng: random.Random, hot: Hot) -> Dossier:
        """Add the sentences this report's draws call for; the dossier with its text made whole."""
        state = rng.choice(hot.states)
        at = self.say(f"{state} was said to follow the matter closely.")
        sid = self.actor(state, "state", True, at)
        if rng.random() < 0.1:
            self.case(rng, hot, sid)
        if rng.random() < 0.3:
            self.officials(rng, hot, state, sid)
        if rng.random() < 0.2:
            anchor = rng.choice(hot.anchors)
            at = self.say(f"{anchor} {'called' if rng.random() < 0.5 else 'held talks with'} {state}.")
            self.act(rng.choice(["contact", "negotiate"]), self.actor(anchor, "person", True, at), sid, at)
        if rng.random() < 0.2:
            at = self.say(f"{state} agreed.")
            guess = rng.choice([a.id for a in self.d.actors[:3] if a.id != sid])  # filled in from nearby parties
            self.act("agree", sid, guess, at, ["target"])
        if rng.random() < 0.1:
            self.office(rng, hot, state, sid)
        if rng.random() < 0.2:
            self.captives(rng, hot, sid)
        self.bodies(rng, hot, state)
        self.doc.text = self.text
        return self.d

    def case(self, rng: random.Random, hot: Hot, sid: str) -> None:
        """A charge against one of the detained (by prosecutors of a side) or a claim it is baseless."""
        who = rng.choice(hot.detained)
        if rng.random() < 0.5:
            at = self.say(f"Prosecutors accused {who}. {who} passed harbour maps to a foreign service, prosecutors said.")
            pros = self.actor("prosecutors", "group", False, at, affiliation=sid)
            pid = self.actor(who, "person", True, at)
            self.act("accuse", pros, pid, at)
            start = self.text.index(who, at + 20)
            self.claim(pros, start, self.text.index(", prosecutors", start))
        else:
            at = self.say(f"{who} is wrongfully detained on baseless charges, the family said.")
            self.actor(who, "person", True, at)
            fam = self.actor("the family", "group", False, at)
            self.claim(fam, at, self.text.index(", the family", at))

    def officials(self, rng: random.Random, hot: Hot, state: str, sid: str) -> None:
        """A main party met one unnamed official of a side, or several (one_or_several, side_group)."""
        anchor = rng.choice(hot.anchors)
        several = rng.random() < 0.5
        who = f"senior {state} officials" if several else f"a senior {state} official"
        at = self.say(f"{anchor} met {who}.")
        oid = self.actor(who, "group" if several else "person", False, at, affiliation=sid)
        self.act("meet", self.actor(anchor, "person", True, at), oid, at)

    def office(self, rng: random.Random, hot: Hot, state: str, sid: str) -> None:
        """A state's president, named with the office or told by the office alone (office_holder)."""
        if rng.random() < 0.5:
            name = hot.presidents[hot.states.index(state)]
            at = self.say(f"President {name} spoke.")
            self.actor(name, "person", True, at, descriptors=["the president"], affiliation=sid)
        else:
            at = self.say(f"Then the {state} president spoke.")
            self.actor(f"the {state} president", "person", False, at, affiliation=sid)

    def bodies(self, rng: random.Random, hot: Hot, state: str) -> None:
        """A government written "of X" or "X government" (of_inverted), a front and its defined acronym
        (defined_acronym), and a kind read from the NER label alone (guessed_kind)."""
        if rng.random() < 0.1:
            name = f"Government of {state}" if rng.random() < 0.5 else f"{state} Government"
            self.actor(name, "organization", True, self.say(f"The {name} said nothing."))
        if rng.random() < 0.1:
            front = rng.choice(hot.fronts)
            acr = "".join(w[0] for w in front.split()).upper()
            name = f"{front} ({acr})" if rng.random() < 0.5 else acr
            self.actor(front if "(" in name else acr, "organization", True, self.say(f"The {name} agreed."))
        if rng.random() < 0.1:
            named = [a for a in self.d.actors if a.named]
            if named:
                rng.choice(named).trace = {"kind": LABEL}



    def captives(self, rng: random.Random, hot: Hot, sid: str) -> None:
        """A count of people taken (captive_count: one of a few counts, so that tellings meet and differ)
        and a ransom said paid or denied (denial_payment, denial_agree) by an official of a side."""
        n = rng.choice([30, 30, 31, 45])
        at = self.say(f"Gunmen kidnapped {n} pupils from a school in {rng.choice(hot.states)} on Thursday.")
        takers = self.actor("Gunmen", "group", False, at)
        pupils = self.actor(f"{n} pupils", "group", False, at)
        self.act("attack", takers, pupils, at)
        paid = rng.random() < 0.5
        said = ("A ransom was paid to free the pupils" if paid
                else "No ransom was paid to free the pupils")
        at = self.say(f"{said}, an official said.")
        off = self.actor("an official", "person", False, at, affiliation=sid)
        self.claim(off, at, at + len(said))
