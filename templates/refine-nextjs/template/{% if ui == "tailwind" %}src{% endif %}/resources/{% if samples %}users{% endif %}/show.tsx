"use client";

import { useShow, type GetOneResponse } from "@refinedev/core";
import { Details, Page } from "@/components/page";
import { ListButton } from "@/components/buttons";
import { Tag } from "@/components/record-values";
import { formatDate } from "@/lib/format-date";
import type { IUser } from "@/types";

export function UserShow({ initial }: { initial?: GetOneResponse<IUser> }) {
  const { query, result: user } = useShow<IUser>({ queryOptions: { initialData: initial } });

  return (
    <Page title="Show User" loading={query.isLoading} actions={<ListButton />}>
      <Details
        items={[
          { label: "Name", value: user ? `${user.firstName} ${user.lastName}` : "" },
          {
            label: "Email",
            value: user && (
              <a href={`mailto:${user.email}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
                {user.email}
              </a>
            ),
          },
          { label: "Role", value: <Tag value={user?.role} /> },
          { label: "Birthday", value: formatDate(user?.birthday) },
        ]}
      />
    </Page>
  );
}
