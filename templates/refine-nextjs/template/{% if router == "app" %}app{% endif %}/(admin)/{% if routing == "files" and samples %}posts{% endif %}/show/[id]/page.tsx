import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { PostShow } from "@/resources/posts/show";
import { loadPostShow } from "@/server/loaders";
import { loadPage } from "@/server/page";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: pageTitle("posts", "show", (await params).id) };
}

export default async function PostShowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PostShow {...await loadPage(() => loadPostShow(id))} />;
}
