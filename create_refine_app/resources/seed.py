"""Deterministic mock records for a new resource (``data=rest`` / ``custom``: mock/seed.json).

The same resource and fields always give the same records (a ``random.Random`` seeded
with the resource's name), so tests and screenshots are stable. Values are spread so
that sorting by any column reorders the rows, and a second page exists.
"""

from __future__ import annotations

import random
from typing import Any

from create_refine_app.resources.model import Resource

RECORDS = 24
_WORDS = (
    "amber", "birch", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "iris", "juniper",
    "kestrel", "lumen", "maple", "nova", "onyx", "prairie", "quartz", "ridge", "sierra", "tundra",
)  # fmt: skip


def seed_records(resource: Resource, ref_ids: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """``RECORDS`` records with ids 1..n; a ref takes its ids from ``ref_ids`` (else 1..5)."""
    rng = random.Random(resource.name)
    records = []
    for index in range(1, RECORDS + 1):
        record: dict[str, Any] = {"id": index}
        for field in resource.fields:
            record[field.name] = _value(
                field.kind, field.name, index, rng, field.choices, ref_ids.get(field.ref)
            )
        if index == 1:
            record.update(resource.examples)  # the API's own example values come first
        records.append(record)
    return records


def _value(
    kind: str, name: str, index: int, rng: random.Random, choices: tuple[str, ...], refs: list[Any] | None
) -> Any:
    word = rng.choice(_WORDS)
    if kind == "string":
        return f"{word.capitalize()} {name} {index}"
    if kind == "text":
        return f"The {word} {name} of record {index}: a longer text, written by the seed."
    if kind == "number":
        return rng.randrange(100, 100_000) / 100
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "date":
        return f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    if kind == "datetime":
        day = f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        return f"{day}T{rng.randrange(0, 24):02d}:{rng.choice((0, 15, 30, 45)):02d}:00.000Z"
    if kind == "email":
        return f"{word}.{index}@example.com"
    if kind == "url":
        return f"https://example.com/{word}/{index}"
    if kind == "enum":
        return choices[index % len(choices)]
    if kind == "ref":
        ids = refs or [1, 2, 3, 4, 5]
        return ids[rng.randrange(len(ids))]
    raise AssertionError(kind)
