"use client";

import { Edit } from "@refinedev/mui";
import { usePostForm } from "@/lib/use-post-form";
import { PostFormFields } from "@/resources/posts/form";

export function PostEdit() {
  const post = usePostForm("edit");
  const { saveButtonProps, refineCore } = post.form;

  return (
    <Edit isLoading={refineCore.formLoading} saveButtonProps={{ ...saveButtonProps, onClick: post.save }}>
      <form onSubmit={post.save} noValidate>
        <PostFormFields post={post} />
      </form>
    </Edit>
  );
}
