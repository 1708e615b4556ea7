"""The `jmap-desktop` command: opens the editor, or runs a headless subcommand."""
