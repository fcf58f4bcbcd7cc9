"use client";

import { useShow, type GetOneResponse } from "@refinedev/core";
import dayjs from "dayjs";
import { Page } from "@/components/page";
import type { IUser } from "@/types";

export function UserShow({ initial }: { initial?: GetOneResponse<IUser> }) {
  const { query, result: user } = useShow<IUser>({ queryOptions: { initialData: initial } });

  return (
    <Page title="Show User">
      {query.isLoading || !user ? (
        <p className="muted">Loading…</p>
      ) : (
        <dl className="details">
          <dt>Name</dt>
          <dd>{`${user.firstName} ${user.lastName}`}</dd>
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${user.email}`}>{user.email}</a>
          </dd>
          <dt>Role</dt>
          <dd>
            <span className="badge">{user.role}</span>
          </dd>
          <dt>Birthday</dt>
          <dd>{user.birthday ? dayjs(user.birthday).format("YYYY-MM-DD") : "—"}</dd>
        </dl>
      )}
    </Page>
  );
}
