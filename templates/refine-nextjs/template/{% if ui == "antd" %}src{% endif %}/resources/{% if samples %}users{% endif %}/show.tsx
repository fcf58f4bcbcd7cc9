"use client";

import { DateField, EmailField, Show, TagField, TextField } from "@refinedev/antd";
import { useShow, type GetOneResponse } from "@refinedev/core";
import { Typography } from "antd";
import type { IUser } from "@/types";

const { Title } = Typography;

export function UserShow({ initial }: { initial?: GetOneResponse<IUser> }) {
  const { query, result: user } = useShow<IUser>({ queryOptions: { initialData: initial } });

  return (
    <Show isLoading={query.isLoading} canEdit={false}>
      <Title level={5}>Name</Title>
      <TextField value={user ? `${user.firstName} ${user.lastName}` : ""} />
      <Title level={5}>Email</Title>
      <EmailField value={user?.email} />
      <Title level={5}>Role</Title>
      <TagField value={user?.role} />
      <Title level={5}>Birthday</Title>
      {user?.birthday && <DateField value={user.birthday} format="YYYY-MM-DD" />}
    </Show>
  );
}
