"""The learned parts' base: the JSON linear model round-trips and the trainer learns a separable toy."""

from __future__ import annotations

import random
from pathlib import Path

from backchannel.learn.fit import fit
from backchannel.learn.linear import LinearModel, packaged
from backchannel.learn.training import leave_one_set_out, read_sets


def toy(n: int = 300, seed: int = 1) -> list[tuple[list[str], str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        label = rng.choice(["meet", "none", "agree"])
        cue = {"meet": "lemma=meet", "agree": "lemma=agree", "none": rng.choice(["lemma=say", "lemma=be"])}[label]
        out.append(([cue, f"noise={rng.randint(0, 9)}"], label))
    return out


def test_fit_learns_the_cue_of_each_label() -> None:
    model = fit(toy())
    assert model.best(["lemma=meet", "noise=3"])[0] == "meet"
    assert model.best(["lemma=agree"])[0] == "agree"
    assert model.best(["lemma=say"])[0] == "none"
    assert model.best(["lemma=meet"])[1] > 0.8


def test_unknown_features_score_only_the_bias() -> None:
    model = fit(toy())
    assert model.scores(["never-seen"]) == model.bias


def test_json_round_trip_keeps_the_decisions(tmp_path: Path) -> None:
    model = fit(toy())
    path = tmp_path / "m.json"
    model.save(path)
    again = LinearModel.load(path)
    for cue in ("lemma=meet", "lemma=agree", "lemma=be"):
        assert again.best([cue])[0] == model.best([cue])[0]


def test_fit_is_deterministic() -> None:
    assert fit(toy()).to_json() == fit(toy()).to_json()


def test_absent_packaged_model_is_none() -> None:
    assert packaged("no-such-model") is None


def test_read_sets_skips_absent_folders(tmp_path: Path) -> None:
    (tmp_path / "bench").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "d").mkdir()
    toml = tmp_path / "bench" / "sets.toml"
    toml.write_text('[[set]]\nname = "here"\ngold = "g"\ndocs = "d"\n[[set]]\nname = "gone"\ngold = "x"\ndocs = "y"\n')
    assert [name for name, _, _ in read_sets(toml)] == ["here"]


def test_leave_one_set_out_splits_by_set() -> None:
    class S:
        def __init__(self, s: str) -> None:
            self.set = s

    items = [S("a"), S("b"), S("a")]
    folds = {name: (len(tr), len(te)) for name, tr, te in leave_one_set_out(items)}  # type: ignore[arg-type]
    assert folds == {"a": (1, 2), "b": (2, 1)}
