"""Side-by-side comparison of partnership models on a pack's declared attributes."""
