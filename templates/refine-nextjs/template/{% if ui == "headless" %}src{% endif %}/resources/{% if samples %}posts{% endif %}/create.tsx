"use client";

import { PostFormPage } from "@/resources/posts/form";

/** An empty form; saving stamps the new post's creation date (usePostForm). */
export function PostCreate() {
  return <PostFormPage action="create" title="Create Post" />;
}
