import { PostShow } from "@/resources/posts/show";
import { loadPostShow } from "@/server/loaders";
import { loadPage } from "@/server/page";

export default async function PostShowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PostShow {...await loadPage(() => loadPostShow(id))} />;
}
