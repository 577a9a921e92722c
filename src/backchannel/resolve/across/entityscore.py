"""Entities: the pairwise match weights of two actor records, with their reasons (:class:`Scorer`).

Apart from :mod:`entities` (blocking, clustering, the entities built) because the scoring is the part that reads
the records' names, kinds, roles and statements, and the part another engine (``backchannel.scale.resolve``)
sends to its workers: the weights are written here once, with every reason a pair earns or loses weight for.
"""

from __future__ import annotations

from functools import partial

from backchannel.resolve.across.blocking import is_source_like, role_keys
from backchannel.resolve.across.countgroups import BARE_RULE, BARE_WEIGHT, bare_nationality, count_match, count_sides
from backchannel.resolve.across.memo import Parts, PerRecord
from backchannel.resolve.across.name_evidence import (PERSON, extended_name, given_name, given_slip, misspelt,
                                                       office_keys, same_body, short_given, side_group, silent_group,
                                                       vowel_spelling, description_match, members_kind, said_alike,
                                                       shared_side)
from backchannel.resolve.across.names import (acronym, of_inverted, core_tokens, head, is_initialism, skeleton,
                                               surname)
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.samepassage import shared_run
from backchannel.resolve.across.stories import story_role_keys
from backchannel.resolve.across.storyroles import StoryRole, institution_form, lone_sides, role_conflict, role_evidence

THRESHOLD = 4.5  # a pair scoring at least this is a candidate merge


