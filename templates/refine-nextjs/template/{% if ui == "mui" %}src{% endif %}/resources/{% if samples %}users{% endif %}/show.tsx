"use client";

import { DateField, EmailField, Show, TagField, TextFieldComponent as TextField } from "@refinedev/mui";
import { useShow, type GetOneResponse } from "@refinedev/core";
import Stack from "@mui/material/Stack";
import { FieldLabel } from "@/components/field-label";
import type { IUser } from "@/types";

export function UserShow({ initial }: { initial?: GetOneResponse<IUser> }) {
  const { query, result: user } = useShow<IUser>({ queryOptions: { initialData: initial } });

  return (
    <Show isLoading={query.isLoading} canEdit={false}>
      <Stack gap={1}>
        <FieldLabel>Name</FieldLabel>
        <TextField value={user ? `${user.firstName} ${user.lastName}` : ""} />
        <FieldLabel>Email</FieldLabel>
        <EmailField value={user?.email} />
        <FieldLabel>Role</FieldLabel>
        <div>
          <TagField value={user?.role} />
        </div>
        <FieldLabel>Birthday</FieldLabel>
        {user?.birthday && <DateField value={user.birthday} format="YYYY-MM-DD" />}
      </Stack>
    </Show>
  );
}
