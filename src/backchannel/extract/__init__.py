"""Extraction stages: actors, claims, interactions and time, registered by name.

Importing this package registers every stage in :data:`STAGES` and what each
reads and writes in :data:`SPECS`.
"""

from backchannel.extract.context import SPECS, STAGES, Context, Field, check_order, declare, note, stage
from backchannel.resolve.phrases import STATE_IDS

from backchannel.extract import actors, claims, interactions, finalize  # noqa: E402,F401  (registration)

# What the stages that do not declare it in their own ``@stage`` yet read and write
# (read off their code); to move into their ``@stage(...)`` when they become packages.
_A, _M, _C = Field.ACTORS, Field.MENTIONS, Field.COREF
if not SPECS["claims"].declared:  # it also makes speakers the actors stage missed
    declare("claims", requires=(_A, _M, _C), assigns=(Field.CLAIMS, _A, _M))

__all__ = ["SPECS", "STAGES", "Context", "Field", "check_order", "stage"]
