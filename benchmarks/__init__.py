"""Performance suite: ``python -m benchmarks [NAME ...] [--quick]``.

Each benchmark prints one JSON line per figure (name, value, unit, target); a full run
(without --quick) also rewrites docs/benchmarks.md with the figures, the command and the
machine they came from."""
