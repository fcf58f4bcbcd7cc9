"use client";

import { Create } from "@refinedev/mui";
import { useForm } from "@refinedev/react-hook-form";
import type { HttpError } from "@refinedev/core";
import { PostFormFields, type PostFormValues } from "@/resources/posts/form";
import type { IPost } from "@/types";

export function PostCreate() {
  const form = useForm<IPost, HttpError, PostFormValues>({
    defaultValues: { title: "", categoryId: null, status: "draft", content: "" },
  });
  const {
    saveButtonProps,
    handleSubmit,
    refineCore: { onFinish, formLoading },
  } = form;

  // The record's creation date is set here, not typed in.
  const submit = handleSubmit((values) => onFinish({ ...values, createdAt: new Date().toISOString() }));

  return (
    <Create isLoading={formLoading} saveButtonProps={{ ...saveButtonProps, onClick: submit }}>
      <form onSubmit={submit} noValidate>
        <PostFormFields form={form} />
      </form>
    </Create>
  );
}
