"""The process: CLI, one-off commands and the daemon; the only package that imports all others."""
