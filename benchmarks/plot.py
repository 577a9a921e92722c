"""The benchmark figure (matplotlib, no display): throughput, processes, cost vs length, memory."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def plot(res: dict, png: Path) -> None:
    fig, axes = plt.subplots(2, 2, figsize=(12, 8.5))
    (ax1, ax2), (ax3, ax4) = axes
    th, sc, gr, mem = (res.get(k) for k in ("throughput", "scaling", "growth", "memory"))

    if th:
        names = ["(a) spaCy\nnlp.pipe", "(b) backchannel\nparse+extract"]
        vals = [th["spacy"]["words_per_s"], th["backchannel"]["words_per_s"]]
        if th["textacy"].get("available"):
            names.append("(c) spaCy +\ntextacy quotes")
            vals.append(th["textacy"]["words_per_s"])
        bars = ax1.bar(names, vals, color=["#888888", "#1f77b4", "#ff7f0e"][:len(vals)])
        ax1.bar_label(bars, labels=[f"{v:,.0f}" for v in vals])
        ax1.axhline(0.7 * vals[0], ls="--", c="k", lw=0.8, label="goal: (b) ≥ 0.7 × (a)")
        ax1.set_ylabel("words / s (1 process)")
        ax1.set_title(f"Throughput on {th['documents']} articles, (b)/(a) = {th['ratio_from_parts']:.2f}")
        ax1.legend(loc="lower right")
    else:
        ax1.axis("off")

    if sc:
        rows = sc.get("rows") or [dict(v, processes=int(k), batch_size="?") for k, v in sc["by_processes"].items()]
        x = range(len(rows))
        w = 0.38
        ax2.bar([i - w / 2 for i in x], [r["spacy_words_per_s"] for r in rows], w, label="(a) spaCy", color="#888888")
        ax2.bar([i + w / 2 for i in x], [r["backchannel_words_per_s"] for r in rows], w, label="(b) backchannel",
                color="#1f77b4")
        ax2.set_xticks(list(x), [f"{r['processes']} proc.\nbatch {r['batch_size']}" for r in rows])
        ax2.set_ylabel("words / s (wall clock)")
        ax2.set_title("Processes and batch size")
        ax2.legend(loc="upper left", fontsize=8)
    else:
        ax2.axis("off")

    if gr:
        rows = gr["rows"]
        wds = [r["words"] for r in rows]
        ax3.loglog(wds, [r["parse_s"] for r in rows], "o-", c="#888888", label="parse (spaCy)")
        ax3.loglog(wds, [r["extract_s"] for r in rows], "o-", c="#1f77b4", label="extract (backchannel)")
        ref = next((r for r in rows if r["label"] == "median article"), rows[0])
        lo, hi = min(wds), max(wds)
        for key, c in (("parse_s", "#888888"), ("extract_s", "#1f77b4")):
            k = ref[key] / ref["words"]
            ax3.loglog([lo, hi], [k * lo, k * hi], ":", c=c, lw=0.9)
        for r in rows:
            ax3.annotate(r["label"], (r["words"], r["parse_s"]), textcoords="offset points", xytext=(4, 6), fontsize=8)
        ax3.set_xlabel("document length (words)")
        ax3.set_ylabel("seconds per document")
        ax3.set_title("Cost vs length (dotted: linear from the median article)")
        ax3.legend(loc="upper left")
    else:
        ax3.axis("off")

    if mem:
        rows = mem["rows"]
        big = next((r for r in rows if r.get("series")), None)
        multi = mem["processes"] > 1
        if big:
            t = [s[0] for s in big["series"]]
            if multi:
                ax4.plot(t, [s[1] for s in big["series"]], c="#aec7e8", label="RSS summed over processes")
                ax4.plot(t, [s[2] for s in big["series"]], c="#1f77b4", label="PSS, all processes")
            ax4.plot(t, [s[3] for s in big["series"]], c="#2ca02c", label="RSS" + (", main process" if multi else ""))
        key = "peak_pss_mb" if multi else "peak_rss_mb"
        ax4.text(0.02, 0.04, f"peak {'PSS' if multi else 'RSS'}: " + ", ".join(
            f"{r['documents']:,} docs {r[key]:.0f} MB" for r in rows), transform=ax4.transAxes, fontsize=8)
        ax4.set_ylim(bottom=0)
        ax4.set_xlabel("seconds into the run")
        ax4.set_ylabel("MB")
        ax4.set_title(f"Memory while streaming {big['documents'] if big else '':,} docs (--processes {mem['processes']})")
        ax4.legend(loc="lower right", bbox_to_anchor=(1, 0.08), fontsize=8)
    else:
        ax4.axis("off")

    m = res["machine"]
    fig.suptitle(f"backchannel benchmarks, {res['date']}: {m['cpu']}, {m['cores']} cores, "
                 f"Python {m['python']}, spaCy {m['spacy']}", fontsize=11)
    fig.tight_layout()
    png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png, dpi=110)
    plt.close(fig)
