"""Shared fixtures: the parsed pipeline (loaded once), the example, and ../shared data.

Third-party evaluation texts are read from ../shared and never copied into the
repo; tests that need them skip with a clear message when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "edan-alexander-backchannel.txt"
SHARED = ROOT.parent / "shared"
SCHEMA = json.loads((ROOT / "docs" / "dossier.schema.json").read_text())


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that folder is not beside the repo."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: evaluation data lives in ../shared beside the repo")
    return p


@pytest.fixture(scope="session")
def nlp():
    from backchannel.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyze(nlp):
    """Analyze a text (optionally with a publication date) into a dossier."""
    from backchannel.pipeline import analyze_text

    def run(text: str, published: str | None = "2025-05-13", doc_id: str = "t"):
        return analyze_text(text, doc_id=doc_id, published=published, nlp=nlp)

    return run


@pytest.fixture(scope="session")
def dated_acts(analyze):
    """``dated_acts(published)(text)``: the interactions of a text published that day, as
    (type, source, target, time value, the rule that dated it): what the time tests compare."""

    def on(published: str):
        def run(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
            return [(i.type, i.source, i.target, i.time.value if i.time else None, i.traced("time"))
                    for i in analyze(text, published=published).interactions]

        return run

    return on


@pytest.fixture(scope="session")
def act_tuples(analyze):
    """The interactions of a text as (type, source, target, interaction): the form the rule tests
    that compare ends unpack (test_interaction_rules, test_mediation_*)."""

    def run(text: str) -> list:
        return [(i.type, i.source, i.target, i) for i in analyze(text).interactions]

    return run


@pytest.fixture(scope="session")
def acts_of(analyze):
    """The interactions of a text (the whole pipeline, published on the default date)."""

    def run(text: str) -> list:
        return list(analyze(text).interactions)

    return run


@pytest.fixture(scope="session")
def named_acts(analyze):
    """The interactions of a text as (type, source name, target name, rule of the source): the form the side
    tests compare (test_sides_leaders, test_story_sides)."""

    def run(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
        d = analyze(text)
        names = {a.id: a.name for a in d.actors}
        return [(i.type, names.get(i.source) if i.source else None, names.get(i.target) if i.target else None,
                 i.traced("source")) for i in d.interactions]

    return run


@pytest.fixture(scope="session")
def actors_context(nlp):
    """Run the actors stage alone on a text; return its Context (mentions, coreference, actors)."""
    from backchannel.extract import STAGES
    from backchannel.extract.context import Context
    from backchannel.model import Document

    def go(text: str):
        ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
        STAGES["actors"](ctx)
        return ctx

    return go


@pytest.fixture(scope="session")
def actors_of(actors_context):
    """Run the actors stage alone on a text; return {actor id: actor}."""
    return lambda text: actors_context(text).actors


@pytest.fixture(scope="session")
def actors_by_name(actors_context):
    """Run the actors stage alone on a text; return {actor name: actor}."""
    return lambda text: {a.name: a for a in actors_context(text).actors.values()}


@pytest.fixture(scope="session")
def claims_context(nlp):
    """Run the actors and claims stages on a text; return its Context."""
    from backchannel.extract import STAGES
    from backchannel.extract.context import Context
    from backchannel.model import Document

    def go(text: str):
        ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
        STAGES["actors"](ctx)
        STAGES["claims"](ctx)
        return ctx

    return go


@pytest.fixture(scope="session")
def claims_of(claims_context):
    """Run the actors and claims stages on a text; return (claims, {actor id: actor})."""

    def go(text: str):
        ctx = claims_context(text)
        return ctx.claims, ctx.actors

    return go


@pytest.fixture(scope="session")
def example_dossier(nlp):
    from backchannel.ingest import read_file
    from backchannel.pipeline import extract

    item = next(iter(read_file(EXAMPLE)))
    return extract(item.document, nlp(item.document.text))


@pytest.fixture(scope="session")
def corpus_dossiers(nlp):
    """Every file of ../shared/corpus analyzed once: {stem: dossier}."""
    from backchannel.ingest import read_file
    from backchannel.pipeline import extract

    corpus = shared_path("corpus")
    out = {}
    for f in sorted(corpus.glob("*.txt")):
        item = next(iter(read_file(f)))
        out[f.stem] = extract(item.document, nlp(item.document.text))
    return out


def validate(dossier_dict: dict) -> None:
    import jsonschema

    jsonschema.validate(dossier_dict, SCHEMA)


#: The synthetic reports the regression floors are fixed to (more may be added).
SYNTHETIC = ROOT / "examples" / "synthetic"
SYNTHETIC_FILES = ("colombia-eln-norway", "ethiopia-tplf-nairobi", "korea-fishermen-dandong",
                   "niger-ecowas-lome", "serbia-kosovo-brussels", "sudan-rsf-uae",
                   "venezuela-us-swap-doha", "yemen-houthi-muscat")


def _scores(pairs) -> dict:
    """``{"files": {stem: scores}, "all": micro}`` for (stem, gold dict, dossier) triples."""
    from backchannel.evaluate import combine, score

    per = {stem: score(gold, json.loads(json.dumps(d.to_dict()))) for stem, gold, d in pairs}
    return {"files": per, "all": combine(list(per.values()))}


@pytest.fixture(scope="session")
def set_scores(nlp):
    """``set_scores(gold_dir, docs_dir)``: the micro scores of a set of reports beside the repository
    (every report with a gold file), as ``backchannel eval`` prints them; skips when the set is absent."""
    from backchannel.evaluate import combine, find_pairs, load_gold, score
    from backchannel.ingest import read_file
    from backchannel.model import to_json
    from backchannel.pipeline import extract

    def run(gold: Path, docs: Path) -> dict:
        if not gold.is_dir() or not docs.is_dir():
            pytest.skip(f"{gold.parent} is not here")
        results = []
        for g, c in find_pairs(gold, docs):
            item = next(iter(read_file(c)))
            pred = json.loads(to_json(extract(item.document, nlp(item.document.text))))
            results.append(score(load_gold(g), pred))
        return combine(results)

    return run


@pytest.fixture(scope="session")
def dev_scores(corpus_dossiers):
    """Scores of the corpus dossiers (parsed once per session) against ../shared/gold."""
    from backchannel.evaluate import load_gold

    gold = shared_path("gold")
    return _scores((stem, load_gold(gold / f"{stem}.json"), d)
                   for stem, d in corpus_dossiers.items() if (gold / f"{stem}.json").exists())


@pytest.fixture(scope="session")
def synthetic_scores(nlp):
    """Scores of the fixed synthetic reports against their gold (in the repo: never skips)."""
    from backchannel.evaluate import load_gold
    from backchannel.ingest import read_file
    from backchannel.pipeline import extract

    def run(stem):
        item = next(iter(read_file(SYNTHETIC / f"{stem}.txt")))
        return stem, load_gold(SYNTHETIC / "gold" / f"{stem}.json"), extract(item.document, nlp(item.document.text))

    return _scores(run(stem) for stem in SYNTHETIC_FILES)


#: Hostile text the corpus report must show as text (as test_report.NASTY for one report).
CORPUS_NASTY = '</script><script>alert(1)</script> "><img src=x onerror=alert(2)> <!-- &amp; \u2028'


@pytest.fixture(scope="session")
def example_corpus(nlp):
    """The invented reports of examples/corpus as a corpus dossier dict; the last one's title, outlet
    and a closing line of its text are hostile (CORPUS_NASTY)."""
    import io
    import json

    from backchannel.corpus_dossier import write_corpus
    from backchannel.ingest import read_file
    from backchannel.pipeline import extract

    dossiers = []
    for f in sorted((ROOT / "examples" / "corpus").glob("*.txt")):
        item = next(iter(read_file(f)))
        dossiers.append(extract(item.document, nlp(item.document.text)))
    doc = dossiers[-1].documents[0]
    doc.title, doc.source, doc.text = CORPUS_NASTY, CORPUS_NASTY, doc.text + "\n" + CORPUS_NASTY
    buf = io.StringIO()
    write_corpus(dossiers, buf)
    return json.loads(buf.getvalue())
