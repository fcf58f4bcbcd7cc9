"use client";

import { useSelect, type BaseKey, type HttpError } from "@refinedev/core";
import { useForm } from "@refinedev/react-hook-form";
import { Controller } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass, invalidProps } from "@/components/ui/field";
import type { ICategory, IPost, PostStatus } from "@/types";

const STATUSES: PostStatus[] = ["published", "draft", "rejected"];

/** What the form edits; `createdAt` is stamped on create. */
export interface PostFormValues {
  title: string;
  categoryId: BaseKey | "";
  status: PostStatus;
  content: string;
  createdAt?: string;
}

/**
 * @refinedev/react-hook-form's useForm for posts: on the edit route it loads
 * the record into the fields, on save it creates or updates and goes back to
 * the list; the server's validation errors land on the fields.
 */
export function usePostForm(defaultValues?: Partial<PostFormValues>) {
  return useForm<IPost, HttpError, PostFormValues>({ defaultValues });
}

/** The fields shared by the create and edit pages, and their Save button. */
export function PostForm({
  form,
  onSubmit,
}: {
  form: ReturnType<typeof usePostForm>;
  onSubmit: (values: PostFormValues) => unknown;
}) {
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
    refineCore: { formLoading },
  } = form;
  const { options: categories } = useSelect<ICategory>({
    resource: "categories",
    optionLabel: "title",
    pagination: { mode: "off" },
  });

  return (
    <form className="max-w-2xl space-y-5" noValidate onSubmit={handleSubmit(onSubmit)}>
      <Field id="title" label="Title" error={errors.title?.message}>
        <input
          id="title"
          className={inputClass}
          {...invalidProps("title", errors.title?.message)}
          {...register("title", {
            validate: (value) => value.trim() !== "" || "Please enter a title",
          })}
        />
      </Field>
      <Field id="categoryId" label="Category" error={errors.categoryId?.message}>
        <Controller
          control={control}
          name="categoryId"
          rules={{ validate: (value) => value !== "" || "Please choose a category" }}
          render={({ field }) => (
            // Option values are strings in the DOM: map the choice back to the category's own id.
            <select
              id="categoryId"
              className={inputClass}
              {...invalidProps("categoryId", errors.categoryId?.message)}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={String(field.value ?? "")}
              onChange={(event) =>
                field.onChange(categories.find((option) => String(option.value) === event.target.value)?.value ?? "")
              }
            >
              <option value="" disabled>
                Choose a category
              </option>
              {categories.map((option) => (
                <option key={String(option.value)} value={String(option.value)}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        />
      </Field>
      <Field id="status" label="Status" error={errors.status?.message}>
        <select id="status" className={inputClass} {...register("status", { required: "Please choose a status" })}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </Field>
      <Field id="content" label="Content" error={errors.content?.message}>
        <textarea
          id="content"
          rows={6}
          className={inputClass}
          {...invalidProps("content", errors.content?.message)}
          {...register("content", { required: "Please enter the content" })}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={formLoading}>
          Save
        </Button>
      </div>
    </form>
  );
}
