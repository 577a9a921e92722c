import json
import subprocess
import sys

from click.testing import CliRunner
from conftest import EXAMPLE, shared_path

from backchannel.cli import main


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_summary_lists_actors_and_claims():
    r = run("analyze", str(EXAMPLE))
    assert r.exit_code == 0, r.output
    assert "Actors" in r.output and "Claims" in r.output and "Witkoff" in r.output


def test_json_to_directory_named_after_input(tmp_path):
    r = run("analyze", str(EXAMPLE), "--format", "json", "-o", str(tmp_path))
    assert r.exit_code == 0, r.output
    d = json.loads((tmp_path / "edan-alexander-backchannel.json").read_text())
    assert d["documents"][0]["id"] == "edan-alexander-backchannel"
    assert d["actors"] and d["claims"]


def test_jsonl_input_streams_one_dossier_per_line_keeping_ids(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "n-1", "text": "Qatar said talks would resume."}) + "\n"
                 + json.dumps({"id": "n-2", "text": "The envoy told reporters that Egypt agreed."}) + "\n")
    r = run("analyze", str(f), "--format", "jsonl")
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines() if x.strip()]
    assert [x["documents"][0]["id"] for x in lines] == ["n-1", "n-2"]


def test_bad_documents_are_reported_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Egypt said the talks in Cairo would resume on Monday.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "backchannel.cli", "analyze", str(bad), str(good), str(empty),
                           "--format", "json", "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "bad.txt" in proc.stderr and "empty.txt" in proc.stderr and "2 of 3 documents failed" in proc.stderr
    assert (out / "good.json").exists()


def test_unknown_format_is_a_usage_error():
    r = CliRunner().invoke(main, ["analyze", str(EXAMPLE), "--format", "docx"])
    assert r.exit_code == 2 and "unknown format" in r.output


def test_eval_prints_table_on_shared_gold():
    gold, corpus = shared_path("gold"), shared_path("corpus")
    r = run("eval", str(gold), str(corpus))
    assert r.exit_code == 0, r.output
    assert "edan-alexander-backchannel" in r.output and "all (micro)" in r.output


def test_jsonl_to_file_and_stdin_input(tmp_path):
    target = tmp_path / "all.jsonl"
    r = run("analyze", "-", "--format", "jsonl", "-o", str(target),
            input="Egypt said on Monday that the talks would resume in Cairo.")
    assert r.exit_code == 0, r.output
    (line,) = target.read_text().splitlines()
    d = json.loads(line)
    assert d["documents"][0]["id"] == "stdin"
    assert d["documents"][0]["text"].startswith("Egypt said")


def test_eval_markdown_table():
    r = run("eval", "examples/synthetic/gold", "examples/synthetic", "--markdown")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].startswith("| file | actors F1 |") and lines[-1].startswith("| **all (micro)** |")


def test_eval_by_type_table():
    r = run("eval", "examples/synthetic/gold", "examples/synthetic", "--by-type")
    assert r.exit_code == 0, r.output
    assert "interactions by type" in r.output and "release" in r.output
