import { UserShow } from "@/resources/users/show";
import { loadUserShow } from "@/server/loaders";
import { loadPage } from "@/server/page";

export default async function UserShowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <UserShow {...await loadPage(() => loadUserShow(id))} />;
}
