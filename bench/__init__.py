"""Benchmarks for create-refine-app: the CLI against copier and the npm tool, the app against refine's.

Run ``python -m bench`` (see ``bench/README.md``). The benchmark is not a test: it prints
figures and ratios and exits 0 whatever they are; only a broken benchmark exits non-zero.
"""
