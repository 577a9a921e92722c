"""Corpora that outgrow one machine: ``corpus add`` and ``corpus resolve`` on Ray (issue 16).

One module per job: :mod:`.cluster` (joining or starting a Ray cluster, quietly
and offline), :mod:`.sources` (the inputs as Ray Data rows, read by the
project's own readers), :mod:`.extract` (the actor that holds one spaCy
pipeline and runs :func:`backchannel.pipeline.analyze`), :mod:`.add` (the
``corpus add --engine ray`` run: screen, extract, one writer) and
:mod:`.resolve` (``corpus resolve --engine ray``: digests, blocking keys and
scored pairs in parallel, clustering in one place).

Why Ray and not a home-made pool: scheduling, actor restarts, object transfer
and a path from one laptop to a cluster (``--address ray://head:10001``) are
Ray's job; this package only decides what runs where. Ray is an optional
extra (``backchannel[ray]``); nothing here is imported unless ``--engine ray``
is asked for.
"""
