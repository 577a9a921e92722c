"""``backchannel serve STORE``: a FastAPI service over a corpus store, with a browser explorer.

Modules, one job each: :mod:`.config` (the settings, the token, the loopback rule),
:mod:`.security` (bearer auth, body limits, security headers), :mod:`.analysts`
(the worker processes that analyse, with a per-document time limit),
:mod:`.jobs` (the queue of ``POST /v1/documents``, kept in the store),
:mod:`.queries` (the read SQL, parameterised, and what a resolution leaves, cached),
:mod:`.responses` (fast JSON, a DuckDB cursor per thread), :mod:`.api_read` and
:mod:`.api_write` (the ``/v1`` routes), :mod:`.explorer` (the page at ``/``) and
:mod:`.app` (the application: lifespan, middleware, health). See the README
section "Serving a corpus (backchannel serve)".
"""
