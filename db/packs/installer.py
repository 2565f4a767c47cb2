"""Install and remove a user's packs. Installing validates first; a newer version replaces atomically."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.errors import AtlasError, PackReplaceRefused
from db.packs.archive import write_archive
from db.packs.loader import load_pack
from db.packs.model import Pack, version_key
from db.packs.registry import installed_path
from db.packs.source import PackSource


@dataclass(frozen=True)
class InstallResult:
    pack: Pack
    action: str  # installed | updated | downgraded | unchanged | reinstalled
    previous_version: str | None = None


def install(location: Path, packs_dir: Path, current: dict[str, tuple[str, str, str]], *, force: bool = False) -> InstallResult:
    """`current` maps pack id to (version, fingerprint, origin) of what is available now."""
    pack = load_pack(location)
    existing = current.get(pack.id)
    action, previous = "installed", None
    if existing is not None:
        version, fingerprint, origin = existing
        previous = version
        where = "bundled with the application" if origin == "bundled" else "installed"
        if version_key(pack.version) > version_key(version):
            action = "updated"
        elif fingerprint == pack.fingerprint:
            return InstallResult(pack, "unchanged", previous)
        elif version_key(pack.version) < version_key(version):
            if origin == "bundled":
                # The cache always prefers the newer of a bundled and an installed copy.
                raise AtlasError(f"{location} has version {pack.version} of '{pack.id}', older than version {version} "
                                 "bundled with the application, which would stay in use; nothing was installed.")
            if not force:
                raise PackReplaceRefused(f"{location} has version {pack.version} of '{pack.id}', older than the installed "
                                         f"version {version}; nothing changed.", "Pass --force to go back to the older version.")
            action = "downgraded"
        elif force:
            action = "reinstalled"
        else:
            raise PackReplaceRefused(
                f"Pack '{pack.id}' version {version} is already {where}; {location} has version {pack.version} with "
                "different content.", "Raise the version in pack.yaml to update it, or pass --force to replace it anyway.")
    packs_dir.mkdir(parents=True, exist_ok=True)
    # The installed copy is rewritten on every import of a spreadsheet: written fast, not smallest.
    write_archive(PackSource.open(Path(location)), installed_path(packs_dir, pack.id), compresslevel=1)
    return InstallResult(pack, action, previous)


def remove(pack_id: str, packs_dir: Path, origins: dict[str, str]) -> Path:
    path = installed_path(packs_dir, pack_id)
    if path.is_file():
        path.unlink()
        return path
    if origins.get(pack_id) == "bundled":
        raise AtlasError(f"Pack '{pack_id}' is bundled with the application and cannot be removed.")
    known = ", ".join(sorted(origins)) or "none"
    raise AtlasError(f"No installed pack '{pack_id}'. Installed and bundled packs: {known}.")
