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
from db.phrases import phrase


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
        if version_key(pack.version) > version_key(version):
            action = "updated"
        elif fingerprint == pack.fingerprint:
            return InstallResult(pack, "unchanged", previous)
        elif version_key(pack.version) < version_key(version):
            if origin == "bundled":
                # The cache always prefers the newer of a bundled and an installed copy.
                raise AtlasError(phrase("{location} has version {version} of '{id}', older than version {bundled} bundled with "
                                        "the application, which would stay in use; nothing was installed.", location=location,
                                        version=pack.version, id=pack.id, bundled=version))
            if not force:
                raise PackReplaceRefused(phrase("{location} has version {version} of '{id}', older than the installed version "
                                                "{installed}; nothing changed.", location=location, version=pack.version,
                                                id=pack.id, installed=version),
                                         phrase("Pass --force to go back to the older version."))
            action = "downgraded"
        elif force:
            action = "reinstalled"
        else:
            values = {"id": pack.id, "installed": version, "location": location, "version": pack.version}
            if origin == "bundled":
                reason = phrase("Pack '{id}' version {installed} is already bundled with the application; {location} has version "
                                "{version} with different content.", **values)
            else:
                reason = phrase("Pack '{id}' version {installed} is already installed; {location} has version {version} with "
                                "different content.", **values)
            raise PackReplaceRefused(reason, phrase("Raise the version in pack.yaml to update it, or pass --force to replace it "
                                                    "anyway."))
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
        raise AtlasError(phrase("Pack '{id}' is bundled with the application and cannot be removed.", id=pack_id))
    if not origins:
        raise AtlasError(phrase("No installed pack '{id}'. Installed and bundled packs: none.", id=pack_id))
    raise AtlasError(phrase("No installed pack '{id}'. Installed and bundled packs: {known}.", id=pack_id,
                            known=", ".join(sorted(origins))))
