"""A person's case told by the two sides: the charge against them vs "wrongfully detained".

Why: in a prisoner exchange (or any detention) one side states what the person did (its
prosecutors, investigators, the body that accused them) while the other calls the detention
wrongful or the charges baseless. The two accounts cannot both hold, and no other link rule sees
them: they share no words and neither denies the other's words.

Rule ``across.links.case_dispute`` (``[case]`` of ``data/across_cases.toml``): the *accused* are
the entities that are the target of an ``accuse`` act (not negated) in some report. A claim is
*about* the accused person named last before it or in it (within ``window`` characters; a claim
with a gendered pronoun takes only a person of that gender or of unknown gender). A *guilt* claim
is said by one who accuses that person (the source of an ``accuse`` act against them, or a speaker
whose head is an accusing office, "prosecutors") and has no innocence word; an *innocence* claim
has an innocence word ("wrongfully detained", "baseless") and is said by one who does not accuse
them. Per report and person, the guilt claim with the most content words stands for the charge;
it contradicts (``on: content``) each innocence claim of the other reports about the same person,
once per statement, and never a statement the guilt claim's own report carries (the report sets
the two sides against each other itself). Blocked on the person and bounded as
:mod:`.caps` bounds a block (:func:`charge_links`), the pairs left out counted.
"""

from __future__ import annotations

import re
from collections import Counter

from backchannel.resolve.across.caps import Capped, note_bipartite
from backchannel.resolve.across.case_words import NO_CONTEXT, ClaimContext, case_words
from backchannel.resolve.across.links import link
from backchannel.resolve.across.mentions import FEMALE, MALE, gender_of, pronoun_kind
from backchannel.resolve.across.pleas import CHARGE_CUE
from backchannel.resolve.across.records import ActorRec, ClaimRec, InterRec

RULE = "across.links.case_dispute"
CAP = 50  # a person's charges after the first CAP meet the first CAP innocence claims only (caps.py)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w’'-]+", " ", text.lower()).split()


def is_innocence(text: str, case_in_sentence: bool = False) -> bool:
    """Does the statement say a person's detention or charges are unjust? Either a phrase that
    says so by itself ("wrongfully detained", "is innocent"), or a judgement said of the case
    ("the charges are baseless"): a judgement word alone ("an absurd proposal") is not enough.
    ``case_in_sentence``: the claim's sentence names the case; a statement that quotes a
    judgement alone (called the case "ludicrous") has its case noun in the reporting clause."""
    cw = case_words()
    words = _words(text)
    low = " " + " ".join(words) + " "
    if any(f" {w} " in low for w in cw.innocence):
        return True
    for k in range(len(words)):
        for j in cw.judgements:
            n = j.count(" ") + 1
            if " ".join(words[k:k + n]) != j or (k and words[k - 1] in cw.negations):
                continue
            near = words[max(0, k - cw.reach):k] + words[k + n:k + n + cw.reach]
            if cw.case_nouns.intersection(near):
                return True
            if len(words) <= cw.reach and case_in_sentence:
                return True
    return False


def claim_gender(text: str) -> str | None:
    """The gender of the first third-person pronoun of a claim, if it is gendered."""
    for t in re.findall(r"[^\W\d_]+", text):
        k = pronoun_kind(t)
        if k in (MALE, FEMALE):
            return k
    return None


def refers(context: ClaimContext, ent: str, gender: str | None, mentions: list[tuple[int, str]],
           accused: dict[tuple[str, str], str], doc: str) -> bool:
    """Whether a claim's own sentence names the person or points to them with a pronoun of their gender."""
    if any(context.start <= s < context.end and accused.get((doc, aid)) == ent for s, aid in mentions):
        return True
    return bool(context.pronouns & ({gender} if gender else {MALE, FEMALE}))


def names(c: ClaimRec, ent: str, mentions: list[tuple[int, str]], accused: dict[tuple[str, str], str]) -> bool:
    """Whether a charge passage's sentence names the person up to the passage's end ("Ostland charged Anna Berg
    ..."): the accused named only in a sentence before ("... allege the money was moved by Karl Lind") is not
    the one this charge is told against."""
    return any(c.sentence <= s < c.span[1] and accused.get((c.doc, aid)) == ent for s, aid in mentions)


def pleader_of(c: ClaimRec, mentions: list[tuple[int, str]], accused: dict[tuple[str, str], str]) -> str | None:
    """The accused a plea passage is of: the named person nearest before its phrase, none when that person is
    accused of nothing ("Her co-defendant Karl Lind pleaded not guilty" clears no one else named before)."""
    return next((accused.get((c.doc, aid)) for s, aid in mentions if s == c.pleader), None)


def topic_of(c: ClaimRec, mentions: list[tuple[int, str]], accused: dict[tuple[str, str], str],
             genders: dict[str, str | None]) -> str | None:
    """The accused entity a claim is about: the one named last before its end, within the window."""
    lo = c.span[0] - case_words().window
    named = [ent for start, aid in mentions if lo <= start < c.span[1] and (ent := accused.get((c.doc, aid)))]
    if not named:
        return None  # most claims name no accused person: their pronouns are never read
    want = claim_gender(c.content)
    return next((ent for ent in reversed(named) if want is None or genders.get(ent) in (None, want)), None)


