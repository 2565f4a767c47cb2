"""Content packs: reading, validating, building and installing them."""
