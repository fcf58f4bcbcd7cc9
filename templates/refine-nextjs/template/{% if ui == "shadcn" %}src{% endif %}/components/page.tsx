"use client";

/*
 * The frame of every CRUD page: breadcrumb, a card with the page title as the
 * heading ("Posts", "Show Post", …) and the page's action buttons. The show,
 * create and edit views take their titles from the resource of the current
 * route, as in refine's UI packages; list pages pass theirs (ListView).
 */

import { useGo, useListButton, useResourceParams, useUserFriendlyName } from "@refinedev/core";
import { LoaderCircleIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { DeleteButton, EditButton, ListButton } from "@/components/buttons";
import { Card, CardContent, CardFooter, CardHeader } from "@/components/ui/card";

interface PageProps {
  title: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  loading?: boolean;
  children: ReactNode;
}

export function Page({ title, actions, footer, loading, children }: PageProps) {
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb />
      <Card>
        <CardHeader>
          <h1 className="flex items-center gap-2 text-2xl font-semibold tracking-tight">
            {title}
            {loading && <LoaderCircleIcon aria-label="Loading" className="size-5 animate-spin text-muted-foreground" />}
          </h1>
          {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
        </CardHeader>
        <CardContent>{children}</CardContent>
        {footer && <CardFooter className="justify-end">{footer}</CardFooter>}
      </Card>
    </div>
  );
}

/** The route's resource and its singular / plural display names. */
function useResourceNames(resourceName?: string) {
  const { resource, identifier } = useResourceParams({ resource: resourceName });
  const friendly = useUserFriendlyName();
  const name = resource?.meta?.label ?? resource?.name ?? identifier;
  return {
    resource,
    identifier,
    plural: typeof resource?.meta?.label === "string" ? resource.meta.label : friendly(name, "plural"),
    singular: friendly(name, "singular"),
  };
}

export function ShowView({
  resource,
  loading,
  canEdit = true,
  children,
}: {
  resource?: string;
  loading?: boolean;
  canEdit?: boolean;
  children: ReactNode;
}) {
  const names = useResourceNames(resource);
  return (
    <Page
      title={`Show ${names.singular}`}
      loading={loading}
      actions={
        <>
          <ListButton resource={names.identifier} />
          {canEdit && names.resource?.edit && <EditButton resource={names.identifier} />}
        </>
      }
    >
      {children}
    </Page>
  );
}

export function CreateView({ footer, children }: { footer: ReactNode; children: ReactNode }) {
  const names = useResourceNames();
  return (
    <Page title={`Create ${names.singular}`} footer={footer}>
      {children}
    </Page>
  );
}

export function EditView({ loading, footer, children }: { loading?: boolean; footer: ReactNode; children: ReactNode }) {
  const names = useResourceNames();
  const canDelete = Boolean(names.resource?.meta?.canDelete);
  const list = useListButton({ resource: names.identifier });
  const go = useGo();
  return (
    <Page
      title={`Edit ${names.singular}`}
      loading={loading}
      actions={
        <>
          <ListButton resource={names.identifier} />
          {canDelete && <DeleteButton resource={names.identifier} onSuccess={() => go({ to: list.to })} />}
        </>
      }
      footer={footer}
    >
      {children}
    </Page>
  );
}

/** A record's fields on a show page: label above value. */
export function Fields({ children }: { children: ReactNode }) {
  return <dl className="grid gap-4 sm:grid-cols-[10rem_1fr]">{children}</dl>;
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </>
  );
}
