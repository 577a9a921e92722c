"""Denials: a report that says an act or agreement does not exist, against reports that say it does.

Why a rule over claims: "there is no agreement", "no deal has been reached", "denied the
existence of any ceasefire" make no act (a negative determiner on a noun is not a negated
verb), so the near-miss rule of :mod:`.links`, which compares two acts, never sees them.
Yet "did the party agree?" is the most common dispute across a cluster of reports.

Rule ``across.links.denial``: a claim that denies an act of a family (``denial.families`` of
data/across_denial.toml: its nouns, verbs and interaction types) contradicts, ``on:
negation``, each claim of ANOTHER report that asserts an act of the same family (an act
verb not negated, or an act noun with a verb of achievement, "a deal had been reached"; not
an act sought, asked for or aimed at, "urged Lorvia to agree", "in a bid to seal a deal",
nor an act noun that only modifies another, "a ceasefire proposal"), one claim per source
of a report (a source retelling it twice tells it once), and each act of that family's
types in another report whose telling no such claim already carries. Parties must be
compatible: the parties an assertion names in its clause ("Brandt told the Emir that Lorvia
had agreed" is Lorvia's agreement), else the parties a claim names (an actor of its report
whose name it holds), else, for a denial, its speaker's side ("there is no agreement", said
by a minister, speaks for his state); none named on one side is compatible with any. An act
dated after the denial's report was published is not denied by it. Each cross-report pair
is a link (a dispute between two tellings, not a fact retold, so no star): a report that
denies its act three times (lede, paraphrase, quote) answers each assertion once, by the denial
sharing most words with it, else by its quote (``across.links.denial_closest``, session 28).

Session 27 (tests/test_across_denial_s27.py): a negation with "any" before an act noun denies it
(``across.links.denial_npi``, "we never held any talks"); an act noun is told as having taken place by a
word of participation or sequence before it or a participle after it (``across.links.denial_took_place``,
"was involved in the talks", "talks led by"); a third party's words quoted as said to the speaker tell a
contact (``across.links.denial_addressed``); a first-person denial, and a denial of an act between two parties,
has its speaker's side among its parties (``across.links.denial_first_person``). Session 40: a negated
classification, "this is not a ceasefire" (:mod:`.denialkind`, ``across.links.denial_kind``). The pairing of
each denial with the assertions (and its bounds) is :mod:`.denialscan`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import WordGate, alternation as alt
from backchannel.resolve.across.names import fold, norm
from backchannel.resolve.across.records import ActorRec, ClaimRec
from backchannel.resolve.across.agentnoun import agent_pattern
from backchannel.resolve.across.captivecounts import captive_words
from backchannel.resolve.across.denialdata import Family, denial_words, family_of
from backchannel.resolve.across.denialsplit import denied_before, modal_before, split_tellings, split_words, that_clause
from backchannel.resolve.across.denialmin import minimizer_starts, negation_pattern
from backchannel.resolve.across.denialtext import compatible, named_parties, party_subject  # noqa: F401 (named here too)
from backchannel.resolve.across.denialvoice import ends_in_deny_verb, own_act, third_party
from backchannel.resolve.across.denialkind import cue_words as kind_cues, denies_kind, kind_nouns
from backchannel.resolve.across.denialdone import cancelled_denial, gerund_pattern, not_done
from backchannel.resolve.across.denialonly import cue_words as only_cues, exclusive

RULE = "across.links.denial"
COVERED_RULE = "across.links.denial_exchange"  # a denial of a family against an act of a family it covers
FAMILY_KEY = "_family"  # the family an end asserts, kept until the link's note is written
MODAL_BEFORE = 3  # a modal this many words before a negated act noun ("there will be no talks") makes it a plan
NEG_BEFORE = 3  # a negation this many words before an act verb denies it
GOVERN_BEFORE = 8  # a governor this many words before an act verb, in its clause, makes it sought, not told
ANCHOR_AFTER = 4  # words after a noun of ``anchored_after`` where its anchor is sought
TOLD_REACH = 5  # words between a family's ``told_before`` word and its noun ("thanked Pell and Kessia for their mediation")
NPI_REACH = 3  # words between a negation and "any" that still deny the act noun after it ("never took part in any talks")


@cache
def patterns(family: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(denial of the noun, denial of the verb, a verb of the family, a noun of the family) over folded text.

    A noun is denied by a negative determiner ("no talks"), a verb of denial ("denied any truce"), or a
    negation with a polarity item before it (rule ``across.links.denial_npi``: "we never held any talks",
    "nor has there been any contact"): "any" under a negation says none exists, whatever verb carries it."""
    w = denial_words()
    f = family_of(family)
    nouns, verbs = alt(f.nouns), alt(f.verbs)
    negation = negation_pattern(w.negators)  # "n't" ends a word: "hasn't agreed"
    deny_noun = re.compile(rf"(?:\b(?:{alt(w.determiners | f.determiners)})\s+(?:[\w'-]+\s+){{0,2}}"
                           rf"|\b(?:{alt(w.deny_verbs)})\s+(?:[\w'-]+\s+){{0,5}}"
                           rf"|{negation}\s+(?:(?!(?:{alt(w.npi_breaks)})\b)[\w'-]+\s+){{0,{NPI_REACH}}}"
                           rf"(?:{alt(w.polarity_items)})\s+"
                           rf"(?:[\w'-]+\s+)?)(?P<noun>{nouns})\b")
    base = (rf"|\b(?:{alt(w.past_do)})\s+(?:[\w'-]+\s+)?(?:{alt(f.base_verbs)})\b"  # across.links.denial_base_form
            if f.base_verbs and w.past_do else "")
    clause = "|" + that_clause(f.verbs, w.npi_breaks)  # across.links.denial_that_clause: "denied that X mediated"
    gerund = gerund_pattern(w.deny_verbs, f.verbs)  # across.links.denial_gerund: "denied negotiating"
    deny_verb = re.compile(rf"{negation}\s+(?:[\w'-]+\s+)?(?:{alt(f.verbs | f.deny_only_verbs)})\b{base}{clause}{gerund}")
    told = alt(f.assert_nouns) if f.assert_nouns else nouns  # "no money" denies a ransom; "money" tells none
    return (deny_noun, deny_verb, re.compile(rf"\b(?:{verbs})\b"), re.compile(rf"\b(?:{told})\b"))


