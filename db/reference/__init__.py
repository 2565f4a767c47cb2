"""The reference store: a cache compiled from content packs, rebuilt whenever they change."""
