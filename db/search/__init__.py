"""Full-text search over the reference store and the user's notes."""
