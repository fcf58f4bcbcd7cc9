"""``add resource`` at a terminal without ``--field``: ask for the fields one by one.

Each line is checked as it is typed (the same parser as ``--field``), so a typo is fixed
in place; an empty line ends the list once there is a field.
"""

from __future__ import annotations

from create_refine_app.resources.fields import FIELD_TYPES, FieldSpecError, parse_field


def ask_fields(resource: str) -> list[str]:
    import questionary

    from create_refine_app.prompts import _fitted, _run

    specs: list[str] = []
    names: set[str] = set()

    def check(text: str) -> bool | str:
        if not text.strip():
            return True if specs else "Give at least one field, e.g. title:string."
        try:
            field = parse_field(text)
        except FieldSpecError as exc:
            return _fitted(exc.message)
        return _fitted(f"'{field.name}' is already a field.") if field.name in names else True

    print(f"Fields of {resource}: NAME:TYPE, TYPE one of {', '.join(FIELD_TYPES)}.")
    while True:
        text = _run(
            questionary.text(
                f"Field {len(specs) + 1} (empty line when done)" if specs else "Field 1 (e.g. title:string)",
                validate=check,
            )
        )
        if not str(text).strip():
            return specs
        specs.append(str(text).strip())
        names.add(parse_field(str(text)).name)
