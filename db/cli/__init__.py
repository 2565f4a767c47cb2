"""The headless command line: `partnership-atlas <subcommand>`. Never imports Qt."""
