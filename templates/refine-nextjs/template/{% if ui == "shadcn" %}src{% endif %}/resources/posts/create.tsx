"use client";

import { CreateView } from "@/components/page";
import { PostForm } from "@/resources/posts/form";

export function PostCreate() {
  return (
    <PostForm
      transform={(values) => ({ ...values, createdAt: new Date().toISOString() })}
      frame={({ fields, saveButton }) => <CreateView footer={saveButton}>{fields}</CreateView>}
    />
  );
}