def denies(text: str, family: str, near: frozenset[str] = frozenset(), kind: bool = True) -> bool:
    """The text denies an act of the family: "no agreement", "denied any ceasefire", "has not agreed"
    (not after a modal: "will not meet" is a plan or a refusal, not a denial that it happened). ``near``: anchor
    words of the sentences beside it (:func:`anchored`). ``kind``: "this is not a ceasefire" too (denialkind.py)."""
    low = fold(text)
    deny_noun, deny_verb, _, _ = patterns(family)
    if any(not modal_noun(low, m.start(), m.end()) and anchored(low, family, m.group("noun"), near)
           and not crossed_verb(low[m.start():m.start("noun")], family) and not imperative(low, m.start())
           and not cancelled_denial(low, m.start(), m.end(), denial_words().deny_verbs)  # "did not deny any talks"
           for m in deny_noun.finditer(low)):
        return True
    if any(not modal_noun(low, s, e) and not crossed_verb(low[s:e], family)  # across.links.denial_not_done
           for s, e in not_done(low, family_of(family).nouns - family_of(family).anchored)):
        return True
    if exclusive(low, family):  # across.links.denial_exclusive: "the only governments that took part were A and B"
        return True
    if minimized(low, family, near) or kind and denies_kind(low, kind_nouns(family_of(family)), denial_words().modals,
                                                            denial_words().modified_heads):  # ..denial_kind
        return True
    if any(not after_modal(low, m.start()) and tied(text, low, m, family_of(family), near)
           and not cancelled_denial(low, m.start(), m.end(), denial_words().deny_verbs)  # "refused to deny mediating"
           for m in deny_verb.finditer(low)):
        return True
    return any(denied_before(low, at) or (negated_at(low, at) and not modal_before(low, at))
               for at in split_tellings(text, low, family))


