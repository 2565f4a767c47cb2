"""Where the command line may write: each refusal names the path and says why."""
from __future__ import annotations

from pathlib import Path

from db.errors import AtlasError

STDOUT = "-"


def output_file(value: str, *, example: str = "out.txt", make_folder: bool = False, option: str = "-o",
                writes: dict[str, str] | None = None) -> Path:
    """A file path that can be written: not empty, not a folder, in a folder that exists
    (or, with `make_folder`, that the writer will create). `example` is a file name to suggest.

    `writes` maps each suffix the command writes to what it is ({".csv": "CSV"}): a name with another
    suffix is refused, so no file ever holds something other than its name says (text named .pdf)."""
    if not value.strip():
        raise AtlasError(f"the output path is empty; give a file name, e.g. {option} {example}")
    path = Path(value).expanduser()
    if writes is not None and path.suffix and path.suffix.lower() not in writes:
        kinds = ", ".join(f"{kind} ({suffix})" for suffix, kind in writes.items())
        advice = (" (a PDF: Export as PDF… in the window's comparison, or a brief that holds the saved comparison: "
                  "partnership-atlas brief export BRIEF -o FILE.pdf)") if path.suffix.lower() == ".pdf" and ".md" in writes else ""
        raise AtlasError(f"cannot write {path}: this command does not write {path.suffix} files; it writes {kinds}{advice}")
    if path.is_dir():
        raise AtlasError(f"cannot write {path}: it is a folder; give a file name, e.g. {option} {example}")
    if not path.parent.is_dir() and (path.parent.exists() or not make_folder):
        reason = "is not a folder" if path.parent.exists() else "does not exist"
        raise AtlasError(f"cannot write {path}: the folder {path.parent} {reason}")
    return path


def output_folder(value: str, *, example: str = "notes-export") -> Path:
    """A folder to write into (made if missing), refused if the path names a file."""
    if not value.strip():
        raise AtlasError(f"the output path is empty; give a folder name, e.g. -o {example}")
    path = Path(value).expanduser()
    if path.exists() and not path.is_dir():
        raise AtlasError(f"cannot write into {path}: it is a file, not a folder; give a folder name, e.g. -o {example}")
    return path


def write_text(path: Path, text: str, *, encoding: str = "utf-8", newline: str | None = None) -> None:
    try:
        path.write_text(text, encoding=encoding, newline=newline)
    except OSError as exc:
        raise AtlasError(f"cannot write {path}: {exc.strerror or exc}") from None
