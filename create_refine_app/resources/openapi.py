"""``--openapi SPEC``: the collections of an OpenAPI 3.0/3.1 document as resources.

The document is parsed with PyYAML (JSON is YAML too), validated with
openapi-spec-validator, and walked through jsonschema-path's ``SchemaPath``, which follows
``$ref`` s as it goes, so no reference is resolved by hand here.

What becomes a resource (the REST shape ``@refinedev/simple-rest`` and json-server speak):

* ``/NAME`` whose GET answers an array, with a sibling ``/NAME/{param}`` that has a GET;
  ``NAME`` is the resource (plural, lowercase, ``-`` allowed) and its URL segment;
* a POST on ``/NAME`` gives the create page; PUT or PATCH on the item, the edit page;
  DELETE on the item, the delete buttons. What the spec lacks is not generated.

Fields come from the item GET's schema (else the list's items), ``allOf`` parts merged:
``integer``/``number`` → number, ``boolean``, ``string`` by ``format`` (``date``,
``date-time``, ``email``, ``uri``/``url``; ``textarea`` or ``maxLength`` ≥ 256 → text),
``enum`` → enum. A property is a reference to another collection when it carries
``x-refine-ref: NAME`` or is named ``<singular>Id`` for a collection in the spec
(``categoryId`` → categories); the referenced record is shown by its ``title``, ``name``
or first string field. ``id`` is every record's own key and never a field. Anything else
(``oneOf``/``anyOf``, nested objects, arrays, a ``category: {$ref: Category}`` object that
is not a foreign key) is skipped and listed in one warning block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from create_refine_app.errors import UsageError
from create_refine_app.resources.fields import Field
from create_refine_app.resources.model import Resource, singular

#: The vendor extension that names a property's referenced collection.
REF_HINT = "x-refine-ref"
_COLLECTION = re.compile(r"/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)")
_ITEM = re.compile(r"/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/\{[^}/]+\}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ENUM_VALUE = re.compile(r"[A-Za-z0-9_-]+")
_RESERVED = frozenset({"constructor", "prototype", "__proto__"})
_UNSUPPORTED = ("oneOf", "anyOf", "not")
_FORMATS = {"date": "date", "date-time": "datetime", "email": "email", "uri": "url", "url": "url"}


class OpenAPIError(UsageError):
    """A spec that cannot be read, parsed or validated (exit 2, with where it went wrong)."""


@dataclass
class ApiSpec:
    """What ``--openapi`` found: the resources, the server URL and what it had to skip."""

    resources: list[Resource]
    server_url: str | None
    warnings: list[str] = field(default_factory=list)

    def only(self, names: list[str]) -> ApiSpec:
        """``--only a,b``: those resources, in the spec's order; an unknown name is exit 2."""
        known = [resource.name for resource in self.resources]
        unknown = [name for name in names if name not in known]
        if unknown:
            raise UsageError(
                f"--only {','.join(unknown)}: not a collection of the spec (it has: {', '.join(known)})."
            )
        kept = [resource for resource in self.resources if resource.name in names]
        return ApiSpec(kept, self.server_url, self.warnings)


def load_spec(path: Path) -> ApiSpec:
    """Read, parse, validate and map ``path``; any failure is an ``OpenAPIError`` with a location."""
    document, text = _parse(path)
    _validate(path, document, text)
    return _Mapper(document).run()


def _parse(path: Path) -> tuple[dict[str, Any], str]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OpenAPIError(f"--openapi {path}: cannot read it ({exc}).") from None
    if text.lstrip().startswith("{"):  # JSON: its own parser, which is strict and says where
        import json

        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise OpenAPIError(
                f"--openapi {path}: does not parse at line {exc.lineno}, column {exc.colno}: {exc.msg}."
            ) from None
    try:
        document = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown location"
        raise OpenAPIError(
            f"--openapi {path}: does not parse at {where}: {exc.problem or exc.context}."
        ) from None
    except yaml.YAMLError as exc:
        raise OpenAPIError(f"--openapi {path}: does not parse: {exc}.") from None
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith(("3.0", "3.1")):
        raise OpenAPIError(
            f"--openapi {path}: not an OpenAPI 3.0 or 3.1 document (no 'openapi: 3.x' at the top)."
        )
    return document, text


def _validate(path: Path, document: dict[str, Any], text: str) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        keys = list(exc.absolute_path)
        shown = "/".join(str(key) for key in keys) or "(top level)"
        raise OpenAPIError(
            f"--openapi {path}: not a valid OpenAPI document at {_line_of(text, keys)}{shown}: {exc.message}."
        ) from None
    except Exception as exc:  # an unresolvable $ref surfaces as the resolver's own error
        raise OpenAPIError(f"--openapi {path}: not a valid OpenAPI document: {exc}.") from None