def imperative(low: str, at: int) -> bool:
    """Rule ``across.links.denial_imperative`` (s44): the negation at ``at`` opens an order ("Do not sign any truce
    with the Front", "don't hold any talks"): the clause's words before it are a word of ``imperatives`` alone."""
    return re.findall(r"[a-z]+", low[clause_start(low, at):at]) in ([x] for x in denial_words().imperatives)


def crossed_verb(between: str, family: str) -> bool:
    """Rule ``across.links.denial_clause_cue``: a verb of another family stands between a denial's cue and the act
    noun ("denied that Pell mediated the deal"): what is denied is that verb's act, the noun only its object."""
    return bool(_other_verbs(family).search(between))


@cache
def _other_verbs(family: str) -> re.Pattern[str]:
    verbs = frozenset(v for f in denial_words().families if f.name != family for v in f.verbs) - family_of(family).verbs
    return re.compile(rf"\b(?:{alt(verbs)})\b")


def tied(text: str, low: str, m: re.Match[str], f: Family, near: frozenset[str]) -> bool:
    """A denied base form of ``tied_base_verbs`` ("did not pay for the release") denies the family only beside an
    anchor word other than ``release_words`` ("the kidnappers"), or with a person after "of" ("of Ola Brandt", "of
    the pupils"): "did not pay for the release of the grain shipment" denies no ransom. Other forms always do."""
    if not any(m.group(0).endswith(v) for v in f.tied_base_verbs):
        return True
    if (f.anchors - f.release_words) & (set(re.findall(r"[a-z]+", low)) | near):
        return True
    of = re.match(r"\s+of\s+(?:(?:the|their|its|his|her|our|[\w'-]+'s)\s+)?(?:[\w-]+\s+)?([\w'-]+)", low[m.end():])
    if of is None:
        return False
    people = captive_words().people | captive_words().irregular | f.anchors
    return of.group(1) in people or (len(low) == len(text) and text[m.end() + of.start(1)].isupper())


def anchored(low: str, family: str, noun: str, near: frozenset[str] = frozenset()) -> bool:
    """Rule ``across.links.denial_anchor``: a bare noun of ``anchored`` ("no money", "no cash", "not a penny")
    denies the family only when the text, or a sentence beside it (``near``), ties it to a captive (a word of
    ``anchors``: "ransom", "her release", "the kidnappers"): "the hospital had no money for medicine" denies no
    ransom; "'They were freed by their captors,' he said. 'No money was given'" does."""
    f = family_of(family)
    if noun in f.anchored_after:  # across.links.denial_nothing_to_do: "nothing to do with the hostages", not "with it"
        return any(bool(f.anchors & set(re.findall(r"[a-z]+", low[m.end():])[:ANCHOR_AFTER]))
                   and not party_subject(low, m.start(), clause_start(low, m.start()), f.party_subjects)
                   for m in re.finditer(re.escape(noun), low))
    return noun not in f.anchored or bool(f.anchors & (set(re.findall(r"[a-z]+", low)) | near))


def minimized(low: str, family: str, near: frozenset[str] = frozenset()) -> bool:
    """Rule ``across.links.denial_minimizer``: a negated smallest unit of the family ("his government did not offer a
    penny to the kidnappers", "not a single cent went to the captors", "no single kobo went to the captors") denies
    it when the unit is what was paid (:mod:`.denialmin`: "did not ask for a single dollar" denies nothing), not under
    a modal ("will not pay a cent" is a refusal) and only beside an anchor word of the family, in the text or a
    sentence beside it (as :func:`anchored`: "not one dollar was paid for the clinic" denies no ransom)."""
    f, w = family_of(family), denial_words()
    if not f.minimizers or not f.anchors & (set(re.findall(r"[a-z]+", low)) | near):
        return False
    return any(not modal_noun(low, at, at) and not after_modal(low, at)
               for at in minimizer_starts(low, f.minimizers, w.negators, w.npi_breaks))


