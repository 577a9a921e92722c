"""Extraction stages: actors, claims, interactions and time, registered by name.

Importing this package registers every stage in :data:`STAGES`.
"""

from backchannel.extract.context import STAGES, Context, stage

from backchannel.extract import actors, claims, interactions, finalize  # noqa: E402,F401  (registration)

__all__ = ["STAGES", "Context", "stage"]
