"""An optional LLM backend that adds a model's recall and keeps every item grounded (issue 17).

The model answers in the gold files' shape (a dossier without offsets); every
name, quote, cue and sentence it returns is aligned to the text, and what
cannot be aligned is dropped and counted. One job per module:

- :mod:`.settings`: what the command line asked for;
- :mod:`.protocols`: OpenAI-compatible and Ollama request bodies and replies;
- :mod:`.client`: HTTP calls with cache, retries, timeouts and a concurrency limit;
- :mod:`.cache`: answers on disk, keyed by model, prompt and text;
- :mod:`.prompt`: the prompt (``data/llm_prompt.toml``, ``data/llm_example.json``) and answer schema;
- :mod:`.align`: strings found in the text (exact, normalised, strictly fuzzy);
- :mod:`.ground`: an answer turned into dossier items with offsets;
- :mod:`.merge`: pieces of a text, and the model's items into the rules', folded together;
- :mod:`.backend`: documents in, one Result each; :mod:`.options`: the CLI options.

Nothing here touches the network unless a URL is given.
"""
