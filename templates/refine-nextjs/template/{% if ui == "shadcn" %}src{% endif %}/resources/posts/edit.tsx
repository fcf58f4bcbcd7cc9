"use client";

import { EditView } from "@/components/page";
import { PostForm } from "@/resources/posts/form";

export function PostEdit() {
  return (
    <PostForm
      frame={({ fields, saveButton, loading }) => (
        <EditView loading={loading} footer={saveButton}>
          {fields}
        </EditView>
      )}
    />
  );
}