def modal_noun(low: str, start: int, end: int) -> bool:
    """A negated act noun under a modal tells a plan, a refusal or a condition, not that no act happened:
    "there will be no talks until ...", "there can never be a deal", "no deal would be signed", "no talks
    could begin" (a modal up to ``MODAL_BEFORE`` words before the denial in its clause, or right after the noun).
    Rule ``across.links.denial_modal``."""
    w = denial_words()
    before = re.findall(r"[a-z]+", low[clause_start(low, start):start])[-MODAL_BEFORE:]
    after = re.match(r"\s+([a-z]+)", low[end:])
    return any(x in w.noun_modals_before for x in before) or (after is not None and after.group(1) in w.noun_modals_after)


def after_modal(low: str, at: int) -> bool:
    """The word before offset ``at`` is a modal ("will", "would"; data ``denial.modals``)."""
    before = re.findall(r"[a-z]+", low[:at])[-1:]
    return bool(before) and before[0] in denial_words().modals


def negated_at(low: str, at: int) -> bool:
    before = " " + " ".join(re.findall(r"[a-z']+", low[:at])[-NEG_BEFORE:]) + " "
    return any(f" {n} " in before or ("'" in n and n + " " in before) for n in denial_words().negators)


def clause_start(low: str, at: int) -> int:
    """Offset where the clause holding offset ``at`` starts: after the last boundary (a comma, "that", "who")."""
    w = denial_words()
    words = alt(frozenset(b for b in w.boundaries if b[0].isalpha()))
    marks = "".join(re.escape(b) for b in w.boundaries if not b[0].isalpha())
    found = list(re.finditer(rf"[{marks}]|\b(?:{words})\b", low[:at]))
    return found[-1].end() if found else 0


def governed_at(low: str, at: int) -> bool:
    """A governor ("urged", "asked", "in order", base "persuade") stands before offset ``at`` in its clause:
    the act there is sought or asked for, not told as done ("urged Lorvia to agree"); one marked "^" only opening it after a comma.
    Not when a word of success stands there too (rule ``across.links.denial_succeeded``): "the success of their
    attempt to mediate", "successfully pressed Lorvia to agree" tell the sought act achieved."""
    cs = clause_start(low, at)
    words, opens = re.findall(r"[a-z']+", low[cs:at]), low[:cs].rstrip()[-1:] in ("", ",", ";")  # not "which once"
    before = " " + " ".join(words[-GOVERN_BEFORE:]) + " "
    w = denial_words()
    if not any(f" {g} " in before or opens and g[0] == "^" and words[:1] == [g[1:]] for g in w.governors):
        return False
    return not succeeded_in(before)


def succeeded_in(before: str) -> bool:
    """A word of success, not negated ("the success of", "successfully"; not "never succeeded", "without
    success"), in the words ``before`` a governed act: the sought act was achieved (``across.links.denial_succeeded``)."""
    w = denial_words()
    for s in w.succeeded:
        at = before.find(f" {s} ")
        if at >= 0 and not negated_at(before, at):
            return True
    return False


def modifier_at(low: str, end: int) -> bool:
    """The act noun ending at ``end`` only modifies the next noun: "a ceasefire proposal" tells a proposal."""
    nxt = re.match(r"[\s-]+([a-z]+)", low[end:])
    return nxt is not None and nxt.group(1) in denial_words().modified_heads


