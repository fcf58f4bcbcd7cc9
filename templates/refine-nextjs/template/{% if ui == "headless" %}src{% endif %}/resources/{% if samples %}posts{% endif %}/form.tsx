"use client";

import { useController } from "react-hook-form";
import { Page } from "@/components/page";
import { postRules, usePostForm, type PostFormState } from "@/lib/use-post-form";
import { POST_STATUSES } from "@/types";

/** The create and edit pages: the same form, wired by `usePostForm` for the action. */
export function PostFormPage({ action, title }: { action: "create" | "edit"; title: string }) {
  const post = usePostForm(action);

  return (
    <Page title={title}>
      <PostForm post={post} />
    </Page>
  );
}

/** The fields, a failed save's message and Save. */
function PostForm({ post }: { post: PostFormState }) {
  const {
    register,
    control,
    formState: { errors },
    refineCore: { formLoading, mutation },
  } = post.form;
  // A controlled <select>: React selects the record's category even when its option arrives after the record.
  const {
    field: { ref: categoryRef, value: categoryId, onChange: onCategoryChange, onBlur: onCategoryBlur },
  } = useController({ control, name: "categoryId", rules: postRules.categoryId });

  return (
    <form noValidate onSubmit={post.save} aria-busy={formLoading}>
      <div className="field">
        <label htmlFor="post-title">Title</label>
        <input id="post-title" aria-invalid={Boolean(errors.title)} {...register("title", postRules.title)} />
        {errors.title && <p className="field-error">{errors.title.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="post-category">Category</label>
        <select
          id="post-category"
          name="categoryId"
          ref={categoryRef}
          value={String(categoryId)}
          onChange={(event) => onCategoryChange(event.target.value)}
          onBlur={onCategoryBlur}
          disabled={!post.categoriesLoaded}
          aria-invalid={Boolean(errors.categoryId)}
        >
          <option value="">{post.categoriesLoaded ? "Choose a category…" : "Loading…"}</option>
          {post.categories.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {errors.categoryId && <p className="field-error">{errors.categoryId.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="post-status">Status</label>
        <select id="post-status" {...register("status", postRules.status)}>
          {POST_STATUSES.map((status) => (
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
          {...register("content", postRules.content)}
        />
        {errors.content && <p className="field-error">{errors.content.message}</p>}
      </div>
      {mutation.error && <p className="form-error">Could not save: {mutation.error.message}</p>}
      <button type="submit" className="primary" disabled={formLoading}>
        Save
      </button>
    </form>
  );
}
