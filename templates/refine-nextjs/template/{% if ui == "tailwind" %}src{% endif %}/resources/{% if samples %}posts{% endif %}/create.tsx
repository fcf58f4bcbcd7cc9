"use client";

import { Page } from "@/components/page";
import { ListButton } from "@/components/buttons";
import { usePostForm } from "@/lib/use-post-form";
import { PostForm } from "@/resources/posts/form";

export function PostCreate() {
  const post = usePostForm("create");

  return (
    <Page title="Create Post" actions={<ListButton />}>
      <PostForm post={post} />
    </Page>
  );
}
