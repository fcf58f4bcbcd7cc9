"use client";

import { PostFormPage } from "@/resources/posts/form";

/** refine loads the post of the route's id and fills the fields with it (usePostForm). */
export function PostEdit() {
  return <PostFormPage action="edit" title="Edit Post" />;
}
