"use client";

import type { HttpError } from "@refinedev/core";
import { useForm } from "@refinedev/react-hook-form";
import { FormProvider } from "react-hook-form";
import { Page } from "@/components/page";
import { PostFormFields, type PostFormValues } from "@/resources/posts/form";
import type { IPost } from "@/types";

type NewPost = PostFormValues & Pick<IPost, "createdAt">;

/** refine's useForm (resource and action from the route) on top of react-hook-form. */
export function PostCreate() {
  const form = useForm<IPost, HttpError, NewPost>({ defaultValues: { status: "draft" } });
  const {
    handleSubmit,
    refineCore: { onFinish, formLoading, mutation },
  } = form;
  // A failed save is shown under the form (mutation.error), not thrown.
  const save = (values: NewPost) => onFinish({ ...values, createdAt: new Date().toISOString() }).catch(() => undefined);

  return (
    <Page title="Create Post">
      <FormProvider {...form}>
        <form noValidate onSubmit={handleSubmit(save)}>
          <PostFormFields />
          {mutation.error && <p className="form-error">Could not save: {mutation.error.message}</p>}
          <button type="submit" className="primary" disabled={formLoading}>
            Save
          </button>
        </form>
      </FormProvider>
    </Page>
  );
}
