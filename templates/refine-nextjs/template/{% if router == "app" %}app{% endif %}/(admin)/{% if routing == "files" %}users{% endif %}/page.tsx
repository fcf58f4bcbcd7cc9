import { UserList } from "@/resources/users/list";
import { loadUserList } from "@/server/loaders";
import { loadPage, urlOf, type SearchParams } from "@/server/page";

export default async function UserListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const url = urlOf("/users", await searchParams);
  return <UserList {...await loadPage(() => loadUserList(url))} />;
}
