"""``--field NAME:TYPE`` specs: the columns of a new resource, parsed once into ``Field`` values.

The spec grammar is small on purpose (``title:string``, ``notes?:text``,
``status:enum(draft,published)``, ``categoryId:ref(categories)``,
``authorId:ref(users.email)``): anything else is a usage error (exit 2) that names the
spec and lists the types, so a typo never becomes a half-generated page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from create_refine_app.errors import UsageError

#: Every field type, in the order ``--help`` and errors list them.
FIELD_TYPES = (
    "string",
    "text",
    "number",
    "boolean",
    "date",
    "datetime",
    "enum(...)",
    "ref(resource)",
    "email",
    "url",
)
SIMPLE_TYPES = frozenset({"string", "text", "number", "boolean", "date", "datetime", "email", "url"})

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RESOURCE = re.compile(r"[a-z][a-z0-9-]*")
_ENUM_VALUE = re.compile(r"[A-Za-z0-9_-]+")
#: Names the generated code uses for itself: a field named so would clash.
_RESERVED = frozenset({"id", "constructor", "prototype", "__proto__"})


class FieldSpecError(UsageError):
    """A ``--field`` spec that does not parse (exit 2)."""


@dataclass(frozen=True)
class Field:
    """One field of a resource: its record key, its type, and what the type needs."""

    name: str
    kind: str  # one of SIMPLE_TYPES, "enum" or "ref"
    required: bool = True
    choices: tuple[str, ...] = ()  # enum values
    ref: str = ""  # referenced resource
    ref_label: str = "title"  # the referenced record's field shown for it

    @property
    def label(self) -> str:
        """What the page shows: ``categoryId`` → "Category", ``createdAt`` → "Created at"."""
        base = (
            self.name[:-2]
            if self.kind == "ref" and self.name.endswith("Id") and len(self.name) > 2
            else self.name
        )
        words = re.sub(r"(?<=[a-z0-9])([A-Z])", r" \1", base).replace("_", " ").split()
        text = " ".join(words).lower()
        return text[:1].upper() + text[1:]

    @property
    def sortable(self) -> bool:
        """Columns the list sorts on the server: plain values, not long text or references."""
        return self.kind not in {"text", "ref", "boolean"}


def _fail(spec: str, why: str) -> FieldSpecError:
    return FieldSpecError(
        f"--field '{spec}': {why}. A field is NAME:TYPE (NAME? for an optional one), TYPE one of "
        f"{', '.join(FIELD_TYPES)}; e.g. --field title:string --field 'status:enum(draft,published)' "
        "--field 'categoryId:ref(categories)'."
    )


def parse_field(spec: str) -> Field:
    """``"price:number"`` → ``Field("price", "number")``; a bad spec raises ``FieldSpecError``."""
    name, sep, type_ = spec.strip().partition(":")
    if not sep:
        raise _fail(spec, "no ':' between the name and the type")
    name, type_ = name.strip(), type_.strip()
    required = not name.endswith("?")
    name = name.rstrip("?")
    if not _NAME.fullmatch(name):
        raise _fail(spec, f"'{name}' is not a field name (letters, digits and _, not starting with a digit)")
    if name in _RESERVED:
        raise _fail(spec, f"'{name}' is reserved (every record has its own id)")
    if type_ in SIMPLE_TYPES:
        return Field(name, type_, required)
    head, paren, rest = type_.partition("(")
    if not paren or not rest.endswith(")"):
        raise _fail(spec, f"unknown type '{type_}'")
    args = rest[:-1].strip()
    if head == "enum":
        choices = tuple(value.strip() for value in args.split(","))
        if not args or not all(_ENUM_VALUE.fullmatch(value) for value in choices):
            raise _fail(spec, "enum(...) needs comma-separated values of letters, digits, _ and -")
        if len(set(choices)) != len(choices):
            raise _fail(spec, "enum(...) lists a value twice")
        return Field(name, "enum", required, choices=choices)
    if head == "ref":
        resource, dot, label = args.partition(".")
        if not _RESOURCE.fullmatch(resource):
            raise _fail(spec, "ref(...) needs a resource name such as ref(categories) or ref(users.email)")
        if dot and not _NAME.fullmatch(label):
            raise _fail(spec, f"'{label}' is not a field name of {resource}")
        return Field(name, "ref", required, ref=resource, ref_label=label or "title")
    raise _fail(spec, f"unknown type '{type_}'")


def parse_fields(specs: list[str]) -> list[Field]:
    """All ``--field`` values, in order; names must be unique."""
    fields = [parse_field(spec) for spec in specs]
    seen: set[str] = set()
    for spec, field in zip(specs, fields, strict=True):
        if field.name in seen:
            raise _fail(spec, f"the field '{field.name}' is given twice")
        seen.add(field.name)
    return fields
