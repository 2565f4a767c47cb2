"""Turn the files of a pack into a validated `Pack`, collecting every problem before failing."""
from __future__ import annotations

import hashlib
import json
import posixpath
from pathlib import Path
from typing import Any

from db.errors import PackError
from db.packs import schema, translations
from db.packs.comparison_attributes import read_attributes
from db.packs.linked_fields import check_citations, check_linked
from db.packs.model import Attribute, Entry, Link, Pack, changelog_problem
from db.packs.problems import Problem, did_you_mean
from db.packs.source import PackFile, PackSource
from db.packs.synonyms import read_synonyms
from db.packs.yamltext import LineMap, YamlSyntaxError, parse_yaml, split_front_matter
from db.phrases import Phrase, phrase

PACK_FILE = "pack.yaml"
CHANGELOG_FILE = "CHANGELOG.md"
BULK_SUFFIX = ".jsonl"
PACK_FIELDS = {"id", "title", "version", "language", "languages", "license", "authors", "description", "attributes", "synonyms"}


def load_pack(location: Path | str) -> Pack:
    """Read and validate the pack at `location` (folder, zip or .atlaspack); raise PackError."""
    source = PackSource.open(Path(location))
    return _PackBuilder(source).build()


def validate_pack(location: Path | str) -> list[Problem]:
    try:
        load_pack(location)
    except PackError as exc:
        return exc.problems
    return []


