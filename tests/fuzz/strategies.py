"""Strategies shared by the fuzz tests."""
from __future__ import annotations

from hypothesis import strategies as st

# YAML's syntax, the values it turns into Python objects (dates, numbers, sets, binary) and
# the constructs that exhaust naive parsers: anchors and aliases, merge keys, tags, nesting.
YAML_PIECES = (
    ": ", ":", "\n", "  ", "    ", "- ", "-", "[", "]", "{", "}", ", ", "? ", "|", ">", "#", "'", '"', "&a ", "*a", "&b ", "*b",
    "<<: ", "<<: *a", "!!str ", "!!int ", "!!float ", "!!binary ", "!!timestamp ", "!!set ", "!!omap ", "!!map ", "!!seq ",
    "!!python/object:os.system ", "!custom ", "~", "null", "yes", "no", "on", ".inf", ".nan", "0x_", "0o7", "0b2", "1_000",
    "190:20:30", "2001-02-30", "2001-12-14t21:59:43.10-05:00", "9" * 5000, "1e99999", "---", "...", "%YAML 1.1\n", "%TAG ! x\n",
    "\t", "\ufeff", "\x85", "\u2028", "\x00", "\x1b", "id", "title", "sources", "attributes", "funding", "value", "é", "🙂",
)
yaml_text = st.builds("".join, st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=6)), max_size=60))
