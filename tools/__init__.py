"""Tooling shared by the tasks, the tests and the benchmarks (not the site)."""
