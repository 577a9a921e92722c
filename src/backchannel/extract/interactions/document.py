"""The interactions stage's view of one document: the shared indexes (sentences, paragraphs
and time expressions from :class:`backchannel.docindex.DocIndex`, claims from
:class:`backchannel.docindex.ClaimIndex`) and the mapping from tokens to actors, with
fallbacks for what the actors stage left unresolved.

Why: the per-trigger steps are look-ups, not scans; the indexes are shared with the other
stages so that a paragraph or a time expression means the same thing everywhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.docindex import ClaimIndex
from backchannel.report_date import is_dateline_date
from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import Candidate, Flag, is_marker
from backchannel.extract.interactions.described import described_actor
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.quoted import quoted_they
from backchannel.extract.interactions.timing_constructions import TimeState
from backchannel.syntax.tree import NOUN_POS, PRONOUNS, conjuncts, in_dateline, prep_objects
from backchannel.extract.interactions.words import words
from backchannel.extract.interactions.role_appositions import late_apposition
from backchannel.resolve.coref import OBJECT_DEPS, coref_group
from backchannel.resolve.phrases import token_actors

W = words()
QUOTED_SELF = "interactions.quoted_self"  # ctx.notes key: token index of a quoted "we"/"I" -> its actor
DATELINE_NOT_EVENT = "interactions.timing.dateline_not_event"  # the filter of Doc_.timexes


class Doc_:
    """One document as the interactions stage reads it: shared indexes and token->actor look-ups."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = lexicon()
        ix = ctx.index  # the shared per-document index: sentences, paragraphs, time expressions
        self.text = ctx.document.text
        self.sents = ix.sents
        self.sent_starts = ix.sent_start_tokens
        self.para_of_sent = ix.para_of_sent
        # a dateline's date is the filing day, no act's time (rule DATELINE_NOT_EVENT)
        self.timexes = [x for x in ix.timexes if not is_dateline_date(self.text, x[0].start, x[0].end)]
        self.timex_at = {i: [x for x in xs if not is_dateline_date(self.text, x[0].start, x[0].end)]
                         for i, xs in ix.timex_at.items()}
        self.claim_index = ClaimIndex(ctx.claims)  # built here: the claims stage has run
        self.claims = self.claim_index.claims
        self.claim_at = self.claim_index.claim_at
        self.is_speaker = self.claim_index.is_speaker
        self.mentions = token_actors(ctx)  # token -> actor, with the shared fallbacks
        self.state_for = self.mentions.state_for
        self.actor_tok = self.mentions.actor_for_token
        self.built: list[Candidate] = []  # acts found so far, in text order
        self.quoted_they: dict[int, str] = {}  # token -> side, for a quoted "they" (traced by build)
        self.specified: dict[int, list[str]] = {}  # "the countries that ... were A and B" (traced by build)
        self.dateline_subject: set[int] = set()  # appositions read past a dateline (traced by build)
        self.title_conjunct: set[int] = set()  # names hung on the first conjunct (traced by build)
        self.sender_pair: set[int] = set()  # "envoys from A and B" read as A (traced by build)
        self.late_appos: set[int] = set()  # role nouns named by an apposition hung inside them (traced by build)
        self.described: set[int] = set()  # description arguments read as their named party (traced by build)
        self.subject_final_times: set[int] = set()  # starts of dates read off a verb's subject
        self.under_agreement_times: set[int] = set()  # starts of dates of an agreement's terms
        self.time_state = TimeState()  # the act-time search's bound and rules (timing_constructions)

    def inside_name(self, tok: Token) -> bool:
        """Is the token a word inside a longer actor mention (not the mention itself)?"""
        a, b = tok.idx, tok.idx + len(tok.text)
        for s, e, _ in self.ctx.mentions_in(a, b):
            if s <= a and b <= e and (s, e) != (a, b):
                span = self.ctx.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and span.root.i != tok.i:
                    return True
        return False

    def sent_index(self, tok: Token) -> int:
        """The sentence holding ``tok``."""
        return self.ctx.index.sent_of_token(tok.i)

    # -- tokens to actors (single tokens: self.actor_tok, backchannel.mentions) ------------
    def actors(self, tok: Token | None, deep: bool = True) -> list[str]:
        """Actors a noun phrase refers to (coordination expanded), with fallbacks for heads
        that are not actors themselves: possessor, proper-noun or demonym modifiers, an
        "officials from X" phrase; a plural pronoun that coreference gave a coordination of
        parties ("A and B said they had agreed") is all of them (``coref_group``)."""
        if tok is None:
            return []
        group = coref_group(self.ctx, tok)
        if not group:
            return self._actors(tok, deep)
        # "they and Togo signed", "met them and Chad": the pronoun's parties and its conjuncts
        more = [a for c in conjuncts(tok)[1:2] for a in self._actors(c, deep) if a not in group]
        return group + list(dict.fromkeys(more))

    def off_group(self, trig: Token, srcs: list[str], tgts: list[str]) -> tuple[list[str], list[str]]:
        """An act's ends without a group pronoun's reading where the other end is one of its parties:
        "A and B said the rebels had attacked them" never makes A act on B (nor "they ... them")."""
        srcs, tgts = list(srcs), list(tgts)
        args = [c for c in trig.children] + [g for c in trig.children if c.dep_ == "prep" for g in c.children]
        for t in args:
            group = set(coref_group(self.ctx, t))
            if group and srcs and set(srcs) <= group and group & set(tgts):
                srcs = []  # (an end may already have lost the member the other end holds)
            elif group and tgts and set(tgts) <= group and group & set(srcs):
                tgts = []
            elif group and set(srcs) == group and all(is_marker(x) for x in tgts) and any(
                    o.dep_ in OBJECT_DEPS and o.lower_ in W.third_plural and not self.actors(o) for o in args):
                srcs, tgts = [], []  # "they had met them": the parties met others, not each other
        return srcs, tgts

    def _actors(self, tok: Token, deep: bool) -> list[str]:
        """:meth:`actors` for a phrase that is no group pronoun."""
        out: list[str] = []
        extra_conj: list[str] = []
        for t in conjuncts(tok):
            if in_dateline(t):
                # "CAIRO (AFP) — X handed ...": the parser makes the dateline the subject and the
                # real one its apposition
                for c in t.children:
                    if c.dep_ == "appos" and not in_dateline(c):
                        self.dateline_subject.add(c.i)
                        out.extend(b for b in self.actors(c, deep) if b not in out)
                continue
            a = self._misparsed_conjunct(t) or self._described(t) or self.actor_tok(t)
            if a is not None and not self.ctx.actors[a].named if a in self.ctx.actors else False:
                # "the bloc's chief negotiator, Jane Doe": the named person, not the unnamed role
                for c in t.children:
                    if c.dep_ == "appos":
                        b = self.ctx.actor_for_token(c)
                        if b and b in self.ctx.actors and self.ctx.actors[b].named and \
                                self.ctx.actors[b].kind == "person":
                            a = b
                            break
            if a is not None and (b := self._late_name(t, a)) is not None:
                a = b  # "the head of the Front, Anna Berg": the name hung on "Front"
            if a is None and t.lower_ in W.first_plural and t.i not in self.ctx.coref:
                a = self.speaker_side(t)
                self._note_quoted_self(t, a)
            if a is None and t.lower_ in W.first_singular and t.i not in self.ctx.coref:
                cid = self.claim_at(t.idx)  # "I passed the questions", said in a quote: the speaker
                a = self.claims[cid].speaker if cid in self.claims else None
                self._note_quoted_self(t, a)
            if a is None and t.lower_ in W.third_plural and t.i not in self.ctx.coref:
                a = quoted_they(self, t)  # "They need to show intent", said of the side just named
                if a is not None:
                    self.quoted_they[t.i] = a
            if a is None and t.lower_ in PRONOUNS and t.i not in self.ctx.coref:
                continue
            if a is None and t.pos_ in NOUN_POS:
                for c in t.children:
                    if c.dep_ == "appos":
                        a = self.actor_tok(c)
                        if a:
                            # "Minister X and Minister Y met": Y is coordinated with the apposition
                            for cc in c.conjuncts:
                                b = self.actor_tok(cc) or next((self.actor_tok(x) for x in cc.children
                                                                if x.dep_ == "appos" and self.actor_tok(x)), None)
                                if b and b not in out and b != a:
                                    out.append(b)
                            break
            elif a is not None and t.pos_ in NOUN_POS:
                extra_conj.extend(b for b in [self._title_conjunct_name(t, a)] if b and b not in out)
                # "met Serbia's negotiator, X, and Kosovo's minister, Y": the second person hangs
                # coordinated on the first one's apposition
                for c in t.children:
                    if c.dep_ == "appos":
                        for cc in c.conjuncts:
                            b = next((self.actor_tok(x) for x in cc.children if x.dep_ == "appos"
                                      and self.actor_tok(x)), None) or self.actor_tok(cc)
                            if b and b not in out and b != a:
                                extra_conj.append(b)
            if a is None and t.pos_ in NOUN_POS and t.dep_ == "nsubj" and t.head.lemma_ == W.copula \
                    and (attr := next((c for c in t.head.children if c.dep_ == "attr"), None)) is not None:
                # "the only states that negotiated the accord were A and B": what the copula names
                named = [b for b in self.actors(attr) if b not in out]
                if named:
                    self.specified.update({t.i: named})
                    out.extend(named)
                    continue
            if a is None and deep and t.pos_ in NOUN_POS:
                a = self._modifier_actor(t, out)
            elif a is not None and t.pos_ in NOUN_POS:
                two = self._coordinated_members(t, a) or self._paired_modifier_groups(t, a) or self._sender_of_pair(t, a)
                if two:  # "delegates of the council and the militia": both sides, not one group
                    out.extend(b for b in two if b not in out)
                    continue
            if a and a not in out:
                out.append(a)
        out.extend(b for b in extra_conj if b not in out)
        return out

    def _late_name(self, t: Token, a: str) -> str | None:
        """The person an unnamed role ``t`` is named as by an apposition the parser hung elsewhere
        (rule ``interactions.role_appositions.late_apposition``), noted for the trace."""
        b = late_apposition(self.ctx, self.actor_tok, t, a)
        if b is not None:
            self.late_appos.add(t.i)
        return b

    def _described(self, t: Token) -> str | None:
        """The named party a description argument stands for ("X, a reporter who was charged"),
        noted for the trace (described.py)."""
        a = described_actor(self.ctx, self.actor_tok, t)
        if a is not None:
            self.described.add(t.i)
        return a

    def _coordinated_members(self, t: Token, a: str) -> list[str]:
        """The actors an unnamed group of members of two coordinated bodies stands for
        ("delegates of the council and the militia", "negotiators for X and Y"): each
        body, when each is an actor of its own (the actors stage keeps the phrase as one group)."""
        act = self.ctx.actors.get(a)
        if act is None or act.named or t.lemma_.lower() not in self.lex.settings.agent_nouns:
            return []
        for p in W.pair_member_preps:
            for o in prep_objects(t, p):
                if len(conjuncts(o)) < 2:
                    continue
                found = self.actors(o)
                if len(found) >= 2 and a not in found:
                    return found
        return []

    def _sender_of_pair(self, t: Token, a: str) -> list[str]:
        """Rule SENDER_OF_PAIR: "Envoys from the <demonym> government and the opposition will hold fresh talks", parsed
        with "the opposition" coordinated with "Envoys" and not with "government": the envoys are there for the one
        party their own "from"/"of" phrase names, so that party, not the envoys, is the other party's partner.

        Why: the two readings of the attachment mean one thing, the act of the two parties the text pairs (the golds
        give "officials from A and B held talks" to A and B); read as written, the envoys of one side met the other
        side, and the act had a party no gold keeps. Only an unnamed group of agents (``agent_nouns``) whose
        phrase names exactly one party, beside a conjunct that is a party and no group of agents itself.
        """
        act = self.ctx.actors.get(a)
        if act is None or act.named or t.lemma_.lower() not in self.lex.settings.agent_nouns:
            return []
        agents = self.lex.settings.agent_nouns
        partners = [c for c in [*t.children, *self._split_subject(t)] if c.dep_ in ("conj", "nsubj")
                    and c.lemma_.lower() not in agents and (b := self.actor_tok(c)) is not None and b != a]
        if not partners:
            return []
        owners = [b for p in W.pair_member_preps for o in prep_objects(t, p) for b in self.actors(o)]
        others = [b for c in partners if (b := self.actor_tok(c)) is not None]
        if len(set(owners)) != 1 or owners[0] == a or owners[0] in others:
            return []
        self.sender_pair.add(t.i)
        return list(dict.fromkeys(owners[:1] + others))

    @staticmethod
    def _split_subject(t: Token) -> list[Token]:
        """The second subject of "X and Y will hold talks" when the parser hung "and" on X and made Y a subject of
        the verb of its own: the verb's next subject, right after the coordinator's phrase."""
        cc = [c for c in t.children if c.dep_ == "cc" and c.i > t.i]
        if t.dep_ != "nsubj" or not cc or any(c.dep_ == "conj" for c in t.children):
            return []
        return [c for c in t.head.children if c.dep_ == "nsubj" and c.i > t.i and c.left_edge.i == cc[-1].i + 1]

    PAIRED_MODIFIER_GROUPS = "interactions.document.paired_modifier_groups"

    def _paired_modifier_groups(self, t: Token, a: str) -> list[str]:
        """Rule PAIRED_MODIFIER_GROUPS: "talks between Norwegian and Chilean officials": one head
        noun under two coordinated modifiers is two groups, and the actors stage keeps one mention
        per modifier running to the shared head; the head token alone reads as the first one only.
        Each group whose mention starts at one of the coordinated modifiers, in text order."""
        mods = [m for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
                for m in conjuncts(c) if m.i < t.i]
        if len(mods) < 2:
            return []
        starts = {m.idx for m in mods}
        end = t.idx + len(t.text)
        found = [b for s, e, b in self.ctx.mentions_in(t.idx, end) if s in starts and e == end]
        found = list(dict.fromkeys(found))
        return found if len(found) >= 2 and a in found else []

    def _title_conjunct_name(self, t: Token, a: str) -> str | None:
        """Rule TITLE_CONJUNCT_NAME: "A's President X and opposition leader Y": the parser hangs the
        name Y as an apposition of X, right after the conjunct "opposition leader" (a title that
        names no actor); Y is that conjunct."""
        for cj in t.children:
            if cj.dep_ != "conj" or cj.pos_ not in NOUN_POS or self.actor_tok(cj) is not None:
                continue
            for c in t.children:
                if c.dep_ == "appos" and c.left_edge.i == cj.right_edge.i + 1:
                    b = self.actor_tok(c)
                    if b is not None and b != a and getattr(self.ctx.actors.get(b), "kind", None) == "person":
                        self.title_conjunct.add(c.i)
                        return b
        return None

    def _misparsed_conjunct(self, t: Token) -> str | None:
        """The actor a conjunct stands for when the parser split its phrase: "Israel and Lebanon's
        Hezbollah militia" (the conjunct is a possessor: the party is what it possesses, hung
        elsewhere), "Minister X and Minister Y" with Y hung as an apposition of X (the conjunct is
        a title: the party is the name after it)."""
        if t.dep_ != "conj":
            return None
        doc = t.doc
        case = next((c for c in t.children if c.dep_ == "case"), None)
        if case is not None and case.i + 1 < len(doc) and doc[case.i + 1].pos_ == "PROPN":
            b = self.actor_tok(doc[case.i + 1])
            if b is not None and b != self.actor_tok(t):
                return b
        if t.pos_ == "PROPN" and self.actor_tok(t) is None and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            b = self.actor_tok(doc[t.i + 1])
            if b is not None and getattr(self.ctx.actors.get(b), "kind", None) == "person":
                return b
        return None

    def _modifier_actor(self, t: Token, out: list[str]) -> str | None:
        """The actor a head that is no actor stands for: its possessor, the name among an agent
        noun's modifiers, or "officials from X" (X's actors go straight into ``out``)."""
        a = None
        agentive = t.lemma_.lower() in self.lex.settings.agent_nouns or \
            t.lemma_.lower() in self.lex.settings.group_nouns  # "the Houthi movement"
        if agentive and t.left_edge.i < t.i:
            # "a North Korean state media commentary": the longest name among the modifiers
            lo = next((x for x in t.doc[t.left_edge.i:t.i] if x.dep_ not in ("det", "predet")), None)
            if lo is not None:
                a = self.ctx.actor_at(lo.idx, t.idx)
                if a and t.lemma_.lower() in W.state_opponent_nouns and \
                        getattr(self.ctx.actors.get(a), "kind", None) == "state":
                    a = None
                if a is not None and self.ctx.actors.get(a) is not None and \
                        self.ctx.actors[a].kind == "person" and any(c.dep_ == "poss" for c in t.children):
                    a = None  # "Halvorsen's lawyer" is someone else
        for c in t.children:
            if c.dep_ == "poss" or (agentive and c.dep_ in ("compound", "amod", "nmod") and c.i < t.i):
                a = self.actor_tok(c)
                # "his successor", "Halvorsen's lawyer" are other people: only a state or
                # organisation stands for its members ("Israel's negotiators")
                if a and c.dep_ == "poss" and getattr(self.ctx.actors.get(a), "kind", None) == "person":
                    a = None
                if a and t.lemma_.lower() in W.state_opponent_nouns and \
                        getattr(self.ctx.actors.get(a), "kind", None) == "state":
                    a = None  # rule NOT_THEIR_STATE: "Ivory Coast rebels" are not Ivory Coast
                if a:
                    break
        if a is None:
            for p in W.member_preps:
                objs = prep_objects(t, p)
                if objs and t.lemma_ not in W.not_member_heads:
                    for o in objs:
                        out.extend(x for x in self.actors(o, deep=False) if x not in out)
                    break
        return a

    def _note_quoted_self(self, t: Token, a: str | None) -> None:
        """Leave a quoted "we"/"I" resolved to the speaker (or its side) in ``ctx.notes[QUOTED_SELF]``, so the
        order of a symmetric act's parties counts it as that party's mention in the sentence (story.py
        ``symmetric_order``: "'We met X,' said Y": Y's meeting with X)."""
        if a is not None:
            self.ctx.notes.setdefault(QUOTED_SELF, {})[t.i] = a  # type: ignore[index]

    def speaker_side(self, t: Token) -> str | None:
        """"we" in a quote: the speaker's side (its state or organisation), else the speaker."""
        cid = self.claim_at(t.idx)
        if cid is None or cid not in self.claims:
            return None
        sp = self.claims[cid].speaker
        act = self.ctx.actors.get(sp) if sp else None
        if act is None:
            return None
        if act.affiliation and act.affiliation in self.ctx.actors:
            return act.affiliation
        return act.id

    def person_pair(self, tok: Token | None) -> list[str]:
        """'the two leaders', 'both men': the two distinct persons named last before ``tok``."""
        if tok is None or tok.lemma_.lower() not in self.lex.settings.person_pair_nouns or not any(
                c.lower_ in W.pair_numbers for c in tok.children):
            return []
        found: list[str] = []
        for s, e, a in reversed(self.ctx.mentions_in(0, tok.idx)):
            act = self.ctx.actors.get(a)
            if act is not None and act.kind == "person" and act.named and a not in found:
                found.append(a)
                if len(found) == 2:
                    return found[::-1]
        return []

    def sides_leaders(self, tok: Token | None, raw: Candidate) -> bool:
        """Rule SIDES_LEADERS: "the two countries' leaders", "the leaders of both sides" (a plural
        leader noun whose possessor or of-object is the pair) stand for the sides, noted on the
        candidate: once the sides are known, each side's own leader named last takes its place
        (:func:`.expand` ``leaders_of_sides``). Not one leader ("the leader of both delegations")."""
        if tok is None or tok.lemma_.lower() not in self.lex.settings.person_pair_nouns \
                or tok.tag_ not in ("NNS", "NNPS") or not any(self.is_pair_phrase(o) for o in self._leader_owners(tok)):
            return False
        raw.pending.add(Flag.SIDES_LEADERS)
        return True

    @staticmethod
    def _leader_owners(tok: Token) -> list[Token]:
        """The possessor and the of-objects of a noun ("the two countries' leaders", "the leaders of both")."""
        return [c for c in tok.children if c.dep_ == "poss"] + [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == W.of_prep for o in c.children if o.dep_ == "pobj"]

    SIDES_LEADERS = "interactions.document.sides_leaders"

    def flagged_person_pair(self, tok: Token | None, raw: Candidate) -> list[str]:
        """:meth:`person_pair`, noted on the candidate for the build step to split and trace."""
        two = self.person_pair(tok)
        if two:
            raw.pending.add(Flag.PERSON_PAIR)
        return two

    def _sides_leaders(self, tok: Token) -> bool:
        """Is ``tok`` a plural leader noun of the story's pair ("the two countries' leaders",
        "the leaders of both sides")? Not one leader ("the leader of both sides' delegations")."""
        if tok.tag_ not in ("NNS", "NNPS"):
            return False
        return any(self.is_pair_phrase(o) for o in self._leader_owners(tok))

    SIDES_OF_A_LINE = "interactions.document.sides_of_a_line"

    @staticmethod
    def _sides_of_a_line(tok: Token) -> bool:
        """Rule SIDES_OF_A_LINE: "the two sides of the border", "both sides of the river" are
        places on either side of a dividing line (``dividing_line_nouns``), not the story's sides."""
        return tok.lemma_.lower() in W.side_lemmas and any(
            o.lemma_.lower() in W.dividing_line_nouns for o in prep_objects(tok, W.of_prep))

    def pair_phrase(self, tok: Token | None, raw: Candidate) -> bool:
        """:meth:`is_pair_phrase`, noted on the candidate: an end told as the two sides themselves
        ("both sides agreed"), whose antecedent may be read nearby (``reciprocal.phrase_sides``)."""
        if not self.is_pair_phrase(tok):
            return False
        raw.pending.add(Flag.PAIR_PHRASE)
        if tok is not None and any(t.lemma_.lower() in W.pair_state_lemmas for t in [tok, *(
                o for p in W.pair_member_preps for o in prep_objects(tok, p))]):
            raw.pending.add(Flag.PAIR_STATES)  # "both countries", "officials from the two nations"
        return True

    PAIR_NATIONS = "interactions.document.pair_nations"
    NOT_THEIR_STATE = "interactions.document.not_their_state"  # "Ivory Coast rebels" are not Ivory Coast

    def is_pair_phrase(self, tok: Token | None, member: bool = False) -> bool:
        """Does ``tok`` stand for the story's two sides ("the two sides", "both countries")?
        Rule PAIR_NATIONS: a number or "both" with a country noun ("the two countries", "both
        nations", matched on the lemma) is the pair too, but not inside a group of people that
        is an actor of its own ("senior officials from both nations": that group)."""
        if tok is None or self._sides_of_a_line(tok):
            return False
        lex = self.lex
        own = self.ctx.actor_for_token(tok)
        if tok.lemma_.lower() in lex.settings.agent_nouns and tok.pos_ in NOUN_POS and (
                own is None or not self.ctx.actors[own].named):
            # "negotiators from both sides", "officials of the two countries"
            for p in W.pair_member_preps:
                for o in prep_objects(tok, p):
                    if self.is_pair_phrase(o, member=own is not None):
                        return True
        if not member and tok.lemma_.lower() in W.pair_nation_lemmas and any(
                c.lower_ in W.pair_numbers for c in tok.children):
            return True
        if tok.lower_ in W.reciprocal_words and any(c.dep_ == "det" for c in tok.children):
            return True  # "neither side met the other", "each other"
        if tok.lemma_.lower() in W.side_lemmas and tok.tag_ in ("NNS", "NNPS") and any(
                c.dep_ == "amod" and c.lower_ in W.pair_adjectives for c in tok.children):
            return True  # "the warring parties", "the opposing sides": the story's two sides
        if tok.lower_ in W.pair_pronouns or tok.lemma_ in lex.settings.pair_words and (
                any(c.lower_ in W.pair_numbers for c in tok.children) or tok.lemma_ in W.side_lemmas):
            return True
        return tok.lower_ == W.bare_pair_number and tok.dep_ in ("pobj", "nsubj", "dobj")
