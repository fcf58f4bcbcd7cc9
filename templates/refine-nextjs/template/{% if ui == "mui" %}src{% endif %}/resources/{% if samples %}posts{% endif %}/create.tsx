"use client";

import { Create } from "@refinedev/mui";
import { usePostForm } from "@/lib/use-post-form";
import { PostFormFields } from "@/resources/posts/form";

export function PostCreate() {
  const post = usePostForm("create");
  const { saveButtonProps, refineCore } = post.form;

  return (
    <Create isLoading={refineCore.formLoading} saveButtonProps={{ ...saveButtonProps, onClick: post.save }}>
      <form onSubmit={post.save} noValidate>
        <PostFormFields post={post} />
      </form>
    </Create>
  );
}
