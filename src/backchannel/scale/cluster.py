"""Joining a Ray cluster (or starting one on this machine), quietly and without the network.

Why defaults in the environment rather than arguments: Ray's own processes
(raylet, workers) read ``RAY_*`` variables when they start, so usage
statistics and the dashboard must be switched off *before* ``ray.init``; a
user's own settings win (``setdefault``).
"""

from __future__ import annotations

import logging
import os
import warnings
from contextlib import contextmanager
from typing import Any, Iterator

#: Environment Ray reads at start-up: no usage report, no dashboard, no token file written under ~/.ray.
QUIET_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"}


class RayMissing(RuntimeError):
    """The ``ray`` extra is not installed."""


def quiet_env() -> None:
    for k, v in QUIET_ENV.items():
        os.environ.setdefault(k, v)


def import_ray():  # noqa: ANN201 - the ray module
    """``ray`` and ``ray.data``, or a message that says how to install them."""
    quiet_env()
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayMissing("--engine ray needs the ray extra: pip install 'backchannel[ray]'") from exc
    return ray


@contextmanager
def session(address: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A connected Ray: the one already initialised in this process, else join ``address`` or start one.

    ``address``: ``auto`` (a cluster started with ``ray start`` on this
    machine), ``ray://host:10001`` (a remote head), or None (a private local
    Ray of ``workers`` CPUs, shut down on exit). A Ray this function did not
    start is left running.
    """
    ray = import_ray()
    started = False
    if not ray.is_initialized():
        kwargs: dict = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=workers or None, **kwargs)
        started = True
    warnings.filterwarnings("ignore", message="The minimum number of concurrent actors")  # small inputs
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # per-job INFO lines would bury the command's own
    ctx = ray.data.DataContext.get_current()
    saved = ctx.target_max_block_size
    ctx.execution_options.preserve_order = True  # the single writer takes results in input order
    ctx.enable_progress_bars = False  # the command draws its own progress; Ray's bars would interleave
    ctx.print_on_execution_start = False
    try:
        yield ray
    finally:
        ctx.target_max_block_size = saved
        if started:
            ray.shutdown()
