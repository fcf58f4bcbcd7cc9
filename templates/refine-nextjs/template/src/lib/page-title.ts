import { APP_TITLE } from "@/config";
import { addedNames } from "@/resources/added-names";

export type PageAction = "list" | "create" | "edit" | "show";

/** Singular and plural names of each resource, for titles. */
const NAMES: Record<string, [one: string, many: string]> = {
  posts: ["Post", "Posts"],
  categories: ["Category", "Categories"],
  users: ["User", "Users"],
  dashboard: ["Dashboard", "Dashboard"],
  about: ["About", "About"],
  ...addedNames,
};

/**
 * What the browser tab says for a page, without the app title: "Posts",
 * "Create Post", "Edit Post #3", "Post #3". The App Router's route metadata and
 * the Pages Router's <DocumentTitleHandler> both use it, so titles match.
 */
export function pageTitle(resource: string, action: PageAction = "list", id?: string | number): string {
  const [one, many] = NAMES[resource] ?? [resource, resource];
  switch (action) {
    case "list":
      return many;
    case "create":
      return `Create ${one}`;
    case "edit":
      return `Edit ${one} #${id}`;
    case "show":
      return `${one} #${id}`;
  }
}

/** The full document title: "Posts | My Admin", or the app title alone. */
export function documentTitle(title?: string): string {
  return title ? `${title} | ${APP_TITLE}` : APP_TITLE;
}
