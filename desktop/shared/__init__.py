"""What several features show or use alike: store runners off the GUI thread, the safe text browser,
kind badges, links between entries, local times.

Imports `db` and Qt only, never a feature package, so any feature may use it.
"""
