"""An evidential cue whose subject is a thing: the reporter's description, no claim.

"The footage also showed three men …", "the release highlighted efforts to seek talks", "his
criticism revealed a bitter divide", "a long feud which had threatened trade": verbs
that report speech with a speaking subject ("the minister revealed that …", "Norland threatened
to leave") also describe what a thing makes evident. With a subject that is no party, person,
source, document or medium, nobody states anything, and a claim with no speaker is spurious.
Also such a participle that borrowed no subject ("With him were A and B, highlighting the role of
C": the reporter's comment). A finding stated as a "that"-clause stays a claim ("the footage shows
that the guard had his hands raised"), and so does a to-infinitive ("the regime threatened to expel X":
someone's act) when its subject can speak: nouns of government ("the regime", "the junta") do (s34-fixside), "the
dispute threatened to derail the talks" states nothing (review, s34).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import ClaimsDoc
from backchannel.resolve.lexicon import lexicon as actor_lexicon

RULE = "claims.content.thing_evidence"
#: entity labels of a subject that may be a party ("Norway", "the Front")
_PARTY_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def _speaking_noun(lex: Lexicon, t: Token) -> bool:
    """Whether a common noun can name someone who states things (or a document, a medium)."""
    w = lex.words
    speaking = (lex.person_nouns | lex.group_nouns | lex.org_nouns | lex.documents | w.media_words
                | w.people_heads | w.anonymous_heads | actor_lexicon().person_nouns | actor_lexicon().gov_nouns)
    return t.lemma_.lower() in speaking or t.lower_ in speaking


def _infinitive(tok: Token) -> bool:
    """Whether cue ``tok`` takes a to-infinitive ("threatened to leave"): what someone says they will do,
    which only a speaker does; a thing shows evidence with a noun object ("the feud threatened trade")."""
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(m.dep_ == "aux" and m.tag_ == "TO"
                                                                      for m in c.children)
               for c in tok.children)


def thing_evidence(d: ClaimsDoc, lex: Lexicon, tok: Token, subj: Token | None) -> bool:
    """Rule ``claims.content.thing_evidence``: whether cue ``tok`` (a verb of
    ``claims_words.toml [evidential_cues]``) makes no claim because its subject ``subj`` is a thing
    (a common noun that is no actor and no speaking noun), or because it is a participle with no
    subject at all."""
    if tok.lemma_.lower() not in lex.words.evidential_cues:
        return False
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in lex.words.content_marks for m in c.children)
           for c in tok.children):
        return False  # "the footage shows that …": a finding stated as a that-clause stays a claim
    if subj is None:
        return tok.tag_ == "VBG" and not _infinitive(tok)
    if subj.pos_ != "NOUN" or subj.ent_type_ in _PARTY_ENTS or d.ctx.actor_for_token(subj) is not None:
        return False
    return not _speaking_noun(lex, subj)
