"""The application itself: start-up, the main window with its menus and layout, one instance per data folder, the self-test.

The only package that knows the features: it builds each one and wires them together by
signals and slots. It may import `db`, `desktop.shared` and every feature package; no
feature package imports it.
"""