def cleared(c: ClaimRec, context: ClaimContext, mentions: list[tuple[int, str]], accused: dict[tuple[str, str], str],
            persons: set[tuple[str, str]], topic: str) -> str | None:
    """The accused person an innocence claim clears. A claim that names a person clears only an accused
    person it names in the clause of its word of innocence (``ClaimContext.cleared``; review s35, the
    discipline of the rebuttal rule): "X was freed, and Y remains wrongfully detained" clears Y, not X,
    and nobody when Y is accused of nothing. A claim that names no person ("the teacher was wrongfully
    detained", "he is innocent") clears ``topic``, the accused its sentence or the text before points to."""
    named = [(s, aid) for s, aid in mentions if c.span[0] <= s < c.span[1] and (c.doc, aid) in persons]
    if not named:
        return topic
    near = [accused.get((c.doc, aid)) for s, aid in named if any(lo <= s < hi for lo, hi in context.cleared)]
    return next((e for e in reversed(near) if e), None)


def case_links(claims: list[ClaimRec], inters: list[InterRec], actors: list[ActorRec],
               mentions: dict[str, list[tuple[int, str]]], contexts: dict[tuple[str, str], ClaimContext],
               entity_of: dict[tuple[str, str], str], statement_of: dict[tuple[str, str], str],
               capped: Capped | None = None) -> list[dict]:
    """Every charge against a person linked to the other reports' claims that the case is unjust."""
    targets = {entity_of.get((i.doc, i.target)) for i in inters
               if i.type == "accuse" and i.target and not i.negated} - {None}
    if not targets:
        return []
    accusers: dict[str, set[str]] = {}
    for i in inters:
        if i.type == "accuse" and i.target and i.source and not i.negated:
            t, s = entity_of.get((i.doc, i.target)), entity_of.get((i.doc, i.source))
            if t and s:
                accusers.setdefault(t, set()).add(s)
    people = {entity_of.get(a.key) for a in actors if a.kind == "person"}
    wanted = targets & people  # once, not per actor: both grow with the corpus
    accused = {a.key: entity_of[a.key] for a in actors if entity_of.get(a.key) in wanted}
    genders: dict[str, str | None] = {}
    for a in actors:
        if a.key in accused and a.kind == "person":
            g = gender_of(a.name, True) or next((gender_of(f, True) for f in a.forms if gender_of(f, True)), None)
            if g:
                genders[accused[a.key]] = g
    # the head words that may name an accusing office: the name's last word ("prosecutors") and
    # each descriptor's ("Ana Lobo, the presiding judge"), since a named judge's name ends in a surname
    heads = {a.key: {f.split()[-1] for f in [*a.forms[:1], *(d.lower() for d in a.descriptors)] if f.split()}
             for a in actors}
    persons = {a.key for a in actors if a.kind == "person"}
    guilt: dict[tuple[str, str], ClaimRec] = {}
    innocent: list[tuple[ClaimRec, str]] = []
    for c in claims:
        ent = pleader_of(c, mentions.get(c.doc, []), accused) if c.pleader >= 0 else \
            topic_of(c, mentions.get(c.doc, []), accused, genders)
        if not ent:
            continue
        context = contexts.get((c.doc, c.id), NO_CONTEXT)
        innocence = is_innocence(c.content, context.case_noun)
        if innocence and not (ent := cleared(c, context, mentions.get(c.doc, []), accused, persons, ent)):
            continue
        spk = entity_of.get((c.doc, c.speaker or ""))
        charge = c.cue == CHARGE_CUE  # an office's charge told in the report's voice (across.links.case_charge)
        accuses = (charge or bool(spk and spk in accusers.get(ent, set()))
                   or bool(heads.get((c.doc, c.speaker or ""), set()) & case_words().accusers))
        if innocence:
            if not accuses:
                innocent.append((c, ent))
        elif accuses and (names(c, ent, mentions.get(c.doc, []), accused) if charge
                          else refers(context, ent, genders.get(ent), mentions.get(c.doc, []), accused, c.doc)):
            old = guilt.get((c.doc, ent))
            if old is None or len(c.toks) > len(old.toks):
                guilt[(c.doc, ent)] = c
    return charge_links(guilt, innocent, statement_of, capped or Capped())


def charge_links(guilt: dict[tuple[str, str], ClaimRec], innocent: list[tuple[ClaimRec, str]],
                 statement_of: dict[tuple[str, str], str], capped: Capped) -> list[dict]:
    """Each report's charge against a person linked to the other reports' innocence statements about them.

    Blocked on the person, and bounded as :mod:`.caps` bounds a block: a person's
    charges after the first ``CAP`` are weighed against the first ``CAP`` innocence
    claims only (one famous detainee told by every report of a story would give the
    charges times the claims); the pairs left out are counted in ``capped``.
    """
    by_doc: dict[str, list[ClaimRec]] = {}
    by_ent: dict[str, list[ClaimRec]] = {}
    for c, e in innocent:
        by_doc.setdefault(c.doc, []).append(c)
        by_ent.setdefault(e, []).append(c)
    charges: Counter[str] = Counter(ent for _, ent in guilt)
    for ent, n in charges.items():
        note_bipartite(capped, n, len(by_ent.get(ent, [])), CAP)
    out, placed = [], Counter[str]()
    for (doc, ent), charge in guilt.items():
        carried = {statement_of[(x.doc, x.id)] for x in by_doc.get(doc, []) if (x.doc, x.id) in statement_of}
        seen: set[str] = set()
        said = by_ent.get(ent, [])
        placed[ent] += 1
        for c in said if placed[ent] <= CAP else said[:CAP]:
            st = statement_of.get((c.doc, c.id), f"{c.doc}/{c.id}")
            if c.doc == doc or st in carried or st in seen:
                continue
            seen.add(st)
            out.append(link("contradicts", "content", charge, c,
                            f"{RULE}: one side's charge against the person, the other's claim the case is unjust"))
    return out
