"""Denials read by the words around a family's act, named in a link's note (session 39).

Why a module: a denial link's note says which rule made it, so a reader sees the construction (a family added in
session 39, ``request``: rule ``across.links.denial_request``) behind a dispute.
"""

from __future__ import annotations

FAMILY_RULES = {"request": "across.links.denial_request"}


def predication_rules(family: str) -> str:
    """The rule ids, as a note's suffix, of a family added with this module: " [across.links.denial_request]"."""
    return f" [{FAMILY_RULES[family]}]" if family in FAMILY_RULES else ""
