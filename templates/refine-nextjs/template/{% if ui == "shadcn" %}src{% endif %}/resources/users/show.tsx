"use client";

import { useShow, type GetOneResponse } from "@refinedev/core";
import { Field, Fields, ShowView } from "@/components/page-view";
import { Badge } from "@/components/ui/badge";
import type { IUser } from "@/types";

export function UserShow({ initial }: { initial?: GetOneResponse<IUser> }) {
  const { query, result: user } = useShow<IUser>({ queryOptions: { initialData: initial } });

  return (
    <ShowView loading={query.isLoading} canEdit={false}>
      <Fields>
        <Field label="Name">{user && `${user.firstName} ${user.lastName}`}</Field>
        <Field label="Email">
          {user && (
            <a href={`mailto:${user.email}`} className="underline-offset-4 hover:underline">
              {user.email}
            </a>
          )}
        </Field>
        <Field label="Role">{user && <Badge variant="secondary">{user.role}</Badge>}</Field>
        <Field label="Birthday">{user?.birthday?.slice(0, 10)}</Field>
      </Fields>
    </ShowView>
  );
}
