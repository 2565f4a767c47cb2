"""YAML documents and Markdown front matter, with the line of each field kept for messages."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


@dataclass
class LineMap:
    """Finds the line of a field path such as ("attributes", "funding", "value").

    The YAML is composed a second time only when a message needs a line, so valid files
    (almost all of them) are parsed once by the fast loader.
    """

    text: str
    first_line: int
    _lines: dict[tuple, int] | None = field(default=None, repr=False)

    def line(self, *path: Any) -> int:
        if self._lines is None:
            self._lines = {}
            node = yaml.compose(self.text, Loader=_Loader)
            if node is not None:
                self._walk(node, ())
        for depth in range(len(path), 0, -1):
            found = self._lines.get(tuple(path[:depth]))
            if found is not None:
                return found
        return self.first_line

    def _walk(self, node: yaml.Node, path: tuple) -> None:
        self._lines[path] = node.start_mark.line + self.first_line
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = path + (key.value,)
                self._lines[child] = key.start_mark.line + self.first_line
                self._walk_value(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, path + (index,))

    def _walk_value(self, node: yaml.Node, path: tuple) -> None:
        line = self._lines[path]
        self._walk(node, path)
        self._lines[path] = line


def parse_yaml(text: str, *, first_line: int = 1) -> tuple[Any, LineMap]:
    """Parse one YAML document; syntax errors carry the line they were found on."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        raise YamlSyntaxError(f"YAML syntax error: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"YAML error: {exc}", None) from None
    return data, LineMap(text, first_line)


def parse_json_front(text: str) -> tuple[Any, LineMap]:
    """Front matter written as one JSON object (which is also YAML) parses far faster.

    Generated packs (spreadsheet imports, 100,000 lessons) use it; anything that is not valid
    JSON is read as YAML, which reports the line of a problem.
    """
    try:
        return json.loads(text), LineMap(text, 2)
    except ValueError:
        return parse_yaml(text, first_line=2)


@dataclass
class FrontMatterDocument:
    data: dict
    body: str
    lines: LineMap
    body_line: int


def split_front_matter(text: str) -> FrontMatterDocument:
    """Split `---` YAML front matter from the Markdown body that follows it."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise YamlSyntaxError("the file must start with a '---' line opening the YAML front matter", 1)
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            break
    else:
        raise YamlSyntaxError("the front matter is never closed by a second '---' line", 1)
    front = "".join(lines[1:index])
    data, line_map = parse_json_front(front) if front.lstrip().startswith("{") else parse_yaml(front, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise YamlSyntaxError("the front matter must be a mapping of field: value", 2)
    return FrontMatterDocument(data=data, body="".join(lines[index + 1 :]).strip(), lines=line_map, body_line=index + 2)
