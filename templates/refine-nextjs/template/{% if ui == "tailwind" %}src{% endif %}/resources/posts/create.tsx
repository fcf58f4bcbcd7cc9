"use client";

import { PageShell } from "@/components/ui/page";
import { ListButton } from "@/components/ui/resource-buttons";
import { PostForm, usePostForm } from "@/resources/posts/form";

export function PostCreate() {
  const form = usePostForm({ title: "", categoryId: "", status: "draft", content: "" });

  return (
    <PageShell title="Create Post" actions={<ListButton />}>
      <PostForm
        form={form}
        onSubmit={(values) => form.refineCore.onFinish({ ...values, createdAt: new Date().toISOString() })}
      />
    </PageShell>
  );
}
