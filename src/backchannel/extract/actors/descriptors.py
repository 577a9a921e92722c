"""Descriptors and affiliations of named actors: titles, appositions, "served as".

Why: a person's title carries their side ("Turkish President", "Qatar's Prime
Minister", "White House spokesperson"), and the descriptor is what a reader of
the dossier needs to know who someone is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.actors.queries import (affiliation_in, desc_tokens, describes_other, descriptor_text,
                                                nearest_party, predicates, region_holder, role_noun)
from backchannel.extract.actors.gloss_appositions import before_gloss, glossed_title
from backchannel.extract.actors.hosts import posted_to, posting_title_before
from backchannel.extract.actors.organs import says_state
from backchannel.extract.actors.owners import note_owner
from backchannel.extract.actors.portfolios import is_portfolio
from backchannel.extract.actors.spans import POSS_SUFFIX
from backchannel.extract.actors.staff import sole_office
from backchannel.extract.actors.title_orgs import fronted_object
from backchannel.extract.actors.state import ActorState, Role
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left
from backchannel.syntax.tree import coordination_head


Desc = tuple[list[Token], list[Token], Token, str]  # (left tokens, right tokens, head, rule id)


def descriptors_and_affiliations(st: ActorState) -> None:
    """Descriptors of every named actor's mentions, and the affiliation their titles give."""
    doc = st.doc
    for nm in st.named:
        actor = st.ctx.actors[nm.aid]  # type: ignore[index]
        for s, e, root, _ in nm.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            root = name_root(span)
            if actor.kind == "organization" and actor.affiliation is None:
                _state_owner(st, actor, root, span)
            elif actor.kind == "person" and actor.affiliation is None:
                _state_possessor(st, actor, span)
            descs = _titles_before(st, actor, root, span)
            # a name in brackets after a role: "Our president [Kemal Ostrak]"
            # narrow: written for one quoted sentence of one article (02-azovstal-commanders-kalin.txt),
            # an editor's bracketed name inside a quotation
            if span.start >= 2 and doc[span.start - 1].text in ("[", "(") and \
                    role_noun(st, doc[span.start - 2]) and not st.token_actor.get(doc[span.start - 2].i):
                descs.append(([doc[span.start - 2]], [], doc[span.start - 2], "actors.descriptors.bracketed_name"))
            descs += _apposition_before(st, actor, root, span)
            title = region_holder(st, root)
            rrule = "actors.descriptors.title_for_region"
            if title is None and (title := posting_title_before(st, span.start)) is not None:
                rrule = "actors.descriptors.posting_title_before"  # "<State>'s Ambassador to <State2> X" (s38)
            if title is not None:  # "top <demonym> diplomat for <Region> X" (s35-affil)
                left, _ = desc_tokens(st, title)
                descs.append((left, [], title, rrule))
            for c in root.children:
                # a capitalised title is tagged a proper noun ("X, the <Body> Special Envoy"; s41-affil), but
                # one after a semicolon is the next item of a list ("Dr X; the President of the Y, Z")
                if c.dep_ == "appos" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and _capital_title(st, c)) \
                        and not st.token_actor.get(c.i) and \
                        role_noun(st, c) and not describes_other(st, c) and not any(
                            x.dep_ == "appos" and st.token_actor.get(x.i) for x in c.children):
                    for h in [c, *[x for x in c.children if x.dep_ == "conj" and x.pos_ == "NOUN"]]:
                        left, right = desc_tokens(st, h)
                        descs.append((left, right, h, "actors.descriptors.apposition_after"))
                        note_owner(st, actor, h)
            descs += _apposition_in_list(st, actor, root)
            for h in predicates(st, root):
                left, right = desc_tokens(st, h)
                descs.append((left, right, h, "actors.descriptors.predicate"))
            _apply(st, actor, descs)


