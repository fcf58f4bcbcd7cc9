"use client";

import { Edit } from "@refinedev/mui";
import { useForm } from "@refinedev/react-hook-form";
import type { HttpError } from "@refinedev/core";
import { PostFormFields, type PostFormValues } from "@/resources/posts/form";
import type { IPost } from "@/types";

export function PostEdit() {
  const form = useForm<IPost, HttpError, PostFormValues>();
  const {
    saveButtonProps,
    refineCore: { formLoading },
  } = form;

  return (
    <Edit isLoading={formLoading} saveButtonProps={saveButtonProps}>
      <form noValidate>
        <PostFormFields form={form} />
      </form>
    </Edit>
  );
}
