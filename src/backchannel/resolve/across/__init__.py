"""Cross-report resolution (spec/corpus.md): one party, one act, one statement, and the links.

Modules, in the order they run: :mod:`.records` (dossiers digested to small
records), :mod:`.dupes` (near-duplicate reports by MinHash), :mod:`.entities`
(blocking, scored pairs with reasons, union-find with cannot-links, judgements),
:mod:`.events`, :mod:`.statements`, :mod:`.links` (corroborations and
contradictions), :mod:`.corpus` (the whole run). Language data is
``data/across.toml`` (:mod:`.words`); a user's alias file is read by :mod:`.aliases`.
"""

from backchannel.resolve.across.aliases import Aliases, AliasFileError, load_aliases
from backchannel.resolve.across.corpus import Resolution, resolve_digest, resolve_dossiers
from backchannel.resolve.across.records import Digest

__all__ = ["AliasFileError", "Aliases", "Digest", "Resolution", "load_aliases", "resolve_digest",
           "resolve_dossiers"]