def name_root(span: Span) -> Token:
    """The word of a name that its phrase hangs on. Mostly the span's root; but when the tagger split the
    name ("Samir", "al", "-", "Haddad" each a subject of the verb), the last of the words whose heads lie
    outside it, where an English name's apposition and title attach ("X al-Y, a <Movement> official,
    said"; s38-affil)."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    return outside[-1] if len(outside) > 1 else span.root


def _state_owner(st: ActorState, actor: Actor, root: Token, span: Span) -> None:
    """ "Russia's Defence Ministry", "the Iraqi Interior Ministry", "Ethiopia's state broadcaster EBC":
    the state possessing (or named on) an organisation, or a title noun before it."""
    doc = st.doc
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        # "Israel and Lebanon's Hezbollah militia": a state's possessive right before the name
        aff = st.token_actor.get(span.start - 2)
        if aff and aff != actor.id and st.ctx.actors[aff].kind == "state":
            st.set_affiliation(actor, aff, "actors.descriptors.state_owner")
            return
    mods = [c for c in root.children if c.i < span.start]
    # a state on a title noun before the name only when the title says the organ is the state's ("Ethiopia's
    # state broadcaster X"; not "the British news agency X": a country's agency; s30-fixaff)
    mods += [g for c in mods if c.dep_ == "compound" and c.pos_ == "NOUN" and says_state(
             [t for t in c.subtree if t.i not in st.token_actor]) for g in c.children if g.dep_ in ("poss", "amod")]
    for c in mods:
        if c.dep_ in ("poss", "amod", "compound") and c.i < span.start:
            aff = st.token_actor.get(c.i)
            if aff and aff != actor.id and st.ctx.actors[aff].kind == "state":
                st.set_affiliation(actor, aff, "actors.descriptors.state_owner")


def _state_possessor(st: ActorState, actor: Actor, span: Span) -> None:
    """ "Norway's Ola Brandt", "Egypt's el-Marzouk": a state's possessive right before a person's name
    is the side the person acts for (the title is left out because the reader knows it). A named body's
    or movement's possessive says the same ("the Front's Anna Berg", "Radio Ostland's Anna Berg":
    ``actors.descriptors.body_possessor``, s46): news English drops the member's title after it."""
    doc = st.doc
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        aff = st.token_actor.get(span.start - 2)
        if not aff or aff == actor.id:
            return
        owner = st.ctx.actors[aff]
        if owner.kind == "state":
            st.set_affiliation(actor, aff, "actors.descriptors.state_possessor")
        elif owner.kind in ("organization", "group") and owner.named:
            st.set_affiliation(actor, aff, "actors.descriptors.body_possessor")


def _titles_before(st: ActorState, actor: Actor, root: Token, span: Span) -> list[Desc]:
    """Titles written before the name: "Trade Minister Ola Brandt", "Qatar's Prime Minister"."""
    descs: list[Desc] = []
    pre = [t for t in root.subtree if t.i < span.start]
    pre_c: list[Token] = []
    for t in reversed(pre):
        if t.i != (pre_c[0].i - 1 if pre_c else span.start - 1):
            break
        if t.dep_ == "det" or t.tag_ == "PRP$" or t.text in (",", "(", "[", "—") or t.pos_ in ("SCONJ", "VERB", "AUX"):
            break  # (a conjunction the parser hung on the title is no part of it: "... could be that X")
        pre_c.insert(0, t)
    while pre_c and (pre_c[0].dep_ == "poss" or pre_c[0].tag_ == "POS"):
        pre_c = pre_c[1:]
    rule = "actors.descriptors.title_before"
    if not pre_c:
        pre_c = _coordinated_title(st, span)
        rule = "actors.descriptors.coordinated_title"
    if not pre_c:
        pre_c, rule = _split_name_title(st, span), "actors.descriptors.split_name_title"
    while len(pre_c) >= 2 and not role_noun(st, pre_c[-1]) and (
            pre_c[-1].lower_.rstrip(".") in st.lx.honorifics or pre_c[-1].text == "."):
        pre_c = pre_c[:-1]  # a rank between title and name: "Army Chief Gen X", "Lt. Gen." (s38-affil)
        rule = "actors.descriptors.title_before_rank"
    title = pre_c[-1] if pre_c else None
    if len(pre_c) >= 3 and pre_c[-1].lower_ in st.lx.words.title_suffixes and pre_c[-2].text == "-":
        title, rule = pre_c[-3], "actors.descriptors.elect_title"  # "President-elect X": still the title
    if title is not None and (role_noun(st, title) or POSS_SUFFIX.sub("", title.lower_) in st.lx.gov_titles):
        full_pre = [t for t in root.subtree if t.i < span.start and t.i >= pre_c[0].i - 3]
        descs.append((pre_c, [], title, rule))
        note_owner(st, actor, title)
        # possessor of the title: "Qatar's Prime Minister", "Thailand's acting ..."
        for t in full_pre:
            if t.dep_ == "poss":
                aff = st.actor_of_token(t)
                if aff and actor.affiliation is None and aff != actor.id and \
                        st.ctx.actors[aff].kind != "person":
                    st.set_affiliation(actor, aff, "actors.descriptors.title_possessor")
    return descs


