"""The generated project a resource goes into: its answers, read from ``.copier-answers.yml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from create_refine_app.errors import UsageError
from create_refine_app.yamlfile import load_yaml_mapping

ANSWERS_FILE = ".copier-answers.yml"
#: The kits that have resource templates (templates/refine-nextjs/resource/<kit>/).
KITS = ("antd", "mui", "tailwind", "shadcn", "headless")
#: Data providers whose list/show/create calls take a new resource as it is (REST paths named
#: after the resource; with supabase, add resource also writes the table's SQL to run). The
#: others (strapi-v4, airtable, appwrite) need per-resource field mappings (relations, linked
#: records) and a collection defined on the service, which add resource does not write yet.
PLAIN_DATA = ("rest", "custom", "nestjsx-crud", "supabase")
#: Data providers whose resources need GraphQL documents: add resource writes them
#: (src/resources/<name>/documents.ts) and lists them in the provider's documents module.
GRAPHQL_DATA = ("nestjs-query", "graphql", "hasura")


@dataclass(frozen=True)
class Project:
    """The answers that decide which files a resource needs, and where the project is."""

    root: Path
    router: str
    routing: str
    ui: str
    data: str
    auth: str

    def answers(self) -> dict[str, str]:
        return {
            "router": self.router,
            "routing": self.routing,
            "ui": self.ui,
            "data": self.data,
            "auth": self.auth,
        }


def read_project(directory: Path) -> Project:
    """The project at ``directory``; not a refine-nextjs project, or a combination without
    resource templates yet, is a usage error naming what is missing."""
    answers_path = directory / ANSWERS_FILE
    if not answers_path.is_file():
        raise UsageError(
            f"{directory} has no {ANSWERS_FILE}: run `add resource` inside a project made by "
            "create-refine-app (or pass its directory: add resource NAME DIR)."
        )
    answers = load_yaml_mapping(answers_path, UsageError)
    missing = [
        key for key in ("router", "routing", "ui", "data", "auth") if not isinstance(answers.get(key), str)
    ]
    if missing:
        raise UsageError(
            f"{answers_path} does not answer {', '.join(missing)}: is this a refine-nextjs project?"
        )
    project = Project(
        root=directory,
        router=answers["router"],
        routing=answers["routing"],
        ui=answers["ui"],
        data=answers["data"],
        auth=answers["auth"],
    )
    if project.ui not in KITS:
        raise UsageError(
            f"add resource has no page templates for ui={project.ui} yet (it has: {', '.join(KITS)})."
        )
    supported = (*PLAIN_DATA, *GRAPHQL_DATA)
    if project.data not in supported:
        raise UsageError(
            f"add resource supports data={', '.join(supported)}; with data={project.data} the new "
            "resource also needs its table or collection on your service and its field mapping, "
            "which add resource does not write yet."
        )
    return project
