"use client";

import { Page } from "@/components/page";
import { ListButton } from "@/components/buttons";
import { PostForm, usePostForm } from "@/resources/posts/form";

export function PostCreate() {
  const form = usePostForm({ title: "", categoryId: "", status: "draft", content: "" });

  return (
    <Page title="Create Post" actions={<ListButton />}>
      <PostForm
        form={form}
        onSubmit={(values) => form.refineCore.onFinish({ ...values, createdAt: new Date().toISOString() })}
      />
    </Page>
  );
}