def _coordinated_title(st: ActorState, span: Span) -> list[Token]:
    """ "Trade Minister A and Health Minister B": the second title, which the parser made a conjunct of
    the first name (with B as its apposition), is still B's own title.

    The same for any person's role with the party that sends it: "A and rebel deputy leader B", "A, the
    Front's chief negotiator B" (``actors.descriptors.coordinated_title``): a run of nouns and adjectives
    right after "and" or a comma (and an optional article), ending in a word for a person's role, whose
    actors are parties, never a person.
    """
    doc = span.doc
    run: list[Token] = []
    j = span.start - 1
    while j >= 0 and (doc[j].pos_ in ("PROPN", "NOUN") or doc[j].pos_ == "ADJ" and run) and not _person_at(st, j):
        run.insert(0, doc[j])
        j -= 1
    if j >= 0 and run and doc[j].lower_ == st.lx.words.definite_article:
        j -= 1
    if not run or j < 0 or doc[j].lower_ not in st.lx.words.title_coordinators:
        return []
    return run if run[-1].lemma_.lower() in st.lx.person_nouns or run[-1].lower_ in st.lx.gov_titles else []


def _split_name_title(st: ActorState, span: Span) -> list[Token]:
    """ "Opposition spokesman Mohammed al-Sabri said": the tagger split the name ("al", "-", "Sabri"), so the
    name's root is a word whose subtree holds no title. The words right before the name are still its title
    when the last is a role word tied to the name by an arc either way (the title heads a word of the name or
    hangs on one); a run of nouns and adjectives before it is the rest of the title (s38-affil). "told
    reporters X said" has no such arc."""
    doc = span.doc
    j = span.start - 1
    if j < 0 or doc[j].sent.start != doc[span.start].sent.start:
        return []
    title = doc[j]
    if not (title.lemma_.lower() in st.lx.person_nouns or title.lower_ in st.lx.gov_titles) or _person_at(st, j):
        return []
    # (a name whose root hangs on the title is a whole apposition the other rules read: "the five detainees X")
    if not (span.start <= title.head.i < span.end or any(t.head.i == title.i and t.i != span.root.i for t in span)):
        return []
    run = [title]
    j -= 1
    while j >= doc[span.start].sent.start and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and not _person_at(st, j):
        run.insert(0, doc[j])
        j -= 1
    return run


def _person_at(st: ActorState, i: int) -> bool:
    """Token ``i`` belongs to a person actor (a name, which ends a title run)."""
    aid = st.token_actor.get(i)
    return aid is not None and st.ctx.actors[aid].kind == "person"