class Scorer:
    """Pairwise match weights with reasons; holds the corpus-wide role counts (for "unique role")."""

    role_threshold = THRESHOLD  # (memo.Split) the story roles weigh below it, may conflict at or above it

    def __init__(self, recs: list[ActorRec], one_event: bool = False,
                 story_of: dict[str, str] | None = None) -> None:
        self.one_event = one_event
        self.source_like = PerRecord(partial(is_source_like, one_event=one_event))  # asked twice a pair: kept
        holders: dict[str, set[str]] = {}
        story_holders: dict[str, set[str]] = {}
        #: per record, its ``story|head`` keys (see :func:`stories.story_role_keys`); empty without stories
        self.story_keys: dict[tuple[str, str], set[str]] = {}
        givens: dict[str, set[str]] = {}  # surname -> given names: "Ana Varga" and "Tomas Varga" are two holders
        for r in recs if story_of else ():
            if g := given_name(r):
                givens.setdefault(g[0], set()).add(skeleton(g[1]))
        for r in recs:
            person = r.named and r.kind == PERSON and bool(r.forms)
            if person:
                for k in role_keys(r):
                    holders.setdefault(k, set()).add(surname(r.forms[0]) or r.forms[0])
            if story_of and (person or not r.named):
                heads = [head(t) or "" for t in (r.descriptors if r.named else r.forms[:1])]
                self.story_keys[r.key] = story_role_keys(heads, story_of.get(r.doc))
                last = surname(r.forms[0]) or r.forms[0] if person else ""
                holder = last if len(givens.get(last, ())) < 2 else r.forms[0]
                for k in self.story_keys[r.key] if person else ():
                    story_holders.setdefault(k, set()).add(holder)
        self.unique_roles = {k for k, v in holders.items() if len(v) == 1}
        offices: dict[str, set[str]] = {}  # a state's one-holder office -> the named persons holding it
        for r in recs:
            if r.named and r.forms:
                for k in office_keys(r):
                    offices.setdefault(k, set()).add(surname(r.forms[0]) or r.forms[0])
        self.unique_offices = {k for k, v in offices.items() if len(v) == 1}
        sides: dict[str, set[str]] = {}  # head of an unnamed description -> the sides it is given
        for r in recs:
            if not r.named and r.forms and r.affiliation and (h := head(r.forms[0])):
                sides.setdefault(h, set()).add(r.affiliation)
        #: heads the corpus gives to groups of two sides or more ("Lorvian soldiers", "Velmari soldiers"):
        #: a bare "soldiers" could be either, so it joins neither by its description
        self.two_sided = {h for h, v in sides.items() if len(v) >= 2}
        self.unique_story_roles = {k for k, v in story_holders.items() if len(v) == 1}
        self.count_sides = count_sides([r.counted for r in recs if r.counted])  # across.entities.same_count
        self.lone = lone_sides([r.role for r in recs if r.role])  # the one side of the story's captives, if one

    def score(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """The weight of evidence that ``a`` and ``b`` are one party, and its reasons."""
        return self.with_roles(self.unroled(a, b), a.role, b.role)

    def unroled(self, a: ActorRec, b: ActorRec) -> Parts:
        """:meth:`score` but for the records' story roles: (weight, reasons, affiliation term or None, final?).

        Why apart: a role (``pairkeys.signature``) is one report's, so pairs of two groups with roles shared no
        score (nine scored pairs in ten on the synthetic corpus); the rest of a pair's score is shared by
        :mod:`memo` and only :meth:`with_roles` is worked out per pair. The lists given back are never changed."""
        members = (a.kind_by_members or b.kind_by_members) and members_kind(a, b)  # (most have neither)
        if (a.kind == PERSON) != (b.kind == PERSON) and a.named and b.named \
                and not (a.kind_guessed or b.kind_guessed or members):  # an NER label alone is no proof of kind
            return -10.0, ["a person and a non-person"], None, True
        s, why = 0.0, []
        if a.kind != b.kind and not (self.one_event and a.named != b.named):
            if members:
                why.append(f"kinds differ ({a.kind}/{b.kind}), one a group by its armed members under the same "
                           "full name (across.entities.members_kind) 0")
            elif a.named and b.named and a.kind_guessed != b.kind_guessed:
                # across.entities.guessed_kind: one side's kind is an NER label alone, the other's is
                # evidence: the label is no proof against it, so it costs nothing
                why.append(f"kinds differ ({a.kind}/{b.kind}), one from the NER label alone "
                           "(across.entities.guessed_kind) 0")
            else:
                s -= 1.0
                why.append(f"kinds differ ({a.kind}/{b.kind}) -1")
        s2, why2 = self.evidence(a, b) if self.source_like(a) or self.source_like(b) else self.names(a, b)
        s += s2
        why += why2
        if not (a.affiliation and b.affiliation):
            return s, why, None, False
        if a.affiliation != b.affiliation:
            return s, why, (-2.0, f"affiliations differ ({a.affiliation}/{b.affiliation}) -2"), False
        return s, why, (0.5, f"same affiliation ({a.affiliation}) +0.5"), False

    def with_roles(self, parts: Parts, ra: StoryRole | None, rb: StoryRole | None) -> tuple[float, list[str]]:
        """The score of :meth:`unroled`'s ``parts`` with the two records' roles (across.entities.captives /
        takers: one part in the story, or told apart), in :meth:`score`'s order of terms and reasons."""
        s, why, aff, final = parts
        if final:
            return s, list(why)
        if ra and rb:
            s3, why3 = role_evidence(ra, rb, self.lone) if s < THRESHOLD else role_conflict(ra, rb)
            s, why = s + s3, why + why3
        else:
            why = list(why)
        if aff is not None:
            s += aff[0]
            why.append(aff[1])
        return s, why

    def names(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """Evidence from the names of two named actors (or named-like collectives)."""
        shared = [f for f in a.forms if f in b.forms]
        if shared and not a.named and not b.named and not self.one_event:
            if None in (a.affiliation, b.affiliation) and head(shared[0]) in self.two_sided:
                shared = []  # across.entities.bare_two_sided: a bare "soldiers" is either side's
            elif all(bare_nationality(f) for f in shared):
                return BARE_WEIGHT, [f"same nationality '{shared[0]}', a people, not yet a party ({BARE_RULE}) "
                                     f"+{BARE_WEIGHT:g}"]
        if shared:
            w = 6.0 if a.kind != PERSON else (5.0 if len(shared[0].split()) == 1 else 7.0)
            side = " (one side's agents, across.entities.side_group)" if side_group(a) and side_group(b) else ""
            if any(of_inverted(f) == shared[0] for f in a.forms + b.forms):
                side = " (owner first, across.entities.of_inverted)"
            side = " (one institution's officials, across.entities.institution)" if institution_form(shared[0]) else side
            side = " (a group in the story's acts, across.entities.silent_group)" if silent_group(a) and \
                silent_group(b) else side
            return w, [f"same name '{shared[0]}'{side} +{w:g}"]
        if a.kind == PERSON and a.named and b.named:
            for fa in a.forms:
                for fb in b.forms:
                    ta, tb = set(core_tokens(fa)), set(core_tokens(fb))
                    if ta and tb and surname(fa) == surname(fb) and (ta <= tb or tb <= ta):
                        return 5.0, [f"name '{fa}' within '{fb}' +5"]
                    if len(ta) >= 2 and skeleton(fa) == skeleton(fb):
                        return 4.5, [f"same consonants '{fa}'/'{fb}' (transliteration) +4.5"]
                    if misspelt(fa, fb):
                        return 4.5, [f"surname spelt alike '{fa}'/'{fb}' +4.5"]
                    if short_given(fa, fb):
                        return 4.5, [f"given name a short form '{fa}'/'{fb}' (across.entities.given_short_form) +4.5"]
                    if given_slip(fa, fb) and (shared_side(a, b) or role_keys(a) & role_keys(b)):
                        return 4.5, [f"given name one letter apart '{fa}'/'{fb}', one side or role "
                                     "(across.entities.given_slip) +4.5"]
                    if extended_name(fa, fb):
                        return 4.5, [f"one name run on '{fa}'/'{fb}' (across.entities.extended_name) +4.5"]
            return self.role(a, b)
        if not a.named and not b.named or (self.one_event and a.named != b.named):
            counted = count_match(a.counted, b.counted, self.count_sides) if a.counted and b.counted else (0.0, [])
            if None in (a.affiliation, b.affiliation) and head(a.forms[0] if a.forms else "") in self.two_sided:
                return max(counted, self.role(a, b))  # a bare description of a head two sides share: which side?
            return max(description_match(a, b, self.one_event), counted, self.role(a, b))
        body = same_body(a, b)
        if body:
            return 5.0, [f"same body of {a.affiliation}: '{body}' +5"]
        if (pair := vowel_spelling(a, b)) is not None:
            return 4.5, [f"name spelt with another vowel '{pair[0]}'/'{pair[1]}' (across.entities.vowel_spelling) +4.5"]
        for x, y in ((a, b), (b, a)):
            short = [f for f in x.forms if len(f.split()) == 1 and (is_initialism(x.name) or len(f) <= 4)]
            for f in short:
                if any(acronym(g) == f for g in y.forms):
                    return 4.5, [f"acronym '{f}' +4.5"]
        return 0.0, []

    def role(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """A role (descriptor) that one named person alone holds, in the corpus or in one story."""
        if PERSON not in (a.kind, b.kind):
            return 0.0, []
        # a's keys are met with the corpus's unique ones first: most hold none, and b's are then not read
        held = office_keys(a) & self.unique_offices if a.named != b.named else set()
        held = held & office_keys(b) if held else held
        if held:
            o, side = sorted(held)[0].split("|")
            return 5.0, [f"office '{o}' of {side} held by one named person (across.entities.office_holder) +5"]
        if not self.story_keys:  # with stories, a role is unique within its story only (its keys not read)
            shared = role_keys(a) & self.unique_roles
            shared = shared & role_keys(b) if shared else shared
            if shared:
                return 5.0, [f"role '{sorted(shared)[0]}' held by one named person only +5"]
            return 0.0, []
        if a.named == b.named:
            return 0.0, []
        in_story = self.story_keys.get(a.key, set()) & self.story_keys.get(b.key, set()) & self.unique_story_roles
        if in_story:
            return 5.0, [f"role '{sorted(in_story)[0].split('|')[-1]}' held by one named person in this story +5"]
        return 0.0, []

    def evidence(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """Unnamed actors: a shared statement, a unique role, or the same outlet's follow-up."""
        s, why = 0.0, []
        if said_alike(a.claims, b.claims):
            s += 5.0
            why.append("the same statement +5")
        if (a.kind == PERSON) == (b.kind == PERSON):  # a group of sources is not the one person holding a role
            rs, rwhy = self.role(a, b)
            s, why = s + rs, why + rwhy
        if a.runs and b.runs and (run := shared_run(a.runs, b.runs)):
            s += 5.0
            why.append(f"mentioned inside one passage both quote ('{run}', across.entities.same_passage) +5")
        if a.forms[:1] == b.forms[:1]:
            if a.source and a.source == b.source and len(a.forms[0].split()) >= 2:
                s += 4.5  # the same outlet's follow-up on a specific description ("senior Lorvian official")
                why.append(f"same description in the same outlet ({a.source}) +4.5")
            else:
                s += 1.0
                why.append("same description (not evidence on its own) +1")
        return s, why

