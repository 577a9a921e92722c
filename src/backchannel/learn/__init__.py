"""Small learned parts beside the rules, trained on the annotated reports.

Why: seven rounds of per-construction rules lifted the reports they were
written on and barely moved reports nobody read (docs/history.md, rounds
1-12). A linear model over features of the parse and of the rules' own output
generalises across constructions the rules never saw, stays offline (its
weights are a JSON file inside the package) and costs a dictionary look-up per
feature. Training (``fit``, ``training``) is only run by the tools in
``benchmarks/``; inference needs only :mod:`.linear`.
"""
