"use client";

import { Controller } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass, invalidProps } from "@/components/ui/field";
import { postRules, type PostFormState } from "@/lib/use-post-form";
import { POST_STATUSES } from "@/types";

/** The fields of the create and edit pages and their Save button; the wiring is `usePostForm`. */
export function PostForm({ post }: { post: PostFormState }) {
  const {
    register,
    control,
    formState: { errors },
    refineCore: { formLoading },
  } = post.form;

  return (
    <form className="max-w-2xl space-y-5" noValidate onSubmit={post.save}>
      <Field id="title" label="Title" error={errors.title?.message}>
        <input
          id="title"
          className={inputClass}
          {...invalidProps("title", errors.title?.message)}
          {...register("title", postRules.title)}
        />
      </Field>
      <Field id="categoryId" label="Category" error={errors.categoryId?.message}>
        <Controller
          control={control}
          name="categoryId"
          rules={postRules.categoryId}
          render={({ field }) => (
            // Controlled: React selects the record's category even when its option arrives after the record.
            <select
              id="categoryId"
              className={inputClass}
              {...invalidProps("categoryId", errors.categoryId?.message)}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={String(field.value)}
              onChange={(event) => field.onChange(event.target.value)}
            >
              <option value="" disabled>
                Choose a category
              </option>
              {post.categories.map((option) => (
                <option key={String(option.value)} value={String(option.value)}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        />
      </Field>
      <Field id="status" label="Status" error={errors.status?.message}>
        <select id="status" className={inputClass} {...register("status", postRules.status)}>
          {POST_STATUSES.map((status) => (
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
          {...register("content", postRules.content)}
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
