"""Benchmarks (not tests): each measures newsagg against a baseline run in the same process."""
