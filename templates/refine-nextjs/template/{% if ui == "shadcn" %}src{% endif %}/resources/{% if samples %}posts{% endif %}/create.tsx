"use client";

import { CreateView } from "@/components/page";
import { usePostForm } from "@/lib/use-post-form";
import { PostForm } from "@/resources/posts/form";

export function PostCreate() {
  const post = usePostForm("create");

  return <PostForm post={post} frame={({ fields, saveButton }) => <CreateView footer={saveButton}>{fields}</CreateView>} />;
}
