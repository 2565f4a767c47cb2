"""Notes in step with the user's other devices from the window: the sync folder, syncing at start, every few
minutes and on demand. Imports db and desktop.shared only; the notes pane shows what a sync marks."""
