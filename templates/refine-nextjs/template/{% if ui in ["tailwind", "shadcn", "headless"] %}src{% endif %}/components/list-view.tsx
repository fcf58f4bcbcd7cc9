"use client";

import type { ReactNode } from "react";
import { CreateButton } from "@/components/buttons";
import { Page } from "@/components/page";

/** A list page in the kit's page frame: its heading, a Create button when the resource has a create page, the table. */
export function ListView({
  resource,
  title,
  canCreate = false,
  children,
}: {
  resource: string;
  title: string;
  canCreate?: boolean;
  children: ReactNode;
}) {
  return (
    <Page title={title} actions={canCreate && <CreateButton resource={resource} />}>
      {children}
    </Page>
  );
}
