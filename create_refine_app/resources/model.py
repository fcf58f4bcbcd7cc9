"""A resource to add: its names in every spelling the generated code needs, and its fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

from create_refine_app.errors import UsageError
from create_refine_app.resources.fields import Field

_RESOURCE_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


def singular(plural: str) -> str:
    """English enough for resource names: categories → category, boxes → box, products → product."""
    if plural.endswith("ies") and len(plural) > 3:
        return plural[:-3] + "y"
    if re.search(r"(s|x|z|ch|sh)es$", plural):
        return plural[:-2]
    if plural.endswith("s") and not plural.endswith("ss"):
        return plural[:-1]
    return plural


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("-"))


@dataclass(frozen=True)
class Resource:
    """``products`` with its fields; the properties are the identifiers the templates use."""

    name: str
    fields: tuple[Field, ...]
    #: Which of create/edit/delete the API offers (``--openapi``: only those the spec has).
    operations: frozenset[str] = frozenset({"create", "edit", "delete"})
    #: Example values for the first seed record (``--openapi``: the schema's examples).
    examples: tuple[tuple[str, object], ...] = ()

    @property
    def can_create(self) -> bool:
        return "create" in self.operations

    @property
    def can_edit(self) -> bool:
        return "edit" in self.operations

    @property
    def can_delete(self) -> bool:
        return "delete" in self.operations

    @property
    def one(self) -> str:
        """ "Product": titles and the component prefix."""
        return _pascal(singular(self.name))

    @property
    def one_label(self) -> str:
        return singular(self.name).replace("-", " ").capitalize()

    @property
    def many_label(self) -> str:
        return self.name.replace("-", " ").capitalize()

    @property
    def camel(self) -> str:
        """ "products" / "blogPosts": variable names."""
        pascal = _pascal(self.name)
        return pascal[:1].lower() + pascal[1:]

    @property
    def type_name(self) -> str:
        """The record interface, as src/types.ts names them: IProduct."""
        return f"I{self.one}"

    @property
    def refs(self) -> tuple[Field, ...]:
        return tuple(field for field in self.fields if field.kind == "ref")

    @property
    def enums(self) -> tuple[Field, ...]:
        return tuple(field for field in self.fields if field.kind == "enum")

    def has(self, *kinds: str) -> bool:
        """Whether any field is of one of ``kinds`` (the templates import only what they use)."""
        return any(field.kind in kinds for field in self.fields)


def make_resource(name: str, fields: list[Field]) -> Resource:
    """Checks the name (a URL segment and an identifier stem) and that there is a field."""
    if not _RESOURCE_NAME.fullmatch(name):
        raise UsageError(
            f"'{name}' is not a resource name: use lowercase letters, digits and '-', starting with a "
            "letter, in the plural (products, blog-posts)."
        )
    if singular(name) == name:
        raise UsageError(f"'{name}' should be plural (the list page's URL and title): e.g. '{name}s'.")
    if not fields:
        raise UsageError(
            f"Resource '{name}' needs at least one --field NAME:TYPE (e.g. --field title:string)."
        )
    return Resource(name, tuple(fields))