def assertions(text: str, family: str) -> list[tuple[int, bool]]:
    """Where the text says an act of the family happened, each as (offset, by a verb): an act verb neither negated
    nor governed ("Tehran had agreed"), or an act noun that modifies no other noun with a verb of achievement
    not governed ("a deal had been reached"). None when the text denies the family."""
    low = fold(text)
    if family not in denial_words().addressed_families and not _told_gate(family).may_match(low):
        return []  # no verb or noun of the family: nothing asserted (most claims; the denial is not read then)
    if denies(text, family):
        return []
    _, _, verb, noun = patterns(family)
    out = [(m.start(), True) for m in verb.finditer(low)
           if not negated_at(low, m.start()) and not governed_at(low, m.start())]
    if any(not modifier_at(low, m.end()) for m in noun.finditer(low)):
        done = _achieved(family)
        out += [(m.start(), False) for m in done.finditer(low)
                if not negated_at(low, m.start()) and not governed_at(low, m.start())]
    out += [(at, False) for at in took_place(low, family)]
    out += [(at, True) for at in split_tellings(text, low, family)  # across.links.denial_split_exchange, _linkage
            if not negated_at(low, at) and not governed_at(low, at) and not after_modal(low, at)
            and not denied_before(low, at)]
    if family in denial_words().addressed_families:
        out += [(at, True) for at in addressed(low)]
    return out


@cache
def _told_gate(family: str) -> WordGate:
    """Every assertion of :func:`assertions` but the addressed one holds a verb or noun of the family as words, or
    a split verb of the family (:func:`split_tellings`: "swapped the pilot, X, for", "tied the truce to")."""
    f = family_of(family)
    split = split_words().families.get(family)
    return WordGate(f.verbs | f.nouns | f.assert_nouns | (split.verbs if split else frozenset()))


@cache
def _achieved(family: str) -> re.Pattern[str]:
    """The verbs of achievement of a family: everyone's ("reached", "carried out") and its own ("paid")."""
    w = denial_words()
    own = family_of(family).achieved
    return re.compile(rf"\b(?:{alt(w.achieved | own)})\b")


@cache
def _addressed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = denial_words()
    return (re.compile(rf"\b(?:{alt(w.addressed_subjects)})\s+(?:(?:have|has|had)\s+)?(?:{alt(w.addressed_verbs)})"
                       rf"(?:\s+(?:us|me))?\s*[:,]?\s*['\"“]"), re.compile(rf"\b(?:{alt(w.second_person)})\b"))


def addressed(low: str) -> list[int]:
    """Where a third party's words are quoted as said to the speaker (rule ``across.links.denial_addressed``):
    "they said 'we will not attack your ships'": a pronoun subject, a verb of saying, an opening quote, and a
    word addressing "you" in the quoted words. Not "they said they would fight on" (no words addressed)."""
    said, you = _addressed()
    return [m.start() for m in said.finditer(low) if you.search(low, m.end())]


@cache
def _took_place(family: str) -> re.Pattern[str]:
    """Words of participation or sequence around an act noun, and the family's ``told_before`` words a few words
    before it (rule ``across.links.denial_mediation_told``); nouns of ``anchored_after`` ("no role") tell none."""
    w, f = denial_words(), family_of(family)
    nouns = alt(f.nouns - f.anchored_after)
    own = (rf"|(?:{alt(f.told_before)})\s+(?:(?!(?:{alt(w.npi_breaks)})\b)[\w'-]+\s+){{0,{TOLD_REACH}}}(?:{nouns})"
           if f.told_before else "")
    own += f"|{agent}" if (agent := agent_pattern(nouns, w.npi_breaks)) else ""  # across.links.denial_agent_noun
    return re.compile(rf"\b(?:(?:{alt(w.took_place_before)})\s+(?:(?:the|a|an|these|those|recent|secret|direct|"
                      rf"indirect|[\w'-]+'s)\s+){{0,2}}(?:{nouns})|(?:{nouns})\s+(?:{alt(w.took_place_after)}){own})\b")


def took_place(low: str, family: str) -> list[int]:
    """Where an act noun is told as having taken place by the words around it (rule
    ``across.links.denial_took_place``): a word of participation or sequence before it ("was involved in the
    talks", "following recent discussions", "after talks with") or a participle after it ("talks led by the
    envoy", "talks held in Pell"); not when negated or governed ("wants to take part in talks")."""
    return [m.start() for m in _took_place(family).finditer(low)
            if not negated_at(low, m.start()) and not governed_at(low, m.start())]


