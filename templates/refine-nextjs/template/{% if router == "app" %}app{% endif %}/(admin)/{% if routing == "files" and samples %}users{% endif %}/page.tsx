import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { UserList } from "@/resources/users/list";
import { loadUserList } from "@/server/loaders";
import { loadPage, urlOf, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: pageTitle("users") };

export default async function UserListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const url = urlOf("/users", await searchParams);
  return <UserList {...await loadPage(() => loadUserList(url))} />;
}