def _line_of(text: str, keys: list[Any]) -> str:
    """``line L, column C, `` of the node at ``keys`` (found by composing the YAML again)."""
    import yaml

    if not keys:
        return ""
    node: Any = yaml.compose(text)
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
        if node is None:
            return ""
    return f"line {node.start_mark.line + 1}, column {node.start_mark.column + 1}, "


@dataclass
class _Collection:
    name: str
    schema: Any  # a SchemaPath to the record's schema
    operations: frozenset[str]


class _Mapper:
    """One pass over ``paths``, then one over each collection's schema."""

    def __init__(self, document: dict[str, Any]) -> None:
        from jsonschema_path import SchemaPath

        self.document = document
        self.root = SchemaPath.from_dict(document)
        self.warnings: list[str] = []

    def run(self) -> ApiSpec:
        collections = list(self._collections())
        names = {c.name for c in collections}
        raw = [(c, list(self._fields(c, names))) for c in collections]
        labels = {c.name: _title_field(fields) for c, fields in raw}
        resources = []
        for collection, fields in raw:
            fields = [
                Field(f.name, f.kind, f.required, ref=f.ref, ref_label=labels.get(f.ref, "title"))
                if f.kind == "ref"
                else f
                for f in fields
            ]
            if not fields:
                self.warnings.append(f"{collection.name}: no supported field; the resource was skipped.")
                continue
            examples = tuple(self._examples(collection.schema, fields))
            resources.append(Resource(collection.name, tuple(fields), collection.operations, examples))
        servers = self.document.get("servers") or []
        url = servers[0].get("url") if servers and isinstance(servers[0], dict) else None
        if url and ("{" in url or not url.startswith(("http://", "https://"))):
            self.warnings.append(f"servers[0].url {url} is not an absolute URL; set API_URL by hand.")
            url = None
        return ApiSpec(resources, url, self.warnings)

    def _collections(self) -> Iterator[_Collection]:
        paths = self.document.get("paths") or {}
        items = {m.group(1): p for p in paths if (m := _ITEM.fullmatch(p))}
        for path, operations in paths.items():
            match = _COLLECTION.fullmatch(path)
            if not match or not isinstance(operations, dict) or "get" not in operations:
                if not match and not _ITEM.fullmatch(path) and "{" not in path and path.count("/") > 1:
                    self.warnings.append(
                        f"{path}: nested paths are not resources; put a common prefix in servers[0].url."
                    )
                continue
            name = match.group(1)
            listing = self._response_schema(self.root / "paths" / path / "get")
            if listing is None or _read(listing).get("type") != "array":
                self.warnings.append(f"GET {path} does not answer a JSON array; it is not a collection.")
                continue
            item_path = items.get(name)
            item_ops = paths.get(item_path, {}) if item_path else {}
            if not item_path or "get" not in item_ops:
                self.warnings.append(f"{path}: no GET {path}/{{id}}, so no show/edit page; skipped.")
                continue
            if singular(name) == name:
                self.warnings.append(f"{path}: '{name}' is not a plural name; skipped.")
                continue
            schema = self._response_schema(self.root / "paths" / item_path / "get") or listing / "items"
            ops = {"create"} if "post" in operations else set()
            ops |= {"edit"} if {"put", "patch"} & set(item_ops) else set()
            ops |= {"delete"} if "delete" in item_ops else set()
            yield _Collection(name, schema, frozenset(ops))

    def _response_schema(self, operation: Any) -> Any | None:
        responses = operation / "responses"
        for status in sorted(str(key) for key in _read(responses)):
            if not status.startswith("2"):
                continue
            content = responses / status / "content"
            if not content.exists():
                continue
            for media in _read(content):
                if "json" in str(media) and (content / media / "schema").exists():
                    return content / media / "schema"
        return None

    def _properties(self, schema: Any, where: str | None) -> Iterator[tuple[str, Any, bool]]:
        """(name, SchemaPath, required) of an object schema, ``allOf`` parts in order;
        ``where`` names it in warnings (``None``: a second pass, already warned about)."""
        node = _read(schema)
        for keyword in _UNSUPPORTED:
            if keyword in node and where is not None:
                self.warnings.append(f"{where}: {keyword} is not supported; its properties were skipped.")
        for index in range(len(node.get("allOf", []))):
            yield from self._properties(schema / "allOf" / index, where)
        required = set(node.get("required", []))
        if "properties" in node:
            for name in _read(schema / "properties"):
                yield str(name), schema / "properties" / name, name in required

    def _fields(self, collection: _Collection, names: set[str]) -> Iterator[Field]:
        """A property named in several ``allOf`` parts: the last schema, required if any part says so."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        for name, prop, needed in self._properties(collection.schema, collection.name):
            props[name] = prop
            required |= {name} if needed else set()
        for name, prop in props.items():
            made = self._field(collection.name, name, prop, name in required, names)
            if made is not None:
                yield made

    def _field(self, owner: str, name: str, prop: Any, required: bool, names: set[str]) -> Field | None:
        node = _read(prop)
        where = f"{owner}.{name}"
        if name == "id":
            return None
        if not _NAME.fullmatch(name) or name in _RESERVED:
            self.warnings.append(f"{where}: not usable as a field name; skipped.")
            return None
        for keyword in _UNSUPPORTED:
            if keyword in node:
                self.warnings.append(f"{where}: {keyword} is not supported; skipped.")
                return None
        types = node.get("type")
        if isinstance(types, list):  # 3.1: ["string", "null"]
            required = required and "null" not in types
            types = next((t for t in types if t != "null"), None)
        required = required and not node.get("nullable", False)
        hinted = node.get(REF_HINT)
        if isinstance(hinted, str):
            if hinted in names:
                return Field(name, "ref", required, ref=hinted)
            self.warnings.append(f"{where}: {REF_HINT}: {hinted} is not a collection of the spec; skipped.")
            return None
        if types == "object" or "properties" in node or "allOf" in node:
            self.warnings.append(
                f"{where}: nested objects are not supported (a reference to another collection is a "
                f"foreign key such as brandId, or a property marked {REF_HINT}); skipped."
            )
            return None
        if types == "array":
            self.warnings.append(f"{where}: arrays are not supported; skipped.")
            return None
        if "enum" in node:
            values = tuple(str(v) for v in node["enum"] if v is not None)
            if values and all(_ENUM_VALUE.fullmatch(v) for v in values) and len(set(values)) == len(values):
                return Field(name, "enum", required, choices=values)
            self.warnings.append(f"{where}: enum values that are not plain words; taken as a string.")
        target = _foreign_key(name, names)
        if target and types in ("integer", "number", "string"):
            return Field(name, "ref", required, ref=target)
        if types in ("integer", "number"):
            return Field(name, "number", required)
        if types == "boolean":
            return Field(name, "boolean", required)
        if types == "string":
            fmt = node.get("format")
            if fmt in _FORMATS:
                return Field(name, _FORMATS[fmt], required)
            if fmt == "textarea" or int(node.get("maxLength", 0)) >= 256:
                return Field(name, "text", required)
            return Field(name, "string", required)
        self.warnings.append(f"{where}: no type given; skipped.")
        return None

    def _examples(self, schema: Any, fields: list[Field]) -> Iterator[tuple[str, object]]:
        """The schema's ``example`` (whole record) or each property's, where they fit the field."""
        whole = _read(schema).get("example")
        by_name = {f.name: f for f in fields}
        values: dict[str, Any] = dict(whole) if isinstance(whole, dict) else {}
        for name, prop, _ in self._properties(schema, None):
            node = _read(prop)
            if name in by_name and "example" in node and name not in values:
                values[name] = node["example"]
        for name, value in values.items():
            f = by_name.get(name)
            if f is not None and f.kind != "ref" and _fits(f, value):
                yield name, value


def _read(path: Any) -> dict[str, Any]:
    value = path.read_value()
    return value if isinstance(value, dict) else {}


def _foreign_key(name: str, names: set[str]) -> str | None:
    """``categoryId`` / ``category_id`` → ``categories`` when the spec has that collection."""
    match = re.fullmatch(r"([a-z][A-Za-z0-9]*?)(?:Id|_id)", name)
    if not match:
        return None
    stem = re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", match.group(1)).lower()
    return next((n for n in sorted(names) if singular(n) == stem), None)


def _title_field(fields: list[Field]) -> str:
    strings = [f.name for f in fields if f.kind in ("string", "email")]
    return next((n for n in ("title", "name", "label") if n in strings), strings[0] if strings else "id")


def _fits(f: Field, value: object) -> bool:
    if f.kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if f.kind == "boolean":
        return isinstance(value, bool)
    if f.kind == "enum":
        return value in f.choices
    return isinstance(value, str)


def warning_block(spec: Path, warnings: list[str]) -> str:
    """All of the spec's skipped constructs as one block (printed once, on stderr)."""
    lines = [f"--openapi {spec}: {len(warnings)} construct(s) not generated:"]
    return "\n".join([*lines, *(f"  - {w}" for w in warnings)])
