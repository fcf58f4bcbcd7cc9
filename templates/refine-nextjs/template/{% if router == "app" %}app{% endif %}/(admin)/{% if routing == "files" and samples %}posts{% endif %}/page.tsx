import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { PostList } from "@/resources/posts/list";
import { loadPostList } from "@/server/loaders";
import { loadPage, urlOf, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: pageTitle("posts") };

export default async function PostListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const url = urlOf("/posts", await searchParams);
  return <PostList {...await loadPage(() => loadPostList(url))} />;
}
