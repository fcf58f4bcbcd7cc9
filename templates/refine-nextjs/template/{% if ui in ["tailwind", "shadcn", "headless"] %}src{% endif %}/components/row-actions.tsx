"use client";

import type { BaseKey } from "@refinedev/core";
import { DeleteButton, EditButton, ShowButton } from "@/components/buttons";

/**
 * A table row's buttons, in the kit's compact row look; each keeps its label
 * ("Show", "Edit", "Delete") as its accessible name. The kit's stylesheet lays
 * out `.row-actions`.
 */
export function RowActions({
  resource,
  id,
  actions,
}: {
  resource: string;
  id: BaseKey;
  actions: readonly ("show" | "edit" | "delete")[];
}) {
  return (
    <div className="row-actions">
      {actions.includes("show") && <ShowButton hideText resource={resource} id={id} />}
      {actions.includes("edit") && <EditButton hideText resource={resource} id={id} />}
      {actions.includes("delete") && <DeleteButton hideText resource={resource} id={id} />}
    </div>
  );
}
