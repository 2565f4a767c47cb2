"""The user store: notes, highlights, bookmarks and saved comparisons. Precious, never rebuilt."""