#: arcs of a postmodifier inside a noun phrase: "diplomat based in Oslo", "aide to the envoy",
#: "official familiar with the talks", "negotiator sent by Qatar"
POSTMOD_ARCS = frozenset({"pobj", "prep", "acl", "agent", "amod", "pcomp"})
#: the most words a postmodifier may span between its role noun and the apposed name
POSTMOD_SPAN = 8


def _postmodified_head(tok: Token) -> Token:
    """The role noun a postmodifier ending at ``tok`` hangs on (part of
    actors.descriptors.apposition_before): "An Indian diplomat based in Oslo, Jo Ruiz, said":
    the parser often misses the apposition, and the word before the comma is the postmodifier's object,
    not the description. Climbs prep/participle arcs leftward within a few words; ``tok`` itself
    when it is no postmodifier's."""
    cur = tok
    while cur.dep_ in POSTMOD_ARCS and cur.head.i < cur.i and tok.i - cur.head.i <= POSTMOD_SPAN:
        cur = cur.head
    return cur if cur is not tok and cur.pos_ in ("NOUN", "PROPN") else tok


def _apposition_before(st: ActorState, actor: Actor, root: Token, span: Span) -> list[Desc]:
    """A role noun the name is in apposition to: "the Front's chief negotiator, Omar Haddad"."""
    lx, doc = st.lx, st.doc
    appos_head = root.head if root.dep_ == "appos" and root.head.i < root.i else None
    glossed, rule = before_gloss(doc, span.start), "actors.descriptors.apposition_before"
    if glossed is not None and glossed.pos_ in ("NOUN", "PROPN") and (appos_head is None or appos_head.i > glossed.i):
        appos_head = glossed_title(st, glossed)  # the parser hung the name on the gloss, or on nothing
        rule = "actors.descriptors.bracketed_gloss_apposition"
    elif appos_head is None or st.token_actor.get(appos_head.i):
        # the parser missed the apposition ("the Qatari emir, Sheikh Faisal ..."), or hung it on a name
        # further back ("X, represented by her envoy in Lusaka, Y": Y is not X's apposition)
        j = span.start - 1
        while j > 0 and doc[j].pos_ == "PROPN" and (doc[j].lower_ in lx.gov_titles or
                                                    doc[j].lower_.rstrip(".") in lx.honorifics):
            j -= 1
        if j > 0 and doc[j].text == "," and doc[j - 1].pos_ in ("NOUN", "PROPN"):
            appos_head = _postmodified_head(doc[j - 1])
    if appos_head is not None and actor.kind == "person" and appos_head.dep_ == "pobj" and \
            appos_head.head.lower_ in lx.words.title_preps and _person_title(st, appos_head.head.head):
        # "the head of the Red Cross, X", "his envoy to Sudan, X", "the representative in Bogota, X":
        # the role noun the prepositional phrase is on
        appos_head = appos_head.head.head
    if appos_head is not None and not st.token_actor.get(appos_head.i) and not role_noun(st, appos_head):
        appos_head = _postmodified_head(appos_head)  # "a diplomat based in Oslo, X": X hung on "Oslo"
    if appos_head is None or appos_head.pos_ not in ("NOUN", "PROPN") \
            or st.token_actor.get(appos_head.i) or not role_noun(st, appos_head) or root.dep_ != "appos" and _attributed(st, appos_head) \
            or fronted_object(appos_head, root):  # "After meeting the Minister, Kari Lund told": no apposition
        return []
    h = appos_head
    left, right = desc_tokens(st, h)
    note_owner(st, actor, h)
    if actor.kind == "person" and left:
        # "Qatar's prime minister, Sheikh X, said": the description is a mention of the person it
        # names, so a verb whose subject is the description has the person as its argument
        st.add_mention(actor.id, left[0].idx, h.idx + len(h.text), h, rule)
    if actor.kind == "organization":
        # "Hamas' armed wing, the Qassam Brigades": part of the possessor
        for t in np_left(h):
            aff = st.actor_of_token(t) if t.dep_ == "poss" else None
            if aff and aff != actor.id and actor.affiliation is None:
                st.set_affiliation(actor, aff, "actors.descriptors.part_of_possessor")
    for t in np_left(h):
        if t.dep_ == "poss":
            aff = st.actor_of_token(t) or (nearest_party(st, t) if t.tag_ == "PRP$" else None)
            if aff and aff != actor.id and actor.affiliation is None and \
                    st.ctx.actors[aff].kind != "person" and h.lemma_.lower() in lx.gov_titles:
                st.set_affiliation(actor, aff, "actors.descriptors.appos_title_possessor")
            elif aff and aff != actor.id and actor.affiliation is None and actor.kind == "person" \
                    and st.ctx.actors[aff].kind == "person" and t.tag_ == "PRP$" and not st.in_quote(t) \
                    and h.lemma_.lower() not in lx.personal_staff and (h.lemma_.lower() in lx.gov_titles or role_noun(st, h)) \
                    and st.ctx.actors[aff].affiliation not in (None, actor.id) and not _other_side_title(st, h, actor.id):
                # "his special representative, X": the side of the person "his" stands for
                st.set_affiliation(actor, st.ctx.actors[aff].affiliation, "actors.descriptors.pronoun_possessor_side")
            elif aff and aff != actor.id and actor.affiliation is None and actor.kind == "person" \
                    and st.ctx.actors[aff].kind == "person" and t.tag_ != "PRP$":
                if h.lemma_.lower() in lx.personal_staff and not sole_office(st, left, h):
                    # "Cleverly's spokeswoman, Maria Hendry": works for him (not "X's national security
                    # adviser, Y": a sole office is the state's; s30-affil)
                    st.set_affiliation(actor, aff, "actors.descriptors.personal_staff")
                elif (h.lemma_.lower() in lx.gov_titles or role_noun(st, h)) and \
                        st.ctx.actors[aff].affiliation not in (None, actor.id):
                    # "the President's peace commissioner": the President's side (none traced when the
                    # President has none: "<Name>'s defence secretary, X" with no side known; s30-fixaff)
                    st.set_affiliation(actor, st.ctx.actors[aff].affiliation, "actors.descriptors.possessor_side")
    return [(left, right, h, rule)]


