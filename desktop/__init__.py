"""The Qt window of Partnership Atlas. Reaches data only through `db.Store`.

One package per feature: `search`, `reader`, `comparison`, `notes`, `navigator`, `importing`,
`backups`; `shared` for what several of them use; `app` for start-up and the main window, the only
place that knows every feature and wires them together. Imports point one way: a feature imports
`db` and `desktop.shared`, never another feature and never `desktop.app`
(tests/test_import_rules.py holds this).
"""
