import { PostList } from "@/resources/posts/list";
import { loadPostList } from "@/server/loaders";
import { loadPage, urlOf, type SearchParams } from "@/server/page";

export default async function PostListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const url = urlOf("/posts", await searchParams);
  return <PostList {...await loadPage(() => loadPostList(url))} />;
}
