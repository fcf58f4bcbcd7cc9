"""What ``add resource`` writes: new files rendered from the kit's resource templates, and
one-line additions to the project's registration seams.

The templates live in ``templates/refine-nextjs/resource/``: ``<kit>/`` holds the views
(list, create, edit, form, show), ``app/`` and ``pages/`` the route files of each router,
``shared/`` the types, the server loaders and the reference-title hook. They are rendered
with Jinja (``trim_blocks`` and ``lstrip_blocks`` on, so a ``{% for %}`` line leaves no
blank line) and the resource model as ``r``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from create_refine_app.errors import UsageError
from create_refine_app.resources.fields import Field
from create_refine_app.resources.model import Resource
from create_refine_app.resources.project import Project
from create_refine_app.resources.seed import seed_records

#: The registration seams of a generated project: file, marker line, and what one line holds.
RESOURCES_SEAM = "src/resources/added.ts"
NAMES_SEAM = "src/resources/added-names.ts"
_MARKER = re.compile(r"^(\s*)// create-refine-app add resource: .*$", re.MULTILINE)
SEED_FILE = "mock/seed.json"
MOCK_DB = "mock/db.json"


@dataclass(frozen=True)
class Change:
    """A file to create (``created``) or an existing one to extend (``edited``), with its new text."""

    path: str
    text: str
    created: bool


def resource_templates_root() -> Path:
    """``templates/refine-nextjs/resource`` in the repo, or inside the installed wheel."""
    from create_refine_app.presets import bundled_templates_root

    return bundled_templates_root() / "refine-nextjs" / "resource"


def _ts_type(field: Field, resource: Resource) -> str:
    if field.kind in ("number",):
        return "number"
    if field.kind == "boolean":
        return "boolean"
    if field.kind == "ref":
        return "BaseKey"
    if field.kind == "enum":
        return f"{resource.one}{_pascal(field.name)}"
    return "string"


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def _constant(name: str) -> str:
    """``status`` → ``STATUS_VALUES``, ``paymentMethod`` → ``PAYMENT_METHOD_VALUES``."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).upper() + "_VALUES"


@cache
def _environment(root: Path) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(root),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters.update(ts_type=_ts_type, pascal=_pascal, constant=_constant)
    return env


def _render(template: str, resource: Resource) -> str:
    return str(_environment(resource_templates_root()).get_template(template).render(r=resource))


def _new_files(project: Project, resource: Resource) -> dict[str, str]:
    """Relative path → template, for this project's kit and router."""
    name = resource.name
    files = {
        f"src/resources/{name}/types.ts": "shared/types.ts.jinja",
        f"src/server/load-{name}.ts": "shared/loaders.ts.jinja",
    }
    for view in ("list", "create", "edit", "form", "show"):
        files[f"src/resources/{name}/{view}.tsx"] = f"{project.ui}/{view}.tsx.jinja"
    if project.router == "app":
        routes = {
            "list": "page.tsx",
            "create": "create/page.tsx",
            "edit": "edit/[id]/page.tsx",
            "show": "show/[id]/page.tsx",
        }
        for view, path in routes.items():
            files[f"app/(admin)/{name}/{path}"] = f"app/{view}.tsx.jinja"
    else:
        routes = {
            "list": "index.tsx",
            "create": "create.tsx",
            "edit": "edit/[id].tsx",
            "show": "show/[id].tsx",
        }
        for view, path in routes.items():
            files[f"pages/{name}/{path}"] = f"pages/{view}.tsx.jinja"
    return {path: template for path, template in files.items() if _offered(template, resource)}


def _offered(template: str, resource: Resource) -> bool:
    """No create or edit page (nor their shared form) for an operation the API lacks."""
    view = template.rsplit("/", 1)[-1].split(".", 1)[0]
    if view == "form":
        return resource.can_create or resource.can_edit
    return {"create": resource.can_create, "edit": resource.can_edit}.get(view, True)


def _insert_line(project: Project, seam: str, line: str, marker_index: int = 0) -> Change:
    path = project.root / seam
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    markers = list(_MARKER.finditer(text))
    if len(markers) <= marker_index:
        raise UsageError(
            f"{seam} has no '// create-refine-app add resource: …' marker line, so the new resource "
            "cannot be registered: the project predates `add resource` (run create-refine-app update) "
            "or the line was removed (put it back inside the list)."
        )
    start = markers[marker_index].start()
    return Change(seam, text[:start] + line + "\n" + text[start:], created=False)


def _registry_changes(project: Project, resource: Resource) -> list[Change]:
    n = resource.name
    create = f'create: "/{n}/create", ' if resource.can_create else ""
    edit = f'edit: "/{n}/edit/:id", ' if resource.can_edit else ""
    entry = (
        f'  {{ name: "{n}", list: "/{n}", {create}{edit}'
        f'show: "/{n}/show/:id", meta: {{ label: "{resource.many_label}", '
        f"canDelete: {str(resource.can_delete).lower()} }} }},"
    )
    names = f'  "{n}": ["{resource.one_label}", "{resource.many_label}"],'
    resources_text = (
        (project.root / RESOURCES_SEAM).read_text(encoding="utf-8")
        if (project.root / RESOURCES_SEAM).is_file()
        else ""
    )
    if f'name: "{n}"' in resources_text:
        raise UsageError(f"{RESOURCES_SEAM} already lists a resource named '{n}'; nothing was written.")
    return [_insert_line(project, RESOURCES_SEAM, entry), _insert_line(project, NAMES_SEAM, names)]


def _seed_changes(project: Project, resource: Resource) -> list[Change]:
    """With the bundled mock API: the records go into mock/seed.json (and the working copy)."""
    if project.data not in ("rest", "custom"):
        return []
    changes = []
    for relative in (SEED_FILE, MOCK_DB):
        path = project.root / relative
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{relative} is not readable JSON ({exc}); fix it or remove it first.") from None
        if not isinstance(data, dict):
            raise UsageError(f"{relative} must be a JSON object of collections.")
        if resource.name in data:
            if relative == MOCK_DB:
                continue  # the working copy keeps the user's data
            raise UsageError(f"{relative} already has a '{resource.name}' collection; nothing was written.")
        ref_ids = {
            field.ref: [
                record["id"]
                for record in data.get(field.ref, [])
                if isinstance(record, dict) and "id" in record
            ]
            for field in resource.refs
        }
        data[resource.name] = seed_records(resource, ref_ids)
        changes.append(Change(relative, json.dumps(data, indent=2, ensure_ascii=False) + "\n", created=False))
    return changes


def plan_resource(project: Project, resource: Resource) -> list[Change]:
    """Every change ``add resource`` makes; raises ``UsageError`` naming an existing file."""
    changes = [
        Change(path, _render(template, resource), created=True)
        for path, template in _new_files(project, resource).items()
    ]
    if resource.refs:
        hook = "src/lib/use-record-titles.ts"
        text = (resource_templates_root() / "shared" / "use-record-titles.ts").read_text(encoding="utf-8")
        existing = project.root / hook
        if not existing.is_file():
            changes.append(Change(hook, text, created=True))
        elif existing.read_text(encoding="utf-8") != text:
            raise UsageError(
                f"{hook} exists and differs from the one add resource writes; it is never overwritten."
            )
    taken = [change.path for change in changes if change.created and (project.root / change.path).exists()]
    if taken:
        raise UsageError(
            f"{', '.join(taken)} already exist{'s' if len(taken) == 1 else ''}: "
            "add resource never overwrites a file. "
            "Pick another resource name or remove them first; nothing was written."
        )
    return [*changes, *_registry_changes(project, resource), *_seed_changes(project, resource)]
