"use client";

import { useSelect } from "@refinedev/core";
import { useController, useFormContext } from "react-hook-form";
import type { ICategory, IPost, PostStatus } from "@/types";

/** What the create and edit forms send. */
export type PostFormValues = Pick<IPost, "title" | "categoryId" | "status" | "content">;

const STATUSES: PostStatus[] = ["published", "draft", "rejected"];

/** A <select> gives strings; the API's ids are numbers, so numeric ones go back as numbers. */
const toKey = (value: string) => (/^\d+$/.test(value) ? Number(value) : value);

/** The fields shared by the create and edit pages (inside react-hook-form's <FormProvider>). */
export function PostFormFields() {
  const {
    register,
    formState: { errors },
  } = useFormContext<PostFormValues>();
  // A controlled <select>: React selects the record's category even when its option arrives after the record.
  const {
    field: { ref: categoryRef, value: categoryId, onChange: onCategoryChange, onBlur: onCategoryBlur },
  } = useController<PostFormValues, "categoryId">({
    name: "categoryId",
    rules: { required: "Please choose a category" },
  });
  const { options: categories, query: categoriesQuery } = useSelect<ICategory>({
    resource: "categories",
    optionLabel: "title",
    pagination: { mode: "off" },
  });

  return (
    <>
      <div className="field">
        <label htmlFor="post-title">Title</label>
        <input
          id="post-title"
          aria-invalid={Boolean(errors.title)}
          {...register("title", { validate: (value) => value?.trim() !== "" || "Please enter a title" })}
        />
        {errors.title && <p className="field-error">{errors.title.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="post-category">Category</label>
        <select
          id="post-category"
          name="categoryId"
          ref={categoryRef}
          value={String(categoryId ?? "")}
          onChange={(event) => onCategoryChange(toKey(event.target.value))}
          onBlur={onCategoryBlur}
          disabled={!categoriesQuery.isSuccess}
          aria-invalid={Boolean(errors.categoryId)}
        >
          <option value="">{categoriesQuery.isSuccess ? "Choose a category…" : "Loading…"}</option>
          {categories.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {errors.categoryId && <p className="field-error">{errors.categoryId.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="post-status">Status</label>
        <select id="post-status" {...register("status", { required: true })}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="post-content">Content</label>
        <textarea
          id="post-content"
          rows={6}
          aria-invalid={Boolean(errors.content)}
          {...register("content", { required: "Please enter the content" })}
        />
        {errors.content && <p className="field-error">{errors.content.message}</p>}
      </div>
    </>
  );
}
