"use client";

import { useShow, type GetOneResponse } from "@refinedev/core";
import { Field, Fields, ShowView } from "@/components/page";
import { EmailLink, Tag } from "@/components/record-values";
import type { IUser } from "@/types";

export function UserShow({ initial }: { initial?: GetOneResponse<IUser> }) {
  const { query, result: user } = useShow<IUser>({ queryOptions: { initialData: initial } });

  return (
    <ShowView loading={query.isLoading} canEdit={false}>
      <Fields>
        <Field label="Name">{user && `${user.firstName} ${user.lastName}`}</Field>
        <Field label="Email">{user && <EmailLink email={user.email} />}</Field>
        <Field label="Role">
          <Tag value={user?.role} />
        </Field>
        <Field label="Birthday">{user?.birthday?.slice(0, 10)}</Field>
      </Fields>
    </ShowView>
  );
}