class _PackBuilder:
    def __init__(self, source: PackSource):
        self.source = source
        self.problems: list[Problem] = []
        self.pending_links: list[tuple[Entry, Link, LineMap, tuple, str]] = []
        self.attributes: dict[str, Attribute] = {}
        self.synonyms: list[tuple[str, ...]] = []
        self.entry_lines: dict[int, LineMap] = {}
        # Files that could not be read at all: links to them would only repeat their problem.
        self.unreadable: set[str] = set()
        # Entry files in another language (ID.LANG.md), attached to their originals once all are read.
        self.translation_files: list[tuple[PackFile, str, str, str]] = []
        # Sources cited by pack.yaml's attribute notes, checked once the entries are read.
        self.pack_citations: list[tuple[str, tuple]] = []
        self.pack_bad = None

    def build(self) -> Pack:
        files = self.source.files()
        digest = hashlib.sha256()
        by_path: dict[str, PackFile] = {}
        for pack_file in files:
            digest.update(pack_file.path.encode() + b"\0" + hashlib.sha256(pack_file.data).digest())
            by_path[pack_file.path] = pack_file
        meta, self.attributes = self._read_pack_yaml(by_path.get(PACK_FILE))
        changelog = self._read_changelog(by_path.get(CHANGELOG_FILE), meta.get("version"))
        entries = self._read_entries(files)
        if meta and "attributes" not in meta and any(entry.kind == "model" for entry in entries):
            self._problem(PACK_FILE, phrase("required field is missing (a pack with models needs the comparison attributes)"),
                          field="attributes")
        self._check_ids_and_links(entries)
        self._check_pack_citations(entries)
        languages = translations.read_languages(meta, self.pack_bad) if meta else []
        self._attach_translations(entries, languages)
        translated_meta = {language: self._read_translated_meta(by_path[name], language, languages)
                           for name in sorted(by_path) if (language := translations.translated_pack_language(name))}
        if self.problems:
            self.problems.sort(key=lambda p: (p.file != PACK_FILE, p.file, p.line or 0))
            raise PackError(self.source.describe, self.problems)
        return Pack(
            id=meta["id"],
            title=meta["title"],
            version=str(meta["version"]),
            language=meta["language"],
            license=str(meta.get("license") or ""),
            authors=[str(a) for a in meta.get("authors") or []],
            description=str(meta.get("description") or ""),
            attributes=sorted(self.attributes.values(), key=lambda a: a.order),
            entries=entries,
            fingerprint=digest.hexdigest(),
            synonyms=self.synonyms,
            changelog=changelog,
            languages=languages,
            translated_meta=translated_meta,
        )

    def _problem(self, file: str, message: str, line: int | None = None, field: str | None = None) -> None:
        self.problems.append(Problem(file=file, message=message, line=line, field=field))

    def _decode(self, pack_file: PackFile) -> str | None:
        try:
            return pack_file.data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = pack_file.data[: exc.start].count(b"\n") + 1
            self._problem(pack_file.path, phrase("not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8",
                                                 byte=f"{pack_file.data[exc.start]:02x}", offset=exc.start), line)
            return None

    def _read_pack_yaml(self, pack_file: PackFile | None) -> tuple[dict, dict[str, Attribute]]:
        if pack_file is None:
            self._problem(PACK_FILE, phrase("missing: every pack needs a pack.yaml at its root"))
            return {}, {}
        parsed = self._parse_yaml_file(pack_file)
        if parsed is None:
            return {}, {}
        meta, bad = parsed
        if not isinstance(meta, dict):
            self._problem(PACK_FILE, phrase("must be a mapping of field: value"), 1)
            return {}, {}

        check = schema.Check(bad)
        for name in ("id", "title", "version", "language"):
            if name not in meta:
                bad((name,), phrase("required field is missing"))
        if "id" in meta and not (isinstance(meta["id"], str) and schema.ID_PATTERN.match(meta["id"])):
            bad(("id",), phrase("must be lowercase letters, digits and hyphens"))
        if "title" in meta:
            schema.text(meta["title"], ("title",), check)
        if "language" in meta and not (isinstance(meta["language"], str) and schema.LANGUAGE_PATTERN.match(meta["language"])):
            bad(("language",), phrase("must be a language tag such as en, fr, ar or es-419"))
        if isinstance(meta.get("version"), float):
            bad(("version",), phrase("YAML reads {version} as a number, which can drop digits (1.10 becomes 1.1); put the "
                                     "version in quotes", version=repr(meta["version"])))
        elif "version" in meta and not schema.VERSION_PATTERN.match(str(meta["version"])):
            bad(("version",), phrase("must be dotted whole numbers such as 1.0.0"))
        for name in sorted(set(meta) - PACK_FIELDS, key=str):
            bad((name,), phrase("unknown field{hint}", hint=did_you_mean(name, PACK_FIELDS)))
        self.synonyms = read_synonyms(meta.get("synonyms"), bad)
        self.pack_bad = bad

        def cite(sources: Any, path: tuple) -> None:
            check_citations(sources, path, check, lambda source, at, *_: self.pack_citations.append((source, at)), required=True)

        return meta, read_attributes(meta.get("attributes"), bad, check, cite)

    def _read_changelog(self, pack_file: PackFile | None, version) -> str:
        """CHANGELOG.md beside pack.yaml, optional; when present it must say what its version changed."""
        text = self._decode(pack_file) if pack_file is not None else None
        problem = changelog_problem(text, version) if text is not None else None
        if problem:
            self._problem(CHANGELOG_FILE, problem)
        return (text or "").strip()

    def _read_entries(self, files: list[PackFile]) -> list[Entry]:
        entries = []
        for pack_file in files:
            parts = pack_file.path.split("/")  # paths are POSIX and normalised by the source
            if len(parts) < 2:
                continue  # pack.yaml, and any README or licence next to it
            if parts[0] not in schema.KIND_FOLDERS:
                if pack_file.path.endswith(".md"):
                    self._problem(pack_file.path, phrase("'{folder}' is not an entry folder{hint}; entry folders are {folders}",
                                                         folder=parts[0], hint=did_you_mean(parts[0], schema.KIND_FOLDERS),
                                                         folders=", ".join(schema.KIND_FOLDERS)))
                continue
            if len(parts) > 2:
                self._problem(pack_file.path, phrase("entry files must sit directly in {folder}/, not in a sub-folder",
                                                     folder=parts[0]))
                continue
            if parts[0] == "lessons" and parts[1].endswith(BULK_SUFFIX):
                entries += self._read_bulk_lessons(pack_file)
                continue
            if not parts[1].endswith(".md"):
                self._problem(pack_file.path, phrase("entry files must be Markdown files ending in .md (or, for lessons, "
                                                     "{suffix})", suffix=BULK_SUFFIX))
                continue
            translated = translations.TRANSLATION_NAME.match(parts[1])
            if translated:
                self.translation_files.append((pack_file, schema.KIND_FOLDERS[parts[0]], translated["id"], translated["language"]))
                continue
            entry = self._read_entry(pack_file, schema.KIND_FOLDERS[parts[0]])
            if entry is not None:
                entries.append(entry)
            else:
                self.unreadable.add(_stem(parts[1]))
        return entries

    def _read_entry(self, pack_file: PackFile, kind: str) -> Entry | None:
        text = self._decode(pack_file)
        if text is None:
            return None
        try:
            document = split_front_matter(text)
        except YamlSyntaxError as exc:
            self._problem(pack_file.path, exc.message, exc.line)
            return None
        return self._entry(pack_file.path, kind, schema.ENTRY_FIELDS[kind], document.data, document.body, document.lines, document.body_line)

    def _read_bulk_lessons(self, pack_file: PackFile) -> list[Entry]:
        """One lesson per line: the fields of a lesson file's front matter as a JSON object, plus `body`."""
        text = self._decode(pack_file)
        if text is None:
            return []
        fields = {**schema.COMMON, **schema.BULK_LESSON_FIELDS}
        entries = []
        for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except (ValueError, RecursionError) as exc:  # RecursionError: nested thousands of levels deep
                self._problem(pack_file.path, phrase("not a JSON object: {reason}", reason=str(exc)), number)
                continue
            if not isinstance(data, dict):
                self._problem(pack_file.path, phrase("each line must be one JSON object holding a lesson's fields and its body"),
                              number)
                continue
            body = data.pop("body", "")
            entry = self._entry(pack_file.path, "lesson", fields, data, body.strip() if isinstance(body, str) else "", _OneLine(number), number)
            if entry is not None:
                entries.append(entry)
        return entries

    def _entry(self, file: str, kind: str, fields: dict[str, schema.Field], data: dict, body: str, lines, body_line: int) -> Entry | None:
        def bad(path: tuple, message: str) -> None:
            self._problem(file, message, lines.line(*path), _dotted(path))

        check = schema.Check(bad)
        for name, spec in fields.items():
            if spec.required and name not in data:
                bad((name,), phrase("required field is missing ({a_kind} needs it)", a_kind=schema.A_KIND[kind]))
        for name in sorted(data.keys() - fields.keys(), key=str):  # YAML keys may be numbers too
            bad((name,), phrase("unknown field for {a_kind}{hint}", a_kind=schema.A_KIND[kind], hint=did_you_mean(name, fields)))
        entry_id = data.get("id")
        if "id" in data and not (isinstance(entry_id, str) and schema.ID_PATTERN.match(entry_id)):
            bad(("id",), phrase("must be lowercase letters, digits and hyphens"))
            entry_id = None
        if kind in schema.BODY_REQUIRED and not body:
            if file.endswith(BULK_SUFFIX):
                self._problem(file, phrase("{a_kind} needs a non-empty \"body\" in its line (its explanation)",
                                           a_kind=schema.A_KIND[kind]), body_line)
            else:
                self._problem(file, phrase("{a_kind} needs a Markdown body after the front matter (its explanation)",
                                           a_kind=schema.A_KIND[kind]), body_line)
        entry = Entry(kind=kind, id=entry_id or "", title=str(data.get("title", "")), fields=data, body=body, file=file)
        self.entry_lines[id(entry)] = lines
        for name, spec in fields.items():
            if name in data:
                self._check_field(entry, spec, data[name], (name,), check, lines)
        return entry if entry_id else None

    def _check_field(self, entry: Entry, spec: schema.Field, value: Any, path: tuple, check: schema.Check, lines: LineMap) -> None:
        if spec.validate is not None:
            spec.validate(value, path, check)
            return
        if spec.shape == "plain":
            return

        def link(target: Any, link_path: tuple, note: str = "", kind: str | None = spec.links_to, rel: str | None = spec.rel) -> None:
            if not isinstance(target, str) or not target:
                check.bad(link_path, phrase("must name {a_kind} by its id", a_kind=schema.A_KIND[kind]))
                return
            self.pending_links.append((entry, Link(rel, target, note), lines, link_path, kind))

        check_linked(spec, value, path, check, link, self.attributes)

    def _id_line(self, entry: Entry) -> int:
        return self.entry_lines[id(entry)].line("id")

    def _check_ids_and_links(self, entries: list[Entry]) -> None:
        by_id: dict[str, Entry] = {}
        for entry in entries:
            if entry.id in by_id:
                self._problem(entry.file, phrase("duplicate id '{id}' (also used by {file})", id=entry.id,
                                                 file=by_id[entry.id].file), self._id_line(entry), "id")
            else:
                by_id[entry.id] = entry
            if not entry.file.endswith(BULK_SUFFIX) and _stem(entry.file) != entry.id:
                self._problem(entry.file, phrase("id '{id}' does not match the file name; name the file {id}.md", id=entry.id),
                              self._id_line(entry), "id")
        for entry, link, lines, path, kind in self.pending_links:
            target = by_id.get(link.target)
            if target is None and link.target in self.unreadable:
                continue
            if target is None:
                candidates = [e.id for e in entries if e.kind == kind]
                self._problem(entry.file, phrase("links to '{target}', but no {kind} has that id{hint}", target=link.target,
                                                 kind=kind, hint=did_you_mean(link.target, candidates)),
                              lines.line(*path), _dotted(path))
            elif target.kind != kind:
                self._problem(entry.file, phrase("'{target}' is {a_kind}, not {expected}", target=link.target,
                                                 a_kind=schema.A_KIND[target.kind], expected=schema.A_KIND[kind]),
                              lines.line(*path), _dotted(path))
            else:
                entry.links.append(link)


    def _check_pack_citations(self, entries: list[Entry]) -> None:
        sources = {entry.id for entry in entries if entry.kind == "source"}
        for source, path in self.pack_citations:
            if not isinstance(source, str) or not source:
                self.pack_bad(path, phrase("must name a source by its id"))
            elif source not in sources and source not in self.unreadable:
                self.pack_bad(path, phrase("cites '{source}', but no source has that id{hint}", source=source,
                                           hint=did_you_mean(source, sources)))


    def _attach_translations(self, entries: list[Entry], languages: list[str]) -> None:
        by_kind_id = {(entry.kind, entry.id): entry for entry in entries}
        for pack_file, kind, entry_id, language in self.translation_files:
            original = by_kind_id.get((kind, entry_id))
            if language not in languages[1:]:
                self._problem(pack_file.path, _undeclared(language, languages[1:]))
                continue
            if original is None:
                self._problem(pack_file.path, phrase("translates '{id}', but there is no {kind} {id}.md to translate",
                                                     id=entry_id, kind=kind))
                continue
            links_before = len(self.pending_links)
            translation = self._read_entry(pack_file, kind)
            del self.pending_links[links_before:]  # its links are the original's, compared below
            if translation is None:
                continue
            if translation.id != original.id:
                self._problem(pack_file.path, phrase("has id '{id}'; a translation keeps its original's id, '{original}'",
                                                     id=translation.id, original=original.id), self._id_line(translation), "id")
                continue
            for difference in translations.differences(original, translation):
                self._problem(pack_file.path, difference)
            original.translations[language] = translation

    def _read_translated_meta(self, pack_file: PackFile, language: str, languages: list[str]) -> dict:
        """pack.LANG.yaml: the pack's title, description, attribute labels and synonyms in LANG."""
        parsed = self._parse_yaml_file(pack_file)
        return translations.check_translated_meta(parsed[0], language, languages, self.attributes, parsed[1]) if parsed else {}

    def _parse_yaml_file(self, pack_file: PackFile):
        """(the YAML's value, a `bad(path, message)` that reports at its line), or None if unreadable."""
        text = self._decode(pack_file)
        if text is None:
            return None
        try:
            meta, lines = parse_yaml(text)
        except YamlSyntaxError as exc:
            self._problem(pack_file.path, exc.message, exc.line)
            return None

        def bad(path: tuple, message: str) -> None:
            self._problem(pack_file.path, message, lines.line(*path) if path else 1, _dotted(path))

        return meta, bad


class _OneLine:
    """Every field of a lesson in a .jsonl file is on that lesson's line."""

    def __init__(self, number: int):
        self.number = number

    def line(self, *path: Any) -> int:
        return self.number


def _stem(path: str) -> str:
    """PurePosixPath(path).stem, without building a path object for each of 100,000 entries."""
    return posixpath.splitext(posixpath.basename(path))[0]


def _undeclared(language: str, others: list[str]) -> Phrase:
    """The problem of a translation into a `language` that pack.yaml does not list besides its own (`others`)."""
    if not others:
        return phrase("is in '{language}', which pack.yaml's languages do not list (other languages: none)", language=language)
    return phrase("is in '{language}', which pack.yaml's languages do not list (other languages: {others})", language=language,
                  others=", ".join(others))


def _dotted(path: tuple) -> str:
    return ".".join(str(part) for part in path)