def asserts(text: str, family: str) -> bool:
    """The text says an act of the family happened (see :func:`assertions`)."""
    return bool(assertions(text, family))


def achieved_in(text: str, act_type: str) -> bool:
    """The text tells an act of ``act_type``'s family as achieved by a verb of achievement beside its noun ("as
    the accord the two reached sets out", "the accord signed in Pell"). Rule ``across.links.modality_achieved``:
    a telling read as planned whose own sentence says so is not "still planned" (:meth:`.links.Linker.modality`)."""
    fams = [f.name for f in denial_words().families if act_type in f.types]
    return any(not by_verb for f in fams for _, by_verb in assertions(text, f))


def live_mention(text: str, family: str) -> bool:
    """The text names an act of the family other than as sought ("urged Lorvia to agree") or as a modifier ("a
    ceasefire proposal"): the test an extracted act's sentence must pass to be told as done. A sentence with no
    word of the family (the act read from another verb) passes: there is nothing to judge it by."""
    low = fold(text)
    _, _, verb, noun = patterns(family)
    if not verb.search(low) and not noun.search(low):
        return True
    return (any(not governed_at(low, m.start()) for m in verb.finditer(low))
            or any(not modifier_at(low, m.end()) and not governed_at(low, m.start()) for m in noun.finditer(low)))


def asserted_parties(text: str, family: str, actors: list[ActorRec], entity_of: dict[tuple[str, str], str],
                     side: dict[str, str]) -> set[str]:
    """The parties of what the text asserts: for an act verb, those named in its clause ("Brandt told the Emir
    that Lorvia had agreed" is Lorvia's agreement, not Brandt's); for a noun with a verb of achievement, or a
    clause that names none, those of the whole text."""
    low = fold(text)
    out: set[str] = set()
    for at, by_verb in assertions(text, family):
        if not by_verb:
            return named_parties(text, actors, entity_of, side)
        got = named_parties(text[clause_start(low, at):at], actors, entity_of, side)
        if not got:
            return named_parties(text, actors, entity_of, side)
        out |= got
    return out


@cache
def _cue_words() -> frozenset[str]:
    """The first word of every determiner (a family's own too: "nothing to do with"), verb of denial and negator:
    a denial holds one of them."""
    w = denial_words()
    own = frozenset(x for f in w.families for x in f.determiners)
    return frozenset(x.split()[0] for x in w.determiners | own | w.deny_verbs | w.negators if "'" not in x) | kind_cues() \
        | only_cues()


def may_deny(text: str) -> bool:
    """The text holds a word some denial needs (a quick test before the families' patterns)."""
    toks = re.findall(r"[a-z']+", fold(text))
    return any(t in _cue_words() or t.endswith("n't") for t in toks)


def first_person(text: str) -> bool:
    """The text speaks in the first person ("we never held talks", "they told us"): its speaker's side is a
    party of what it denies or tells (rule ``across.links.denial_first_person``)."""
    fp = denial_words().first_person  # "US" written in capitals is the state, not "us"; "I" is a pronoun
    return any(fold(t) in fp and (len(t) == 1 or not t.isupper()) for t in re.findall(r"[^\W\d_]+", text))


@dataclass(frozen=True)
class Denial:
    claim: ClaimRec
    family: Family
    parties: frozenset[str]
    named: bool = True  # its own words name a party (else its parties are at most its speaker's side)
    own: bool = False  # across.links.denial_own_act: the speaker's own act ("Lorvia denies it paid")
    part: bool = False  # across.links.denial_no_role: its parties' own part ("Kessia played no role"), denialrole.py


