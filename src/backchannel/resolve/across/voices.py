"""One voice, several names: a person and the office that speaks for them.

Why: reports attribute one statement to "Prime Minister Ilse Marrow" or to "Marrow's office"
as they please; the statement is one, and its retellings corroborate each other. The
entities stay apart (an office is not a person); only the statements' speakers are read
through the voice map, and a statement told under two names lists both (``voices``).
"""

from __future__ import annotations

from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.records import ClaimRec


def voice_of(entities: list[dict]) -> dict[str, str]:
    """Office entity id -> the one named person it speaks for ("marrow-office" -> "ilse-marrow").

    The office's name ends in a voice word after its owner's surname; the owner is the
    only named person of that surname, and on the same side when both sides are known.
    """
    people: dict[str, list[dict]] = {}
    for e in entities:
        if e.get("kind") == "person" and e.get("named"):
            people.setdefault(e["id"].split("-")[-1], []).append(e)
    out = {}
    for e in entities:
        toks = e["id"].split("-")
        if e.get("kind") == "person" or len(toks) < 2 or toks[-1] not in link_words().voice_words:
            continue
        owners = people.get(toks[-2], [])
        sides = (e.get("affiliation"), owners[0].get("affiliation")) if len(owners) == 1 else ("", "-")
        if None in sides or sides[0] == sides[1]:
            out[e["id"]] = owners[0]["id"]
    return out


def speakers(claims: list[ClaimRec], entity_of: dict[tuple[str, str], str],
             voice: dict[str, str]) -> dict[tuple[str, str], str]:
    """The speaker entity of each claim's speaker actor, an office read as the person it speaks for."""
    out = {}
    for c in claims:
        if c.speaker and (e := entity_of.get((c.doc, c.speaker))):
            out[(c.doc, c.speaker)] = voice.get(e, e)
    return out


def note_voices(statements: list[dict], claims: list[ClaimRec], entity_of: dict[tuple[str, str], str]) -> None:
    """Add ``voices`` (the entities it was attributed to) to each statement told under two or more names."""
    by_key = {(c.doc, c.id): c for c in claims}
    for s in statements:
        found = sorted({e for m in s["members"] if (c := by_key.get((m["doc"], m["claim"]))) and c.speaker
                        and (e := entity_of.get((c.doc, c.speaker)))})
        if len(found) > 1:
            s["voices"] = found
