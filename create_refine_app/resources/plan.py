"""What ``add resource`` writes: new files rendered from the kit's resource templates, and
one-line additions to the project's registration seams.

The templates live in ``templates/refine-nextjs/resource/``: ``<kit>/`` holds the views
(list, create, edit, form, show; ``table/`` the list of the TanStack Table kits), ``app/``
and ``pages/`` the route files of each router (routing=files; with routing=catch-all the
one ``[[...refine]]`` route gets import and entry lines instead), ``shared/`` the types,
the server loaders and the reference-title hook. They are rendered with Jinja
(``trim_blocks`` and ``lstrip_blocks`` on, so a ``{% for %}`` line leaves no blank line),
the resource model as ``r``, the kit as ``kit`` and the project's ``data`` and ``auth``
(with auth=supabase, a table's policies admit signed-in users only, as the samples').
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
#: The catch-all route of each router, and the App Router's list of its paths.
CATCH_ALL_ROUTES = {"app": "app/(admin)/[[...refine]]/page.tsx", "pages": "pages/[[...refine]].tsx"}
REFINE_ROUTE_PATHS = "src/server/refine-route.ts"
_VIEWS = ("Create", "Edit", "List", "Show")
#: The module of each GraphQL data value that maps a resource to its documents (the new
#: resource's own are in src/resources/<name>/documents.ts).
GRAPHQL_DOCUMENTS = {
    "nestjs-query": "src/providers/graphql-documents.ts",
    "graphql": "src/providers/graphql-documents.ts",
    "hasura": "src/providers/hasura-documents.ts",
}
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


def _render(template: str, resource: Resource, project: Project) -> str:
    environment = _environment(resource_templates_root())
    return str(
        environment.get_template(template).render(
            r=resource, kit=project.ui, data=project.data, auth=project.auth
        )
    )


#: Kits whose lists are TanStack tables: their sample lists are one shared file, so is the
#: resource list (``table/list.tsx.jinja``); their other views differ in primitives.
TABLE_KITS = ("tailwind", "shadcn", "headless")


def _view_template(kit: str, view: str) -> str:
    folder = "table" if view == "list" and kit in TABLE_KITS else kit
    return f"{folder}/{view}.tsx.jinja"


def _new_files(project: Project, resource: Resource) -> dict[str, str]:
    """Relative path → template, for this project's kit and router."""
    name = resource.name
    files = {
        f"src/resources/{name}/types.ts": "shared/types.ts.jinja",
        f"src/server/load-{name}.ts": "shared/loaders.ts.jinja",
    }
    if project.data in GRAPHQL_DOCUMENTS:
        files[f"src/resources/{name}/documents.ts"] = "shared/documents.ts.jinja"
    if project.data == "supabase":  # the table, to run on the user's project (like supabase/schema.sql)
        files[f"supabase/{name}.sql"] = "shared/supabase.sql.jinja"
    for view in ("list", "create", "edit", "form", "show"):
        files[f"src/resources/{name}/{view}.tsx"] = _view_template(project.ui, view)
    if project.routing == "catch-all":
        pass  # no route files: the one [[...refine]] route lists the pages (_catch_all_changes)
    elif project.router == "app":
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


def _insert_lines(project: Project, seam: str, lines_by_marker: dict[str, list[str]]) -> Change:
    """``seam`` with each group of lines inserted above its marker line: the marker whose text
    holds the key (``// create-refine-app add resource: imports above this line`` for "imports")."""
    path = project.root / seam
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    for word, lines in lines_by_marker.items():
        marker = next((m for m in _MARKER.finditer(text) if word in m.group(0)), None)
        if marker is None:
            raise UsageError(
                f"{seam} has no '// create-refine-app add resource: {word} above this line' marker line, "
                "so the new resource cannot be registered: the project predates `add resource` (run "
                "create-refine-app update) or the line was removed (put it back where the list ends)."
            )
        start = marker.start()
        text = text[:start] + "".join(line + "\n" for line in lines) + text[start:]
    return Change(seam, text, created=False)


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
    changes = [
        _insert_lines(project, RESOURCES_SEAM, {"entries": [entry]}),
        _insert_lines(project, NAMES_SEAM, {"names": [names]}),
    ]
    if project.routing == "catch-all":
        changes += _catch_all_changes(project, resource)
    if project.data in GRAPHQL_DOCUMENTS:
        documents = f"{resource.camel}Documents"
        changes.append(
            _insert_lines(
                project,
                GRAPHQL_DOCUMENTS[project.data],
                {
                    "imports": [f'import {{ {documents} }} from "@/resources/{n}/documents";'],
                    "documents": [f'  "{n}": {documents},'],
                },
            )
        )
    return changes


def _catch_all_changes(project: Project, resource: Resource) -> list[Change]:
    """The one ``[[...refine]]`` route imports the four views and lists their paths, each with
    its server loader, as the sample resources are; the App Router's path list (which the
    proxy also reads) is in ``src/server/refine-route.ts``."""
    n, one = resource.name, resource.one
    views = [view for view in _VIEWS if _offered(view.lower(), resource)]
    imports = [f'import {{ {one}{view} }} from "@/resources/{n}/{view.lower()}";' for view in views]
    imports.append(f'import {{ load{one}List, load{one}Show }} from "@/server/load-{n}";')
    entries = {
        "List": (n, f"entry({one}List, ({{ url }}) => load{one}List(url))"),
        "Create": (f"{n}/create", f"entry({one}Create)"),
        "Edit": (f"{n}/edit/:id", f"entry({one}Edit)"),
        "Show": (f"{n}/show/:id", f"entry({one}Show, ({{ id }}) => load{one}Show(id))"),
    }
    in_route_order = [view for view in entries if view in views]
    route = CATCH_ALL_ROUTES[project.router]
    if project.router == "pages":
        # The views and the loaders apart: only getServerSideProps reads the loaders, so the
        # browser's bundle leaves them (and the server code they import) out.
        pages = [f'  "{entries[view][0]}": {one}{view},' for view in in_route_order]
        loaders = [
            f'  "{entries[view][0]}": loader{entries[view][1].removeprefix("entry")},'
            for view in in_route_order
            if view in ("List", "Show")
        ]
        return [_insert_lines(project, route, {"imports": imports, "pages": pages, "loaders": loaders})]
    # The App Router: one map of views and loaders (a server component), and the path list.
    pages = [f'  "{entries[view][0]}": {entries[view][1]},' for view in in_route_order]
    paths = [f'  "{entries[view][0]}",' for view in in_route_order]
    return [
        _insert_lines(project, route, {"imports": imports, "pages": pages}),
        _insert_lines(project, REFINE_ROUTE_PATHS, {"paths": paths}),
    ]


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
    if project.data in GRAPHQL_DOCUMENTS and "-" in resource.name:
        raise UsageError(
            f"With data={project.data}, refine's provider names the GraphQL fields and inputs after "
            f"the resource ('{resource.name}' would give invalid ones): use a name without '-' "
            f"(e.g. '{resource.name.replace('-', '')}'); nothing was written."
        )
    changes = [
        Change(path, _render(template, resource, project), created=True)
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