def _attributed(st: ActorState, tok: Token) -> bool:
    """The role noun is the source of an attribution ("according to a senior official, X agreed"):
    a name after the comma that the parser did not make an apposition is the clause's subject,
    not the source's apposition (s24-parties)."""
    to = tok.head if tok.dep_ == "pobj" else None
    return to is not None and to.lower_ == st.lx.words.to and to.head.lower_ == st.lx.words.according


def _person_title(st: ActorState, tok: Token) -> bool:
    """A title a person holds ("head", "envoy", "representative"), not an office or body ("office")."""
    lemma = tok.lemma_.lower()
    return tok.lower_ in st.lx.gov_titles or lemma in st.lx.gov_titles or lemma in st.lx.person_nouns


def _capital_title(st: ActorState, tok: Token) -> bool:
    """A person's title written with capitals after a name and a comma, not after a list's semicolon."""
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return _person_title(st, tok) and before is not None and before.text == ","


def _other_side_title(st: ActorState, h: Token, own: str) -> bool:
    """ "his Russian counterpart, X": a title facing its owner, or naming a party of its own."""
    low = h.lemma_.lower()
    return low == st.lx.words.counterpart_noun or low in st.lx.words.opposite_nouns or any(
        st.token_actor.get(t.i) not in (None, own) for t in np_left(h) if t.tag_ != "PRP$")