def find_denials(claims: list[ClaimRec], by_doc: dict[str, list[ActorRec]], entity_of: dict[tuple[str, str], str],
                 side: dict[str, str], held: frozenset[str] = frozenset()) -> list[Denial]:
    """Every denying claim, ranked within its report and family: a direct quote first, then a speaker who
    speaks for a side (the denier's own words, not the outlet's retelling of them), then text order. Which of
    a report's denials answers an assertion is chosen per assertion (:func:`.denialpairs.answering_denials`).

    ``held``: the captives (a release's target); a captive the words name stands for themselves, not for the side
    they belong to ("no ransom was paid for Brandt" names Brandt, whom :func:`.denialscan.unheld` then leaves out,
    not Brandt's employer: rule ``across.links.denial_captive_not_party``)."""
    named_side = {k: v for k, v in side.items() if k not in held} if held else side
    found: list[tuple[bool, bool, int, Denial]] = []
    w = denial_words()
    for c in claims:
        text = denied_text(c)
        if not may_deny(text):
            continue  # most claims hold no word any denial needs: one scan of their words spares four patterns
        for f in w.families:
            if not denies(text, f.name, c.near):
                continue
            parties = named_parties(c.content, by_doc.get(c.doc, []), entity_of, named_side)
            named = bool(parties)
            sp = entity_of.get((c.doc, c.speaker or ""))
            own = bool(sp and own_act(c.cue, c.content))  # "Lorvia denies it paid": its own act (denialvoice.py)
            if own and sp:
                parties, named = parties | {side.get(sp, sp)}, True
            elif sp and (not parties or first_person(c.content) or f.name in w.between):
                # "no contact with Pell", said by Lorvia's envoy: Lorvia's too (the speaker, if his side is unknown)
                parties |= {side[sp]} if sp in side else ({sp} if parties else set())
            found.append((not c.direct, not (sp and sp in side), len(found), Denial(c, f, frozenset(parties), named, own)))
    return [d for *_, d in sorted(found, key=lambda t: t[:3])]


def denied_text(c: ClaimRec) -> str:
    """Rule ``across.links.denial_cue``: a claim reported by a verb of denial ("Lorvia denied | any link between the
    two arrests") is read with its cue, which the claim's words leave out; else its words alone. Rule
    ``across.links.denial_clause_cue`` (s44): a clause complement ("the envoy denies | Pell mediated the deal", its
    "that" dropped) is read with "that" between, so the denial is of the clause's act (:func:`.denialsplit.that_clause`),
    not of a noun inside it (:func:`crossed_verb`)."""
    if not ends_in_deny_verb(c.cue):
        return c.content
    that = " that" if c.clause and fold(c.content).split()[:1] != ["that"] else ""
    return f"{c.cue}{that} {c.content}"


def asserting_families(denied: Family) -> list[Family]:
    """The families whose assertion contradicts a denial of ``denied``: itself, and those it covers ("no
    deal" denies an exchange too: ``denied_by``)."""
    return [denied] + [f for f in denial_words().families if denied.name in f.denied_by]


def tells(act_type: str, evidence: str, family: Family) -> bool:
    """An extracted act tells the family as done: its type is the family's, its sentence names the act other
    than as sought or as a modifier, and for a family ``by_word`` its sentence holds one of its words."""
    if act_type not in family.types or not live_mention(evidence, family.name):
        return False
    if not family.by_word:
        return True
    low = fold(evidence)
    _, _, verb, noun = patterns(family.name)
    return bool(verb.search(low) or noun.search(low))


def unnamed(d: Denial, told: Family, parties: frozenset[str] = frozenset(),
            kind_of: dict[str, str] | None = None) -> bool:
    """Rule ``across.links.denial_unnamed``: a denial that names no party ("she was freed without anything in
    exchange", "no ransom was paid"), of a family about a captive's release (``unnamed_any``: a swap, a ransom),
    denies that act whoever another report says took part. Its speaker's side is no party of it: the one who
    denies a swap or a ransom is most often a go-between or the captive's own government, not a side of it."""
    return (not d.named or d.own and not third_party(d.parties, parties, kind_of or {})) and \
        (d.family.unnamed_any or told.unnamed_any)
