"""backchannel: read news reports about negotiations and return the system they describe.

The pipeline is visible in the package layout:
``ingest`` (readers) → ``nlp`` (the spaCy pipeline) → ``extract`` (actors, claims,
interactions, time) → ``resolve`` (merging actors) → ``views`` (channels,
knowledge, timeline, sources, network) → ``export`` / ``report``, all speaking
the dossier model of :mod:`backchannel.model`.
"""

__version__ = "0.1.0"
