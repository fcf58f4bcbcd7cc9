import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { PostEdit } from "@/resources/posts/edit";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: pageTitle("posts", "edit", (await params).id) };
}

export default PostEdit;
