"""The `newsbeam` command: argument parsing, subcommands, exit codes."""
