"use client";

import type { HttpError } from "@refinedev/core";
import { useForm } from "@refinedev/react-hook-form";
import { FormProvider } from "react-hook-form";
import { Page } from "@/components/page";
import { PostFormFields, type PostFormValues } from "@/resources/posts/form";
import type { IPost } from "@/types";

/** refine loads the post of the route's id and fills the registered fields with it. */
export function PostEdit() {
  const form = useForm<IPost, HttpError, PostFormValues>();
  const {
    handleSubmit,
    refineCore: { onFinish, formLoading, mutation },
  } = form;
  // A failed save is shown under the form (mutation.error), not thrown.
  const save = (values: PostFormValues) => onFinish(values).catch(() => undefined);

  return (
    <Page title="Edit Post">
      <FormProvider {...form}>
        <form noValidate onSubmit={handleSubmit(save)} aria-busy={formLoading}>
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