def _apposition_in_list(st: ActorState, actor: Actor, root: Token) -> list[Desc]:
    """An apposition the parser took for a conjunct: "with X, Biden's lead negotiator, and Y".

    A role noun right after "NAME ," that is the name's conjunct, carries an owner
    (a possessive or "of" phrase) and is closed by a comma describes the name: a list of
    people is not interrupted by one bare title.
    """
    doc = st.doc
    out: list[Desc] = []
    for c in root.children:
        if c.dep_ != "conj" or c.pos_ != "NOUN" or st.token_actor.get(c.i) or not role_noun(st, c):
            continue
        if doc[root.i + 1].text != "," or not all(c.is_ancestor(t) for t in doc[root.i + 2: c.i]):
            continue
        left, right = desc_tokens(st, c)
        last = (right or [c])[-1]
        if last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
            continue
        if not any(x.dep_ == "poss" and x.tag_ != "PRP$" or x.dep_ == "prep" and x.lower_ in st.lx.words.owner_preps
                   for x in c.children):
            continue
        out.append((left, right, c, "actors.descriptors.apposition_in_list"))
        note_owner(st, actor, c)
    return out


def _apply(st: ActorState, actor: Actor, descs: list[Desc]) -> None:
    """Record the descriptions as descriptors; a governmental title (or any role) gives the side.

    A current title speaks before a past one ("former Nigerian leader X, now the African Union's
    envoy": the side is the African Union's), whatever their order in the text.
    """
    for left, right, h, rule in descs:
        toks = left + right
        if not toks:
            continue
        st.titles.setdefault(actor.id, []).append((sorted({*np_left(h), *toks}, key=lambda t: t.i), h))
        st.consumed.update(t.i for t in toks)
        st.consumed.add(h.i)
        d = descriptor_text(st, left, right)
        if d and d not in actor.descriptors and fold(d) != fold(actor.name):
            st.add_descriptor(actor, d, rule)
    past = [_past_title(st, left) for left, _, _, _ in descs]
    ordered = [d for d, p in zip(descs, past) if not p] + [d for d, p in zip(descs, past) if p]
    for left, right, h, _ in ordered:
        if actor.affiliation is None and left + right:
            _title_side(st, actor, left, right, h, any(past) and not _past_title(st, left))


def _past_title(st: ActorState, left: list[Token]) -> bool:
    """A title the person no longer holds: "former", "ex-" among its words."""
    return any(t.lower_ in st.lx.words.past_title_words for t in left)


def _unseated_ruler(st: ActorState, left: list[Token], h: Token) -> bool:
    """A ruler's epithet with a word saying the holder does not rule ("a rebel strongman", "the former
    dictator", "an exiled ruler"): no governmental side (review s45 #11)."""
    w = st.lx.words
    ruler = h.lemma_.lower() in w.epithet_titles or any(t.lemma_.lower() in w.epithet_titles for t in left)
    mods = [*left, *(c for c in h.children if c.dep_ in ("amod", "compound") and c.i < h.i)]
    return ruler and any(t.lower_ in w.unseated_words for t in mods)


