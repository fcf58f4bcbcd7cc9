"use client";

import { Page } from "@/components/page";
import { ListButton, ShowButton } from "@/components/buttons";
import { PostForm, usePostForm } from "@/resources/posts/form";

/** The record loads in the browser (useForm on the edit route) and fills the fields. */
export function PostEdit() {
  const form = usePostForm();
  const { id, query } = form.refineCore;

  return (
    <Page
      title="Edit Post"
      loading={query?.isLoading}
      actions={
        <>
          <ListButton />
          {id !== undefined && <ShowButton id={id} />}
        </>
      }
    >
      <PostForm form={form} onSubmit={form.refineCore.onFinish} />
    </Page>
  );
}
