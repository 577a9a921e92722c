"""``corpus stats``: what a store holds, in one query per figure."""

from __future__ import annotations

from typing import Any

from backchannel.store.schema import CROSS_TABLES, DOC_TABLES, SCHEMA_VERSION


def stats(con) -> dict[str, Any]:  # noqa: ANN001 - duckdb connection
    """Documents, outlets, date range, rows per table, errors, extractor versions."""
    from backchannel.store.version import extractor_version

    one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
    docs, outlets, first, last, chars = one(
        "SELECT count(*), count(DISTINCT source), CAST(min(published) AS VARCHAR), CAST(max(published) AS VARCHAR), "
        "coalesce(sum(length(text)), 0) FROM documents")
    current = extractor_version()
    versions = dict(con.execute("SELECT extractor_version, count(*) FROM documents GROUP BY ALL ORDER BY ALL").fetchall())
    by_outlet = con.execute("SELECT coalesce(source, '(unknown)'), count(*) FROM documents GROUP BY ALL "
                            "ORDER BY 2 DESC, 1 LIMIT 20").fetchall()
    errors = dict(con.execute("SELECT stage, count(*) FROM errors GROUP BY ALL ORDER BY ALL").fetchall())
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": docs,
        "characters": chars,
        "outlets": outlets,
        "by_outlet": [{"source": s, "documents": n} for s, n in by_outlet],
        "date_range": [first, last],
        "undated": one("SELECT count(*) FROM documents WHERE published IS NULL")[0],
        "counts": {t: one(f"SELECT count(*) FROM {t}")[0] for t in (*DOC_TABLES, *CROSS_TABLES)},
        "interaction_types": dict(con.execute("SELECT type, count(*) FROM interactions GROUP BY ALL "
                                              "ORDER BY 2 DESC, 1").fetchall()),
        "errors": sum(errors.values()),
        "errors_by_stage": errors,
        "extractor_versions": versions,
        "outdated": sum(n for v, n in versions.items() if v != current),
        "extractor_version": current,
        **copy_stats(con),
    }


def copy_stats(con) -> dict[str, Any]:  # noqa: ANN001
    """Syndicated copies (store/copies.py) and documents read from the web (issue 18)."""
    one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
    groups = con.execute(
        "SELECT c.original, o.source, count(*), list(DISTINCT coalesce(d.source, '(unknown)')) "
        "FROM copies c LEFT JOIN documents o ON o.id = c.original LEFT JOIN documents d ON d.id = c.doc "
        "GROUP BY ALL ORDER BY 3 DESC, 1 LIMIT 10").fetchall()
    return {"copies": one("SELECT count(*) FROM copies")[0],
            "originals_copied": one("SELECT count(DISTINCT original) FROM copies")[0],
            "copy_groups": [{"original": o, "source": src, "copies": n, "outlets": sorted(outlets)}
                            for o, src, n, outlets in groups],
            "web_documents": one("SELECT count(*) FROM web")[0],
            "feeds": one("SELECT count(DISTINCT feed) FROM web")[0]}


def render(s: dict[str, Any]) -> str:
    """The stats as plain lines for people."""
    lines = [f"documents   {s['documents']:,} ({s['characters']:,} characters)",
             f"outlets     {s['outlets']:,}" + (": " + ", ".join(f"{o['source']} ({o['documents']})"
                                                               for o in s["by_outlet"]) if s["by_outlet"] else ""),
             f"dates       {s['date_range'][0] or '-'} .. {s['date_range'][1] or '-'}"
             + (f" ({s['undated']} undated)" if s["undated"] else "")]
    for table, n in s["counts"].items():
        lines.append(f"{table:<16}{n:,}")
    if s["interaction_types"]:
        lines.append("types       " + ", ".join(f"{t} {n}" for t, n in s["interaction_types"].items()))
    lines.append(f"errors      {s['errors']:,}" + (" (" + ", ".join(f"{k or '?'} {v}" for k, v in
                                                              s["errors_by_stage"].items()) + ")" if s["errors"] else ""))
    if s["copies"]:
        lines.append(f"copies      {s['copies']:,} near-duplicates of {s['originals_copied']:,} originals: "
                     + "; ".join(f"{g['original']} ({g['source'] or '?'}) copied {g['copies']}x by "
                                 f"{', '.join(g['outlets'])}" for g in s["copy_groups"]))
    if s["web_documents"]:
        lines.append(f"web         {s['web_documents']:,} documents read from the web ({s['feeds']:,} feeds)")
    lines.append(f"extractor   {s['extractor_version']}"
                 + (f"; {s['outdated']:,} documents from an older one (run `corpus reanalyze`)" if s["outdated"] else ""))
    return "\n".join(lines)