def _title_side(st: ActorState, actor: Actor, left: list[Token], right: list[Token], h: Token, current: bool) -> None:
    """The side one description gives: the party named in a governmental title, or an organisation in any role."""
    lx = st.lx
    of_phrase = [t for c in h.children if c.dep_ == "prep" and c.lower_ == lx.words.of for t in c.subtree
                 if not _in_clause(t, c)]
    headed = _named_body(st, actor, of_phrase)
    if headed is not None and actor.kind == "person":
        # "the head of Ostland's security service, X": the body headed, not the state that owns it
        st.set_affiliation(actor, headed, "actors.descriptors.current_title" if current
                           else "actors.descriptors.head_of_org")
        return
    if (h.lemma_.lower() in lx.gov_titles or any(t.lemma_.lower() in lx.gov_titles for t in left)) \
            and not _unseated_ruler(st, left, h):
        owner = [t for t in h.subtree if t.i < h.i and t.dep_ == "poss" and t.tag_ != "PRP$"]
        # (not the state a posting title sends its holder to: "the envoy to <State>, X"; s34-affil)
        # (the title's possessor before the phrase after it, which may name the other side: "<State>'s top
        # negotiator in the talks with <State2>"; s38-affil)
        aff = affiliation_in(st, [t for t in left + owner + right if not posted_to(st, t)],
                             exclude=actor.id)  # "the Arctic Council's (Barents Sea) delegate"
        if aff:
            st.set_affiliation(actor, aff, "actors.descriptors.current_title" if current
                               else "actors.descriptors.gov_title_side")
            return
    if actor.kind == "person" and h.lemma_.lower() in lx.words.side_roles:
        # "X, the Ostlandic mediator": a state written right before a role a state sends
        pre = [t for t in h.children if t.i < h.i and t.dep_ in ("amod", "compound", "poss", "nmod")]
        states = {a for t in pre if (a := st.actor_of_token(t)) and a != actor.id
                  and st.ctx.actors[a].kind == "state"}
        if len(states) == 1:
            st.set_affiliation(actor, states.pop(), "actors.descriptors.role_modifier_side")
            return
    if actor.kind == "person":
        # an organisation named in any role: "ELN commander", "RSF leader",
        # "Red Cross delegate" (a state needs a governmental title, above)
        aff = _named_body(st, actor, left)
        if aff is not None:
            st.set_affiliation(actor, aff, "actors.descriptors.current_title" if current
                               else "actors.descriptors.org_in_role")


def _in_clause(t: Token, top: Token) -> bool:
    """A narrowing of ``actors.descriptors.head_of_org`` (s43): does ``t`` stand in a clause hung inside the
    of-phrase ``top`` ("the father of X, one of the soldiers held captive by Y")? Why: such a clause
    tells more of the of-object (who holds the soldier); it names no body the described person heads or
    belongs to, so Y gives the person no side."""
    for a in t.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ in ("acl", "relcl"):
            return True
    return False


def _named_body(st: ActorState, actor: Actor, toks: list[Token]) -> str | None:
    """The first named organisation or group among ``toks`` (other than the actor itself)."""
    for t in toks:
        aff = st.actor_of_token(t)
        if aff and aff != actor.id and st.ctx.actors[aff].kind in ("organization", "group") \
                and st.ctx.actors[aff].named and not is_portfolio(st, aff):
            return aff
    return None


def state_descriptors(st: ActorState) -> None:
    """Appositions and "as" predicates of states: "Qatar, a key mediator", "Oman acting as ..."."""
    seen: set[int] = set()
    for h in st.state_hits:
        aid = st.state_ids.get(h.country.name)
        if aid is None or h.role != Role.PARTY or h.tok.i in seen:
            continue
        seen.add(h.tok.i)
        root = h.tok
        heads = [(h, "actors.descriptors.state_predicate") for h in predicates(st, root)]
        heads += [(c, "actors.descriptors.state_apposition") for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and role_noun(st, c)
                  and not st.token_actor.get(c.i) and not describes_other(st, c) and not _names_other(st, c)]
        # "Chile and Peru, two large neighbours": the apposition of a coordination
        top = coordination_head(root)
        if top is not root:
            heads += [(c, "actors.descriptors.state_apposition") for c in top.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and role_noun(st, c) and not st.token_actor.get(c.i) and not _names_other(st, c)]
        actor = st.ctx.actors[aid]
        for hd, rule in heads:
            left, right = desc_tokens(st, hd)
            st.consumed.update(t.i for t in left + right)
            st.consumed.add(hd.i)
            left = [t for t in left if not t.like_num]
            d = descriptor_text(st, left, right)
            if d and d not in actor.descriptors:
                st.add_descriptor(actor, d, rule)


def _names_other(st: ActorState, noun: Token) -> bool:
    """ "Lebanon's Hezbollah militia": a role noun with a named actor before it describes that actor."""
    return any(c.dep_ == "compound" and c.i < noun.i and st.token_actor.get(c.i) for c in noun.children)
