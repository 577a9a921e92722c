"""Learned stages: linear models (:mod:`backchannel.learn`) over the parse and the rules' output.

Each module registers one stage (``@stage``) named in
:data:`backchannel.extract.base.LEARNED_STAGES`; each runs after the rules'
``finalize``, adds or corrects items only above a threshold chosen
leave-one-set-out, and marks what it made with its rule id
(``learned.<part>``) and ``backend`` so an analyst can tell it from a rule's.
"""

from backchannel.extract.learned import speaker  # noqa: E402,F401  (registration)
from backchannel.extract.learned import affiliation  # noqa: E402,F401  (registration; not in LEARNED_STAGES)
