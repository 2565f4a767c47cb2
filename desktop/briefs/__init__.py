"""The Brief view (a tab beside Reader and Comparison): a brief's heading, its items to reorder and comment, the
whole brief as it will read; and the brief drawn as a Qt text document for PDF, OpenDocument and printing.
Imports db and desktop.shared only; desktop/app wires it to the other views."""
