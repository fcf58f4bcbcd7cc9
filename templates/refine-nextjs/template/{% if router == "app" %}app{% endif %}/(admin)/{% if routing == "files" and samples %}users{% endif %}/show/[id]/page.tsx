import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { UserShow } from "@/resources/users/show";
import { loadUserShow } from "@/server/loaders";
import { loadPage } from "@/server/page";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: pageTitle("users", "show", (await params).id) };
}

export default async function UserShowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <UserShow {...await loadPage(() => loadUserShow(id))} />;
}
