"""Speaker descriptions that point back at a named actor: "the company said" after the company
was named, "Qatar's prime minister said" when the report names the prime minister.

Why in the claims stage: a speaker phrase that is only a description would otherwise become a
new unnamed actor, splitting one speaker in two; here it is read against the actors the report
already named. Both rules are conservative: one candidate, of the right kind, or nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon, words as claim_words
from backchannel.org_kinds import kinds_agree
from backchannel.resolve.lexicon import lexicon as actor_lexicon
from backchannel.syntax.tree import MODIFIER_OR_NPADVMOD_DEPS, NSUBJ_DEPS

#: how many sentences back a definite description may reach for its organisation
DESCRIPTION_REACH = 3
#: how many tokens before a person's mention may hold the title that introduces them
TITLE_WINDOW = 7
#: the rule of a description resolved to the person a definite apposition introduced
APPOSED_DESCRIPTION = "claims.descriptions.apposed_description"
#: the rule of an abbreviated title ("the CS") resolved to the person introduced with the full title
INITIALS_RULE = "claims.descriptions.title_initials"


def _determined(span: Span, head: Token, lex: Lexicon) -> bool:
    """A definite description (or a headline's bare singular): "the company", "Palestinian group";
    not "a company", "another group", "its company", "the company's"."""
    w = lex.words
    first = span[0].lower_
    if any(k.dep_ == "poss" for k in head.children) or head.dep_ == "poss":
        return False
    if first in w.definite_determiners:
        return True
    return not any(k.dep_ in ("det", "nummod", "predet") for k in head.children)


def definite_description(ctx: Context, sents: list[Span], si: int, span: Span, head: Token,
                         lex: Lexicon) -> str | None:
    """The named organisation or group a definite description stands for ("the company", "the
    militant group"): the latest one mentioned in this or the three sentences before, when no
    unnamed actor of the same head word came after it, and of the description's kind (an organisation
    whose words give it another kind only is passed: :func:`backchannel.org_kinds.kinds_agree`)."""
    low, lemma = head.lower_, head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not (low in lex.words.generic_org_heads
                                                         or lemma in lex.words.generic_org_heads):
        return None
    if not _determined(span, head, lex) or _unnamed_again(ctx, span, head):
        return None
    start = sents[max(0, si - DESCRIPTION_REACH)].start_char
    for s, e, aid in reversed(ctx.mentions_in(start, span.start_char)):
        a = ctx.actors.get(aid)
        if a is None or e > span.start_char:
            continue
        if not a.named:
            # "a group of families … the group": that unnamed group; also by one of its names ("the
            # opposition", also called "the opposition coalition" … "the coalition")
            if any(n.split()[-1].lower() in (low, lemma) for n in [a.name, *a.aliases] if n):
                return None
            continue
        if a.kind in ("organization", "group") and not kinds_agree([t.text for t in span], [
                a.name, *a.aliases, *a.descriptors]):
            continue  # "the militant group" is no aid body named before it (org_kinds, s44-review)
        if a.kind in ("organization", "group") or _introduced_as(ctx, s, s, [low]) or _thing(ctx, e, lex):
            return aid  # (introduced with the same word: "miner X … the miner", whatever its kind)
    return None


def _unnamed_again(ctx: Context, span: Span, head: Token) -> bool:
    """Whether the description is an unnamed actor met before under a name with the same head word
    ("the opposition" … "the opposition coalition wants": the actors stage joined them), which a
    named organisation mentioned in between does not take over."""
    own = ctx.actors.get(ctx.actor_for_token(head) or "")
    if own is None or own.named or not any(m.end <= span.start_char for m in own.mentions):
        return False
    words = {head.lower_, head.lemma_.lower()}
    return any(n.split()[-1].lower() in words for n in [own.name, *own.aliases] if n)


def definite_state(ctx: Context, sents: list[Span], si: int, span: Span, head: Token,
                   lex: Lexicon) -> str | None:
    """The named state a definite description of a country stands for ("the Gulf Arab country said",
    "the Nordic nation said", rule ``claims.descriptions.definite_state``): the latest state mentioned
    in this or the three sentences before (a quotation before the cue included). Not a plural ("the
    two countries"), an indefinite ("a country"), a possessed or possessing phrase."""
    low, lemma = head.lower_, head.lemma_.lower()
    heads = lex.words.state_description_heads
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not (low in heads or lemma in heads):
        return None
    if span[0].lower_ not in lex.words.definite_determiners or not _determined(span, head, lex):
        return None
    start = sents[max(0, si - DESCRIPTION_REACH)].start_char
    for _s, e, aid in reversed(ctx.mentions_in(start, span.start_char)):
        a = ctx.actors.get(aid)
        if a is not None and e <= span.start_char and a.named and a.kind == "state":
            return aid
    return None


def title_holder(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The named person a title description stands for ("Qatar's prime minister", "the
    president"): the one person the report introduces with that title (its words within a few
    tokens before one of their mentions) and, for a possessed title, affiliated with the
    possessor. None when no person or more than one fits."""
    low, lemma = head.lower_, head.lemma_.lower()
    if head.tag_ != "NN" or not (low in lex.person_nouns or lemma in lex.person_nouns):
        return None
    if any(k.dep_ == "appos" for k in head.children):
        return None
    poss = next((k for k in head.children if k.dep_ == "poss"), None)
    if poss is None and span[0].lower_ not in lex.words.definite_determiners:
        return None
    owner = ctx.actor_for_token(poss) if poss is not None else None
    if poss is not None and owner is None:
        return None
    title = [t.lower_ for t in head.children if t.dep_ == "compound" and t.i < head.i] + [low]
    found: set[str] = set()
    for aid, a in ctx.actors.items():
        if a.kind != "person" or not a.named:
            continue
        # a possessed title: the holder belongs to the possessor, or the introduction names it too
        words = title if poss is None or a.affiliation == owner else [*title, poss.lower_]
        if any(_introduced_as(ctx, m.start, m.end, words) if owner is not None else _titled(ctx, m.start, title)
               for m in a.mentions):
            found.add(aid)
    if len(found) > 1 and poss is None:  # "the former Norland president": the president introduced with those words
        mods = [t.lower_ for t in span if t.i < head.i and t.dep_ != "det" and not t.is_punct]
        found = {aid for aid in found if mods and any(_introduced_as(ctx, m.start, m.end, [*mods, low])
                                                       for m in ctx.actors[aid].mentions)}
    return next(iter(found)) if len(found) == 1 else None


def _titled(ctx: Context, start: int, title: list[str]) -> bool:
    """Whether the mention at ``start`` is right after its capitalised title ("Prime Minister Jo
    Lee"): without a possessor, only a title written as one names the person "the prime minister"."""
    window = ctx.doc.char_span(max(0, start - 60), start, alignment_mode="contract")
    toks = [t for t in window] if window is not None else []
    if _title_right_before(toks, title) or _title_right_before(_before_honorifics(toks), title):
        return True  # "Prime Minister Jo Lee", "Spokesman Dr. Jo Lee" (the title before the courtesy title)
    return _apposed_title(ctx, start, title) or described_in_apposition(ctx, start, title)


def apposed_or(ctx: Context, span: Span, head: Token, lex: Lexicon, aid: str | None,
               rule: str | None) -> tuple[str | None, str | None]:
    """:func:`apposition_holder` with its rule when ``aid`` is no named actor, :func:`initials_holder`
    when it is only the title's initials, else ``aid`` and ``rule``."""
    a = ctx.actors.get(aid) if aid else None
    if (held := initials_holder(ctx, span, head, lex)) is not None:
        return held, INITIALS_RULE
    if a is not None and a.named:
        return aid, rule
    holder = apposition_holder(ctx, span, head, lex)
    return (holder, APPOSED_DESCRIPTION) if holder is not None else (aid, rule)


def initials_holder(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """Rule ``claims.descriptions.title_initials``: "the CS said", "the DG told reporters" is the one
    named person the report introduces with a capitalised title whose initials the word spells
    ("Health Cabinet Secretary Jo Lee" … "the CS"). A definite description of two to four capitals
    only; none when no person or more than one fits."""
    text = head.text
    if not (2 <= len(text) <= 4 and text.isalpha() and text.isupper()) or len(span) != 2 \
            or span[0].lower_ not in lex.words.definite_determiners:
        return None
    found = {aid for aid, a in ctx.actors.items() if a.kind == "person" and a.named
             and any(_initials_before(ctx, m.start, text) for m in a.mentions)}
    return next(iter(found)) if len(found) == 1 else None


def _initials_before(ctx: Context, start: int, letters: str) -> bool:
    """Whether the capitalised words right before the mention at ``start`` end in a title whose
    initials are ``letters`` ("Cabinet Secretary" for "CS"), courtesy titles skipped."""
    window = ctx.doc.char_span(max(0, start - 60), start, alignment_mode="contract")
    toks = _before_honorifics([t for t in window] if window is not None else [])
    title = toks[-len(letters):] if len(toks) >= len(letters) else []
    return bool(title) and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in title) \
        and "".join(t.text[0] for t in title) == letters


def apposition_holder(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The one named person the report introduces with a definite apposition of this speaker's
    head word ("Ola Brandt, the bishop of Kessel," … "the bishop said"; also before the
    introduction: "the intermediary said" … "Jo Lee, the intermediary in the talks"). The text
    defines the title, so no noun list is needed; a singular definite description only, and
    None when no person or more than one fits (rule ``claims.descriptions.apposed_description``)."""
    if not head.text.islower() or head.tag_ not in ("NN", "NNP") or not len(span):
        return None
    if span[0].lower_ not in lex.words.definite_determiners or any(k.dep_ == "poss" for k in head.children):
        return None
    title = [t.lower_ for t in head.children if t.dep_ == "compound" and t.i < head.i] + [head.lower_]
    found = {aid for aid, a in ctx.actors.items() if a.kind == "person" and a.named
             and any(described_in_apposition(ctx, m.start, title) for m in a.mentions)}
    return next(iter(found)) if len(found) == 1 else None


def described_in_apposition(ctx: Context, start: int, title: list[str]) -> bool:
    """Rule ``claims.descriptions.apposed_description``: the name at ``start`` is introduced by a
    definite description in apposition after it ("Ola Brandt, the Lutheran bishop of Kessel,", "Jo
    Lee, the mediator in the talks,"), so a later or earlier "the bishop said" is that person. Only a
    definite apposition whose head is the title's last word and whose compounds hold the others; not
    "Ola Brandt, a bishop" (indefinite: one of many) nor a name listed after a title of someone else."""
    name = _name_head(ctx, start)
    if name is None:
        return False
    definite = claim_words().definite_determiners
    for k in name.children:
        if k.dep_ != "appos" or k.i < name.i or k.lower_ != title[-1]:
            continue
        dets = [t for t in k.children if t.dep_ == "det"]
        words = {t.lower_ for t in k.children if t.i < k.i}
        if dets and dets[0].lower_ in definite and set(title[:-1]) <= words:
            return True
    return False


def _name_head(ctx: Context, start: int) -> Token | None:
    """The last word of the name whose mention starts at ``start`` (compounds and flat parts lead to it),
    where an apposition or a coordinated title hangs; None where no token starts there."""
    at = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None or not len(at):
        return None
    name = at[0]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    return name


def _title_right_before(toks: list[Token], title: list[str]) -> bool:
    """Whether the last tokens are ``title``, capitalised."""
    toks = toks[-len(title):] if len(toks) >= len(title) else []
    return bool(toks) and [t.lower_ for t in toks] == title and all(t.text[:1].isupper() for t in toks)


def _before_honorifics(toks: list[Token]) -> list[Token]:
    """``toks`` without the courtesy titles ("Dr.", "Sheikh") that end them."""
    hon = actor_lexicon().honorifics
    toks = list(toks)
    while toks and (toks[-1].lower_ in hon or toks[-1].text == "." and len(toks) > 1 and toks[-2].lower_ in hon):
        toks.pop()
    return toks


def _apposed_title(ctx: Context, start: int, title: list[str]) -> bool:
    """Whether the mention at ``start`` is a name in apposition to its capitalised title, or to the
    place of the title's "of" phrase, as the parse may hang it ("The Governor of Kessel State,
    Jo Lee,": ``claims.descriptions.title_holder``)."""
    name = _name_head(ctx, start)
    if name is None:
        return False
    if name.dep_ != "appos" and not coordinated_title(name):
        return False
    holder = name.head
    if holder.dep_ == "pobj" and holder.head.lower_ in claim_words().title_of_preps:
        holder = holder.head.head
    compounds = [t.lower_ for t in holder.children if t.dep_ == "compound" and t.i < holder.i]
    return holder.lower_ == title[-1] and holder.text[:1].isupper() and compounds == title[:-1]


COORDINATED_TITLE = "claims.descriptions.coordinated_title"


def coordinated_title(name: Token) -> bool:
    """Rule ``claims.descriptions.coordinated_title``: "Former Norland President and current Union mediator
    Ola Brandt met …", "former Vesterland premier and opposition party member Jo Lee told …": the parse
    makes the name a conjunct of the first title, so the phrase reads as two parties; a bare title (no
    determiner or possessor) coordinated with a name that has a title word of its own ("mediator Ola
    Brandt") is that one person's. Not "the president and Ola Brandt" (a determiner: someone else),
    nor "President Jo Lee and Ola Brandt" (the name is a conjunct of a name, not of a title)."""
    holder = name.head
    if name.dep_ != "conj" or holder.i >= name.i or holder.pos_ not in ("NOUN", "PROPN") or holder.ent_type_ \
            or any(k.dep_ in ("det", "poss") for k in holder.children) or not any(k.dep_ == "cc" for k in holder.children):
        return False
    return any(k.dep_ == "compound" and k.i < name.i and not k.ent_type_ and k.pos_ in ("NOUN", "PROPN")
               for k in name.children)


def _thing(ctx: Context, end: int, lex: Lexicon) -> bool:
    """Whether the mention ending at ``end`` is followed by ", which …" (no person)."""
    after = ctx.doc.char_span(end, min(len(ctx.document.text), end + 12), alignment_mode="contract")
    toks = [t for t in after] if after is not None else []
    return len(toks) >= 2 and toks[0].text == "," and toks[1].lower_ in lex.words.thing_relatives


def _introduced_as(ctx: Context, start: int, end: int, title: list[str]) -> bool:
    """Whether every word of ``title`` is among the few tokens of the sentence before the mention
    at ``start`` or in the mention itself up to ``end`` ("Prime Minister … Jo Lee", "Canadian miner
    Altiplano Ore", a mention "the Prime Minister" the actors stage resolved to the person)."""
    window = ctx.doc.char_span(max(0, start - 80), start, alignment_mode="contract")
    before = [t for t in window] if window is not None else []
    own = ctx.doc.char_span(start, end, alignment_mode="contract")
    last = own[0].sent if own is not None and len(own) else before[-1].sent if before else None
    near = {t.lower_ for t in before[-TITLE_WINDOW:] if t.sent == last}
    if own is not None and len(own):  # the whole noun phrase the name heads ("Prime Minister and …")
        root = own.root.head if own.root.dep_ in ("conj", "appos") else own.root  # a name the parse
        near |= {t.lower_ for t in ctx.doc[root.left_edge.i: own.end]}  # hung on its title
    return all(w in near for w in title)



IDENTIFIED_NEXT = "claims.descriptions.identified_next"


def identified_next(ctx: Context, sents: list[Span], si: int, span: Span, head: Token, lex: Lexicon,
                    aid: str | None) -> str | None:
    """The named person a report introduces in the sentence right after a description spoke ("A
    Vesterland envoy said … . Ola Brandt held talks …", "according to a Norland lawyer. Jo Lee, who
    …, said …"): news withholds the name one sentence and then gives it as the next sentence's
    subject. Only a singular person noun said for the first time (not "the envoy" again), never an
    indefinite anonymous source ("an official said": someone left unnamed on purpose), and only a
    person whom the report names nowhere before that next sentence and who is its subject (or the
    name apposed to it). None when no person or more than one fits."""
    low, lemma = head.lower_, head.lemma_.lower()
    if head.tag_ != "NN" or not (low in lex.person_nouns or lemma in lex.person_nouns) or si + 1 >= len(sents):
        return None
    if span[0].lower_ in lex.words.indefinite_articles and lemma in lex.words.anonymous_heads:
        return None
    prior = ctx.actors.get(aid) if aid else None
    if prior is not None and (prior.named or any(m.start < span.start_char for m in prior.mentions)):
        return None
    nxt = sents[si + 1]
    found: set[str] = set()
    for pid, a in ctx.actors.items():
        if a.kind != "person" or not a.named or not a.mentions:
            continue
        named = [m.start for m in a.mentions if m.text[:1].isupper()]  # not "he" coreference tied to the name
        first = min(named) if named else -1
        if not nxt.start_char <= first < nxt.end_char:
            continue
        at = ctx.doc.char_span(first, first + 1, alignment_mode="expand")
        if at is not None and len(at) and named_next_to(head, at[0]):
            found.add(pid)
    return next(iter(found)) if len(found) == 1 else None


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _tied(head: Token, name: Token) -> bool:
    """Whether the next sentence ties the named person to the description: news names a *new*
    person in most next sentences (a rival, a captive, a president), so the name takes the
    description's claims only when its own title repeats the description's head noun ("a
    government spokesman … Ola Brandt, the spokesman," / "Spokesman Ola Brandt"), or carries two or
    more of its modifiers ("the former Norland diplomat … Jo Lee, the former Norland special envoy"),
    or, a name with no title of its own, when its clause repeats the deed of the description's
    relative clause on the same thing ("an envoy who met the rebel chief … Jo Lee met the rebel
    chief"). A title of its own that is none of these is another person's."""
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    heads, words = _own_title(name)
    if heads:
        mods = {_lemma(t) for t in head.doc[head.left_edge.i: head.i] if t.dep_ in MODIFIER_OR_NPADVMOD_DEPS}
        return any(_lemma(h) == _lemma(head) for h in heads) or len(mods) >= 2 and mods <= words
    return _same_deed(head, name)


def _own_title(name: Token) -> tuple[list[Token], set[str]]:
    """The head nouns and the word lemmas of the titles a report gives a name itself: the noun it is
    apposed to ("the founder of X, Jo Lee"), a noun apposed to it ("Jo Lee, the spokesman,"), and a
    title noun before it ("Spokesman Jo Lee", "President Jo Lee")."""
    heads: list[Token] = []
    words: set[str] = set()
    mine = {t.i for t in name.subtree}
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        heads.append(name.head)
        words |= {_lemma(t) for t in name.head.subtree if t.i not in mine}
    for c in name.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            heads.append(c)
            words |= {_lemma(t) for t in c.subtree}
    left = [t for t in name.lefts if t.dep_ == "compound" and t.ent_type_ != "PERSON" and t.pos_ in ("NOUN", "PROPN")]
    if left:
        heads.append(left[-1])
        words |= {_lemma(t) for t in left[-1].subtree}
    return heads, words


def _same_deed(head: Token, name: Token) -> bool:
    """Whether the description's relative clause ("an envoy who met the rebel chief") and the named
    subject's clause share their verb and a noun of what it was done to or with."""
    verb = name
    while verb.dep_ not in NSUBJ_DEPS and verb.dep_ != "ROOT":
        verb = verb.head
    verb = verb.head
    for rel in (c for c in head.children if c.dep_ == "relcl"):
        if _lemma(rel) != _lemma(verb) or verb.pos_ not in ("VERB", "AUX"):
            continue
        theirs = {_lemma(t) for t in rel.subtree if t.pos_ in ("NOUN", "PROPN")}
        own = {t.i for t in name.subtree}
        ours = {_lemma(t) for t in verb.subtree if t.pos_ in ("NOUN", "PROPN") and t.i not in own}
        if theirs & ours:
            return True
    return False


def named_next_to(head: Token, name: Token) -> bool:
    """Whether ``name`` (a person's first mention in the next sentence) is its clause's subject and tied to
    the description headed by ``head`` (`_tied`). Read here and by the actors stage (named_later.py)."""
    return _subject_name(name) and _tied(head, name)


def _subject_name(tok: Token) -> bool:
    """Whether a name's token heads, or is apposed to, its clause's subject (or the parse hung the
    apposition on the subject's prepositional phrase)."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ == "appos":
        tok = tok.head
        while tok.dep_ in ("pobj", "prep"):  # hung on the subject's "of" phrase ("the head of X, Jo Lee, said")
            tok = tok.head
    return tok.dep_ in NSUBJ_DEPS
