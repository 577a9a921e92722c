"""Who holds a mediating role when the parse hides it: a mediation verb the parser made a
compound of the act it brokers ("X and Y helped broker negotiations"), and a role noun used as
a title before a name ("sat down separately with mediator X").

Why a module of its own: both are repairs of one reading (the role's holder) that the frame
specs (specs.py) and the role-noun readers (role_nouns.py) consult; they are kept apart from
those so that each stays small.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, lexicon
from backchannel.extract.interactions.role_nouns import brokers
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOUN_POS, PLURAL_TAGS, coordination_head

W = words()
HELPED_SUBJECT = "interactions.mediation_roles.helped_subject"  # "X helped broker negotiations"
TITLE_HOLDER = "interactions.mediation_roles.title_holder"  # "with mediator X": X mediates
ROLE_MENTION = "interactions.mediation_roles.role_mention"  # "the German mediator" said of X: X, not Germany


def helped_subjects(d: Doc_, tok: Token) -> list[str]:
    """Rule HELPED_SUBJECT: "the Danish government and a church charity helped broker negotiations":
    the parser reads "broker negotiations" as a noun with a modifier (tagged a verb or a noun), so
    the verb has no subject; its doers are the subjects (every conjunct) of the helping verb
    that takes the noun."""
    if tok.dep_ != "compound" or tok.head.i == tok.i:  # (tagged a verb or a noun: "broker")
        return []
    noun = tok.head
    g = noun.head
    if noun.dep_ != "dobj" or g.i == noun.i or g.lemma_.lower() not in W.helping_verbs:
        return []
    s = logical_subject(g)
    return d.actors(s) if s is not None else []


def title_holder(d: Doc_, tok: Token) -> list[str]:
    """Rule TITLE_HOLDER: a role noun written as a title before a name ("met with mediator Ana
    Lobo", "facilitator Rui Costa said") is said of the person the name denotes."""
    h = tok.head
    if tok.dep_ != "compound" or h.i <= tok.i or h.pos_ != "PROPN" or h.pos_ not in NOUN_POS:
        return []
    return d.actors(h)


def title_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``title``: the person a role-noun title names (TITLE_HOLDER, traced)."""
    out = title_holder(d, tok)
    if out:
        raw.trace[SOURCE] = TITLE_HOLDER
    return out


def role_mention(d: Doc_, tok: Token) -> list[str]:
    """Rule ROLE_MENTION: a role noun that is itself a mention of an actor ("three Peruvian
    mediators" made a group, "the German mediator" told of a named person before or after, "the
    three mediators, A, B and C") denotes that actor: it holds the role, not the state its
    nationality adjective names, nor each member its apposition lists."""
    if tok.pos_ not in NOUN_POS or not _specific(tok):
        return []
    a = d.ctx.actor_for_token(tok)
    if a is None or a not in d.ctx.actors:
        return []
    if tok.tag_ in PLURAL_TAGS and d.ctx.actors[a].kind == "person":
        # "the three mediators, A, B and C" linked to A alone: the group of mediators named before
        # (a group whose name ends in the same role noun), if there is exactly one
        groups = [g.id for g in d.ctx.actors.values() if g.kind == "group" and any(
            n.lower().split()[-1:] == [tok.lower_] for n in [g.name, *g.aliases])]
        return groups if len(groups) == 1 else []
    return [a]


def _specific(tok: Token) -> bool:
    """Is the role noun told of particular holders: a nationality or a name before it ("the
    German mediator") or a number ("the three mediators, A, B and C": one group)? A bare "the
    mediators" is left to the role's other readings (the parties' own mediators, named
    elsewhere), and so is an apposition alone ("the mediator, A"; "the mediators, Egypt and
    Qatar": each of them)."""
    return any(c.dep_ == "nummod" or (c.dep_ in ("amod", "compound") and c.text[:1].isupper())
               for c in tok.children)


def role_mention_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``self``: the actor the role noun itself mentions (ROLE_MENTION, traced)."""
    out = role_mention(d, tok)
    if out:
        raw.trace[SOURCE] = ROLE_MENTION
    return out


def helped_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``helped_subj``: the helpers of a mediation verb parsed as a compound
    (HELPED_SUBJECT, traced)."""
    out = helped_subjects(d, tok)
    if out:
        raw.trace[SOURCE] = HELPED_SUBJECT
    return out


ACT_PARTIES = "interactions.mediation_roles.act_parties"  # "a B-P ceasefire mediated by Q": B and P


def mediated_noun(tok: Token) -> Token | None:
    """The act noun a mediation participle or modifier is said of ("talks mediated by Q",
    "a Q-brokered truce"), out of a between-phrase the parser hung it in ("talks between A and B
    mediated by Q": the participle on B), or from the subject of the event verb the parser hung a
    trailing participle on ("talks between A and B began in May, mediated by Q": rule
    EVENT_PARTICIPLE)."""
    n = _event_subject(tok)
    if n is None and (tok.dep_ not in ("acl", "amod", "compound") or tok.head.i == tok.i
                      or tok.head.pos_ not in NOUN_POS):
        return None
    n = coordination_head(n if n is not None else tok.head)
    if n.dep_ == "pobj" and n.head.lower_ == W.between_prep and n.head.head.pos_ in NOUN_POS:
        n = n.head.head
    return n


EVENT_PARTICIPLE = "interactions.mediation_roles.event_participle"  # "talks began, mediated by Q"


def _event_subject(tok: Token) -> Token | None:
    """"Talks between A and B formally began in May, mediated by Q and others": a passive
    participle with its own by-agent, hung on an event verb (``event_verbs``: began, resumed, took
    place) as an adverbial clause, is said of that verb's subject noun, the act that happened."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or not any(c.dep_ == "agent" for c in tok.children):
        return None
    v = tok.head
    if v.i == tok.i or v.lemma_.lower() not in lexicon().settings.event_verbs:
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in NOUN_POS]
    return subj[0] if subj else None


def act_parties(d: Doc_, tok: Token, mediators: list[str]) -> list[str]:
    """Rule ACT_PARTIES: the parties of a mediated act are those of the act noun the mediation is
    said of: its between-phrase ("talks between A and B, mediated by Q") or its party modifiers
    ("a Bolivia-Paraguay ceasefire mediated by Q", "Q-brokered Israeli-Palestinian talks"), never
    the story's sides when the act names its own two. Fewer than two: none."""
    n = mediated_noun(tok)
    if n is None:
        return []
    # the mediators themselves: "mediated by Q" (in the participle's subtree), "Q-brokered"
    mediators = mediators + [a for t in tok.subtree if t.i != tok.i for a in d.actors(t, deep=False)]
    mediators += brokers(d, n)
    out: list[str] = []
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == W.between_prep:
            found = [a for x in c.children if x.dep_ == "pobj" for a in d.actors(x)]
        elif c.dep_ in ("compound", "amod", "nmod") and c.i != tok.i:
            found = [a for t in c.subtree for a in d.actors(t, deep=False)]  # "Bolivia-Paraguay" chain
        else:
            continue
        out.extend(a for a in found if a not in out and a not in mediators)
    return out if len(out) >= 2 else []


def act_parties_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``act_parties`` (ACT_PARTIES, traced)."""
    out = act_parties(d, tok, [])
    if out:
        raw.trace[TARGET] = EVENT_PARTICIPLE if _event_subject(tok) is not None else ACT_PARTIES
    return out
