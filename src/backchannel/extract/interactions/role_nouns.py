"""Who a role noun or a broker modifier names: "X served as mediator", "Qatari-brokered".

Why apart from the argument specs (specs.py): these read a role said of someone elsewhere in
the phrase or clause, not an argument of the trigger; the specs call them.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import PAIR, Candidate, Flag
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import credited_one, logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, governor

W = words()


def predicated(d: Doc_, tok: Token) -> list[str]:
    """Who a role noun ("mediator", "host") is said of: the subject of "X served as mediator", the
    object of "named X as mediator" (object control: the role is the object's); a role noun
    modifying a head noun ("guarantor countries") is said of what that head is said of."""
    if tok.dep_ == "compound" and tok.head.pos_ in NOUN_POS and tok.head.i > tok.i:
        tok = tok.head
    h = tok.head
    if tok.dep_ == "appos":
        return d.actors(h)
    if tok.dep_ == "pobj" and h.lower_ == W.role_prep:
        g = h.head
        if g.pos_ in VERB_POS:
            o = child(g, "dobj")
            if o is not None and d.actors(o):
                return d.actors(o)
            s = logical_subject(g)
            return d.actors(s)
        return d.actors(g) if g.pos_ in NOUN_POS else []
    if tok.dep_ in ("attr", "acomp"):
        return d.actors(child(h, "nsubj"))
    for c in tok.children:
        if c.dep_ == "appos":
            return d.actors(c)
    return []


def brokers(d: Doc_, tok: Token, self_trigger: bool = False) -> list[str]:
    """Actors of a hyphenated "Qatari- and Egyptian-brokered" modifier (read linearly: the
    parser rarely gets such coordinations right)."""
    doc = tok.doc
    part = tok if self_trigger else next((c for c in tok.children if c.lemma_ in W.broker_participles
                                          and c.dep_ in ("amod", "compound")), None)
    if part is None and not self_trigger:
        # parser hung the participle elsewhere: look left of the noun in the same sentence
        for j in range(tok.i - 1, max(tok.i - 4, -1), -1):
            if doc[j].lemma_ in W.broker_participles_left and doc[j].tag_ in ("VBN", "JJ"):
                part = doc[j]
                break
    if part is None:
        return []
    j = part.i - 1
    out: list[str] = []
    while j >= 0 and part.i - j < 10:
        t = doc[j]
        if t.text in ("-", ",", "and", "–") or t.tag_ == "HYPH":
            j -= 1
            continue
        a = d.actor_tok(t)
        if a is None:
            break
        out.insert(0, a)
        j -= 1
    return list(dict.fromkeys(out))


BROKERED_NOUN = "interactions.role_nouns.brokered_noun"


def broker_participle(tok: Token) -> Token | None:
    """The mediation participle an act noun carries: a reduced passive with its agent ("the truce
    brokered by X", "a deal mediated by X's envoy") or a hyphenated modifier ("an X-brokered
    deal"). Not "backed": a backer supports one side and stands between none."""
    for c in tok.children:
        if c.lemma_.lower() not in W.broker_participles_left or c.tag_ != "VBN":
            continue
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return c
        if c.dep_ in ("amod", "compound") and c.i > 0 and c.doc[c.i - 1].tag_ == "HYPH":
            return c
    return None


def participle_agent(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``participle_agent`` (rule BROKERED_NOUN): the agent of the reduced mediation
    participle on an act noun ("the truce brokered by X" -> X): the go-between of the sides'
    agreement, never one of its parties."""
    part = broker_participle(tok)
    if part is None or part.dep_ != "acl":
        return []
    out = [a for g in part.children if g.dep_ == "agent" for x in g.children if x.dep_ == "pobj"
           for a in d.actors(x)]
    if out:
        raw.trace["via"] = BROKERED_NOUN
    return out


def told_pair(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``told_pair`` (rule BROKERED_NOUN): the parties of a brokered agreement noun that
    names none are the story's two sides only when the noun says so: a truce or ceasefire is made
    by belligerents (``belligerent_agreement_nouns``); a deal named definitely or by a possessor is
    the one told ("the deal brokered by X"); a deal under which a clause's subject acts binds that
    subject ("under a deal brokered by X, Y freed ..."); otherwise the sentence must name two parties
    besides the broker and whoever governs the noun. Why: "praised a jet deal brokered by X" is anyone's deal,
    not the story's sides'."""
    return _told(d, tok, broker_participle(tok))


def _told(d: Doc_, tok: Token, part: Token | None) -> list[str]:
    """[PAIR] when agreement noun ``tok`` brokered through ``part`` (its participle or relative
    clause, or None) is the story's sides' by the tests of ``told_pair``, else no party."""
    if tok.lemma_.lower() in W.belligerent_agreement_nouns or any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in W.anaphoric_dets for c in tok.children):
        return [PAIR]
    h = tok.head
    if tok.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ in VERB_POS and d.actors(logical_subject(h.head)):
        return [PAIR]  # "under a deal brokered by X, Y freed ten soldiers": Y acts under it, a party
    skip = set(brokers(d, tok)) | set(brokers(d, part, True) if part is not None else [])
    if part is not None:
        skip |= {a for g in part.subtree for a in [d.actor_tok(g)] if a is not None}
    g = governor(tok)
    if g is not None and g.pos_ in VERB_POS:
        skip |= set(d.actors(logical_subject(g)))
    named = {a for t in tok.sent for a in [d.actor_tok(t)] if a is not None and a not in skip}
    return [PAIR] if len(named) >= 2 else []


def told_sides(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``told_sides`` (rule BROKERED_NOUN): whom a mediation verb with no party named
    stands between. When the verb only describes an agreement noun ("a jet deal brokered by X", "an
    X-brokered deal", "a deal that X mediated"), the deal's parties are the story's two sides only
    where ``told_pair`` finds the deal told as theirs; otherwise the mediation has no party the text
    gives, and the gold has no mediation without one ("``mediate`` has one record per party"): the
    story's sides come back flagged ``UNTOLD_SIDES``, for the expansion to replace with the deal's
    own parties in its sentence ("A and B signed a deal brokered by X") or to drop the act. Any
    other use of the verb keeps the story's sides."""
    noun = tok.head
    if noun.i == tok.i or noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in d.lex.settings.agreement_nouns:
        return [PAIR]
    hyphen = tok.dep_ in ("amod", "compound") and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "HYPH"
    if not (hyphen or tok.dep_ in ("acl", "relcl")):
        return [PAIR]
    if not _told(d, noun, tok):
        raw.pending.add(Flag.UNTOLD_SIDES)
    return [PAIR]


MEDIATION_DOER = "interactions.role_nouns.mediation_doer"


def mediation_doer(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``gov_subj_doer`` (rule MEDIATION_DOER): the subject of the verb a mediation
    noun hangs from mediates ("X offered its mediation", "X led the mediation", "X carried out a
    mediation"), unless the verb asks for, accepts, judges or discusses it (``mediation_side_verbs``
    and the verbs of object control: "X asked for mediation", "X agreed to mediation", "X praised
    the mediation"): that subject is a side or a bystander. Why a list of excluders: a mediator is
    told with more verbs than a list of doers holds (a first version admitted only listed verbs and
    lost real mediators on unseen reports). A mediation inside the subject itself names its doers
    there ("the joint mediation efforts of X and Y secured a deal")."""
    g = governor(tok)
    if g is None or g.pos_ not in VERB_POS:
        return []
    s = logical_subject(g)
    inside = s is not None and s.left_edge.i <= tok.i <= s.right_edge.i  # "the mediation efforts of X secured"
    lemma = g.lemma_.lower()
    if not inside and (lemma in W.mediation_side_verbs or lemma in d.lex.settings.object_control):
        return []
    out = d.actors(s)
    if not inside and lemma in W.mediation_leave_verbs and not _own(d, tok, out):
        return []  # "X withdrew from the mediation": a side walking out; "X ended its mediation": the mediator
    sides = {a for c in tok.children if c.dep_ == "prep" and c.lower_ == W.between_prep
             for o in c.children if o.dep_ == "pobj" for a in d.actors(o)}
    if sides & set(out):
        return []  # "X boycotted the mediation between X and Y": a side of it, no go-between
    if out:
        raw.trace["source"] = MEDIATION_DOER
    return out


def _own(d: Doc_, tok: Token, subj: list[str]) -> bool:
    """Is the mediation noun the subject's own ("its mediation", "X's mediation" said of X)?"""
    p = child(tok, "poss")
    return p is not None and (p.lower_ in W.possessive_pronouns or bool(set(d.actors(p)) & set(subj)))


ROLE_HOLDER = "interactions.role_nouns.role_holder"
CREDITED_HOLDER = "interactions.role_nouns.credited_holder"


def _gerund(tok: Token) -> bool:
    """A gerund, also one the tagger made an unlemmatised noun ("in mediating" tagged NN)."""
    return tok.tag_ == "VBG" or (tok.lemma_.lower() == tok.lower_ and tok.lower_.endswith(W.gerund_suffix))


def role_holder(d: Doc_, tok: Token) -> tuple[list[str], str]:
    """Who holds the role an act is the content of: "X's role in facilitating the deal", "X played
    a key role in brokering the truce", "efforts by X to mediate" -> X. The act (a gerund or an
    infinitive) hangs on a role noun (``role_support_nouns``); the role's holder is its possessor,
    its "by" or "of" phrase, or the subject of the verb the role noun is the object of (rule ROLE_HOLDER).
    Whoever praises or credits the role ("the senate praised X's role") is not its holder; whom
    they thank or praise for it is ("Y thanked X for its efforts in mediating", "praised X for
    their role in brokering": a possessive pronoun or no possessor; rule CREDITED_HOLDER)."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in W.helping_verbs and tok.head.i != tok.i:
        tok = tok.head  # "a big part in helping mediate the swap": the role's holder helps and mediates
    h = tok.head
    # (a gerund the parser made the preposition's noun object counts: "the role of X in mediating")
    if (tok.dep_ == "pcomp" or tok.dep_ == "pobj" and _gerund(tok)) and h.dep_ == "prep":
        noun = h.head
        if noun.pos_ in VERB_POS:  # "lauded X's role in facilitating": the phrase hung on the verb
            noun = next((o for o in noun.children if o.dep_ == "dobj" and o.right_edge.i == h.i - 1), noun)
    elif tok.dep_ in ("acl", "relcl") or (tok.dep_ == "xcomp" and tok.head.pos_ in NOUN_POS):
        noun = h
    else:
        return [], ROLE_HOLDER
    if noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in W.role_support_nouns:
        return [], ROLE_HOLDER
    p = child(noun, "poss")
    if (p is None or p.tag_ == "PRP$") and (c := credited_one(noun)) is not None and (out := d.actors(c)):
        return out, CREDITED_HOLDER
    if p is not None:
        return d.actors(p), ROLE_HOLDER
    by = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == W.agent_prep
          for o in c.children if o.dep_ == "pobj"]
    if by:
        return d.actors(by[0]), ROLE_HOLDER
    of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == W.of_prep
          for o in c.children if o.dep_ == "pobj"]
    if of and (out := d.actors(of[0])):
        return out, ROLE_HOLDER  # "commended the role of X in mediating", "the efforts of X to mediate"
    g = noun.head
    if noun.dep_ == "dobj" and g.pos_ in VERB_POS and g.lemma_.lower() in W.role_support_verbs:
        return d.actors(logical_subject(g)), ROLE_HOLDER
    return [], ROLE_HOLDER
