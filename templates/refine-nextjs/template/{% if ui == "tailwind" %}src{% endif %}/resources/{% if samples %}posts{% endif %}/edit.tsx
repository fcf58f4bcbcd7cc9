"use client";

import { Page } from "@/components/page";
import { ListButton, ShowButton } from "@/components/buttons";
import { usePostForm } from "@/lib/use-post-form";
import { PostForm } from "@/resources/posts/form";

/** The record loads in the browser (useForm on the edit route) and fills the fields. */
export function PostEdit() {
  const post = usePostForm("edit");
  const { id, query } = post.form.refineCore;

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
      <PostForm post={post} />
    </Page>
  );
}
