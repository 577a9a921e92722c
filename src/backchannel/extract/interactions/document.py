"""The interactions stage's view of one document: the shared indexes (sentences, paragraphs
and time expressions from :class:`backchannel.docindex.DocIndex`, claims from
:class:`backchannel.docindex.ClaimIndex`) and the mapping from tokens to actors, with
fallbacks for what the actors stage left unresolved.

Why: the per-trigger steps are look-ups, not scans; the indexes are shared with the other
stages so that a paragraph or a time expression means the same thing everywhere.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from backchannel.docindex import ClaimIndex
from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.syntax.tree import NOUN_POS, PRONOUNS, conjuncts, in_dateline, prep_objects
from backchannel.extract.interactions.words import words
from backchannel.resolve.phrases import state_for_word

W = words()


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
        self.timexes = ix.timexes
        self.timex_at = ix.timex_at
        self.claim_index = ClaimIndex(ctx.claims)  # built here: the claims stage has run
        self.claims = self.claim_index.claims
        self.claim_at = self.claim_index.claim_at
        self.is_speaker = self.claim_index.is_speaker
        self._demonyms: dict[str, str | None] = {}
        self._fallback: dict[int, str | None] = {}
        self.built: list[Candidate] = []  # acts found so far, in text order
        self._surnames: dict[str, str] | None = None

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
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    # -- tokens to actors -----------------------------------------------------
    def state_for(self, word: str) -> str | None:
        if word in self._demonyms:
            return self._demonyms[word]
        aid = None
        try:
            aid = state_for_word(self.ctx, word)
        except Exception:  # the resolver is optional: no demonyms without it
            aid = None
        if aid is None:
            w = word.casefold().rstrip("-")
            for a in self.ctx.actors.values():
                if a.kind == "state" and (a.name.casefold() == w or w in (x.casefold() for x in a.aliases)):
                    aid = a.id
                    break
        self._demonyms[word] = aid
        return aid

    def actor_tok(self, t: Token) -> str | None:
        a = self.ctx.actor_for_token(t)
        if a:
            return a
        # a nationality adjective stands for its state ("an Israeli airstrike", "Qatari-brokered");
        # a demonym noun names people, not the state ("told African-Americans")
        if t.text[:1].isupper() and (t.pos_ == "ADJ" or t.dep_ in ("amod", "compound", "npadvmod", "nmod")):
            return self.state_for(t.text.rstrip("-"))
        if t.pos_ in NOUN_POS:
            if t.i not in self._fallback:
                self._fallback[t.i] = self.fallback_actor(t)
            return self._fallback[t.i]
        return None

    # -- fallbacks for phrases the actors stage left unresolved ---------------------------
    def fallback_actor(self, t: Token) -> str | None:
        """A definite description of a party ("the rebels", "the paramilitary group"), a
        definite plural demonym ("the Emiratis") or a person's surname alone ("Mirzoyan")."""
        if t.lower_ == W.group_pronoun and t.i not in self.ctx.coref:
            # "X released them": the group named last before it in the sentence
            best = None
            for s, e, a in self.ctx.mentions_in(t.sent.start_char, t.idx):
                if self.ctx.actors.get(a) is not None and self.ctx.actors[a].kind == "group":
                    best = a
            return best
        if any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and (self.ctx.actor_for_token(c) or any(
                x.text[:1].isupper() for x in c.subtree))) for c in t.children if c.i < t.i):
            return None  # "the ELN rebels", "Hamas's fighters", "the Saudi-led coalition": the modifier says whose
        definite = any(c.dep_ == "det" and c.lower_ == W.definite_article for c in t.children)
        if definite and t.text[:1].isupper() and t.text.endswith("s") and (
                t.tag_ in ("NNPS", "NNS") or t.ent_type_ == "NORP"):
            a = self.state_for(t.text)  # "the Emiratis" -> the UAE, when it is an actor
            if a:
                return a
        if definite and t.pos_ == "NOUN":
            # "the federal government" after "the Ethiopian federal government": the end of one
            # actor's name
            words = " ".join(x.lower_ for x in t.doc[t.left_edge.i:t.i + 1] if x.dep_ != "det")
            hits = {a.id for a in self.ctx.actors.values() if a.kind in ("state", "organization") and any(
                n.casefold().endswith(" " + words) or n.casefold() == words for n in [a.name, *a.aliases])}
            if len(hits) == 1:
                return hits.pop()
        if definite and t.lemma_.lower() in self.lex.sets["government_nouns"]:
            # "the junta", "the generals": the state whose ruling body the text named before
            # ("Niger's military government")
            marks = W.military_marks if t.lemma_.lower() in W.military_government_nouns else W.civil_marks
            best = None
            for s, e, aid in self.ctx.mentions_in(0, t.idx):
                act = self.ctx.actors.get(aid)
                if act is not None and act.kind == "state" and any(
                        w in marks for n in act.aliases for w in n.casefold().replace("'s", "").split()):
                    best = aid
            if best:
                return best
        if definite and t.lemma_.lower() in self.lex.sets["story_state_nouns"] and t.tag_ != "NNS" and not any(
                    c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ == W.of_prep
                    for c in t.children):
                # "demanded that the government negotiate": the one state of the story
                states = {a.id for a in self.ctx.actors.values() if a.kind == "state"}
                if len(states) == 1:
                    return states.pop()
        if definite and t.lemma_.lower() in self.lex.sets["group_nouns"] and t.tag_ != "NNP" \
                and not any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in prep_objects(t, "of")):
            # (but "the group of mediators" is a group of others)
            return self.described_group(t)
        if t.pos_ == "PROPN" and t.dep_ != "compound" and t.text[:1].isupper():
            a = self.surnames().get(t.text)
            if a is None and definite:
                # "the North", "the South": the one state whose name begins so
                hits = [x.id for x in self.ctx.actors.values() if x.kind == "state"
                        and x.name.split()[0] == t.text and len(x.name.split()) > 1]
                a = hits[0] if len(hits) == 1 else None
            return a
        return None

    def surnames(self) -> dict[str, str]:
        """One-word names of named actors -> the actor (only when one actor has it): a name or
        alias of one word ("RSF" mentioned again), the last word of a person's name ("Mirzoyan")."""
        if self._surnames is None:
            seen: dict[str, list[str]] = {}
            for a in self.ctx.actors.values():
                if not a.named:
                    continue
                for n in [a.name, *a.aliases]:
                    if len(n.split()) == 1 and a.id not in seen.get(n, []):
                        seen.setdefault(n, []).append(a.id)
                if a.kind == "person" and len(a.name.split()) > 1 and a.id not in seen.get(a.name.split()[-1], []):
                    seen.setdefault(a.name.split()[-1], []).append(a.id)
            self._surnames = {k: v[0] for k, v in seen.items() if len(v) == 1}
        return self._surnames

    def described_group(self, t: Token) -> str | None:
        """The organisation "the rebels" stands for: the one the title or an earlier phrase calls
        so ("ELN rebels", "X, a paramilitary group"), else the nearest independent organisation
        named before (one with no state it belongs to)."""
        words = {t.lower_, t.lemma_.lower(), t.lemma_.lower() + "s"}
        orgs = [a for a in self.ctx.actors.values()
                if a.kind in ("organization", "group") and a.named and not a.affiliation]
        title = (self.ctx.document.title or "").casefold()
        for a in orgs:
            for n in [a.name, *a.aliases]:
                if any(f"{n.casefold()} {w}" in title for w in words):
                    return a.id
        text = self.text
        nearest = None
        for s, e, aid in self.ctx.mentions_in(0, t.idx):
            act = self.ctx.actors.get(aid)
            if act is None or act not in orgs:
                continue
            after = text[e:e + 60].casefold()
            for w in words:
                if after.startswith(" " + w) or any(after.startswith(f", {det} ") and f" {w}" in after[:after.find(",", 2) if "," in after[2:] else 40]
                                                  for det in W.articles):
                    return aid
            if act.kind == "organization":
                nearest = aid
        return nearest

    def actors(self, tok: Token | None, deep: bool = True) -> list[str]:
        """Actors a noun phrase refers to (coordination expanded), with fallbacks for heads
        that are not actors themselves: possessor, proper-noun or demonym modifiers, an
        "officials from X" phrase."""
        if tok is None:
            return []
        out: list[str] = []
        extra_conj: list[str] = []
        for t in conjuncts(tok):
            if in_dateline(t):
                continue
            a = self.actor_tok(t)
            if a is not None and not self.ctx.actors[a].named if a in self.ctx.actors else False:
                # "the bloc's chief negotiator, Jane Doe": the named person, not the unnamed role
                for c in t.children:
                    if c.dep_ == "appos":
                        b = self.ctx.actor_for_token(c)
                        if b and b in self.ctx.actors and self.ctx.actors[b].named and \
                                self.ctx.actors[b].kind == "person":
                            a = b
                            break
            if a is None and t.lower_ in W.first_plural and t.i not in self.ctx.coref:
                a = self.speaker_side(t)
            if a is None and t.lower_ in W.first_singular and t.i not in self.ctx.coref:
                cid = self.claim_at(t.idx)  # "I passed the questions", said in a quote: the speaker
                a = self.claims[cid].speaker if cid in self.claims else None
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
                # "met Serbia's negotiator, X, and Kosovo's minister, Y": the second person hangs
                # coordinated on the first one's apposition
                for c in t.children:
                    if c.dep_ == "appos":
                        for cc in c.conjuncts:
                            b = next((self.actor_tok(x) for x in cc.children if x.dep_ == "appos"
                                      and self.actor_tok(x)), None) or self.actor_tok(cc)
                            if b and b not in out and b != a:
                                extra_conj.append(b)
            if a is None and deep and t.pos_ in NOUN_POS:
                a = self._modifier_actor(t, out)
            if a and a not in out:
                out.append(a)
        out.extend(b for b in extra_conj if b not in out)
        return out

    def _modifier_actor(self, t: Token, out: list[str]) -> str | None:
        """The actor a head that is no actor stands for: its possessor, the name among an agent
        noun's modifiers, or "officials from X" (X's actors go straight into ``out``)."""
        a = None
        agentive = t.lemma_.lower() in self.lex.sets["agent_nouns"] or \
            t.lemma_.lower() in self.lex.sets["group_nouns"]  # "the Houthi movement"
        if agentive and t.left_edge.i < t.i:
            # "a North Korean state media commentary": the longest name among the modifiers
            lo = next((x for x in t.doc[t.left_edge.i:t.i] if x.dep_ not in ("det", "predet")), None)
            if lo is not None:
                a = self.ctx.actor_at(lo.idx, t.idx)
                if a is not None and self.ctx.actors.get(a) is not None and \
                        self.ctx.actors[a].kind == "person" and any(c.dep_ == "poss" for c in t.children):
                    a = None  # "Trump's lawyer" is someone else
        for c in t.children:
            if c.dep_ == "poss" or (agentive and c.dep_ in ("compound", "amod", "nmod") and c.i < t.i):
                a = self.actor_tok(c)
                # "his successor", "Trump's lawyer" are other people: only a state or
                # organisation stands for its members ("Israel's negotiators")
                if a and c.dep_ == "poss" and getattr(self.ctx.actors.get(a), "kind", None) == "person":
                    a = None
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
        if tok is None or tok.lemma_.lower() not in self.lex.sets["person_pair_nouns"] or not any(
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

    def is_pair_phrase(self, tok: Token | None) -> bool:
        if tok is None:
            return False
        lex = self.lex
        own = self.ctx.actor_for_token(tok)
        if tok.lemma_.lower() in lex.sets["agent_nouns"] and tok.pos_ in NOUN_POS and (
                own is None or not self.ctx.actors[own].named):
            # "negotiators from both sides", "officials of the two countries"
            for p in W.pair_member_preps:
                for o in prep_objects(tok, p):
                    if self.is_pair_phrase(o):
                        return True
        if tok.lower_ in W.pair_pronouns or tok.lemma_ in lex.sets["pair_words"] and (
                any(c.lower_ in W.pair_numbers for c in tok.children) or tok.lemma_ in W.side_lemmas):
            return True
        return tok.lower_ == W.bare_pair_number and tok.dep_ in ("pobj", "nsubj", "dobj")
