"""Extraction stages: actors, claims, interactions and time, registered by name.

Importing this package registers every stage in :data:`STAGES` and what each
reads and writes in :data:`SPECS` (each stage declares it in its own ``@stage``).
"""

from backchannel.extract.context import SPECS, STAGES, Context, Field, check_order, stage

from backchannel.extract import actors, claims, interactions, finalize, learned  # noqa: E402,F401  (registration)

__all__ = ["SPECS", "STAGES", "Context", "Field", "check_order", "stage"]
