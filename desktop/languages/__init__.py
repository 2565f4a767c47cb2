"""The window's languages: which one it speaks and setting Qt up for it, View > Language, the
translation catalogues. `tr()` for texts outside a class is desktop.shared.translate."""
