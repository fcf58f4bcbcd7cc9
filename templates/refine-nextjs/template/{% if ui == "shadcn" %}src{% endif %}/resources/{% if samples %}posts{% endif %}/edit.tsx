"use client";

import { EditView } from "@/components/page";
import { usePostForm } from "@/lib/use-post-form";
import { PostForm } from "@/resources/posts/form";

export function PostEdit() {
  const post = usePostForm("edit");

  return (
    <PostForm
      post={post}
      frame={({ fields, saveButton, loading }) => (
        <EditView loading={loading} footer={saveButton}>
          {fields}
        </EditView>
      )}
    />
  );
}
