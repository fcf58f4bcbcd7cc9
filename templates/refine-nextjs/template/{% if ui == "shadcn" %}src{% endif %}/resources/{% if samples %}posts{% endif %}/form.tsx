"use client";

import { LoaderCircleIcon, SaveIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { postRules, type PostFormState } from "@/lib/use-post-form";
import { POST_STATUSES } from "@/types";

interface PostFormProps {
  /** The form's state and wiring: `usePostForm("create")` or `usePostForm("edit")`. */
  post: PostFormState;
  /** Wraps the form: CreateView or EditView, with the save button as its footer. */
  frame: (parts: { fields: ReactNode; saveButton: ReactNode; loading: boolean }) => ReactNode;
}

/** The post form of the create and edit pages: the fields and Save; the wiring is `usePostForm`. */
export function PostForm({ post, frame }: PostFormProps) {
  const { form, save, categories } = post;
  const {
    register,
    formState: { errors },
    refineCore: { formLoading, query },
  } = form;
  // Until the record (edit) is loaded, the category select may not have the post's option yet.
  const categoryValue = query?.data?.data.categoryId;

  const fields = (
    <form id="post-form" noValidate onSubmit={save} className="grid max-w-2xl gap-6">
      <FormField id="title" label="Title" error={errors.title?.message}>
        <Input id="title" aria-invalid={errors.title ? true : undefined} {...register("title", postRules.title)} />
      </FormField>
      <FormField id="categoryId" label="Category" error={errors.categoryId?.message}>
        <NativeSelect
          id="categoryId"
          key={`${categories.length}-${String(categoryValue ?? "")}`}
          aria-invalid={errors.categoryId ? true : undefined}
          {...register("categoryId", postRules.categoryId)}
        >
          <option value="">Choose a category…</option>
          {categories.map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="status" label="Status" error={errors.status?.message}>
        <NativeSelect id="status" {...register("status", postRules.status)}>
          {POST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="content" label="Content" error={errors.content?.message}>
        <Textarea
          id="content"
          rows={6}
          aria-invalid={errors.content ? true : undefined}
          {...register("content", postRules.content)}
        />
      </FormField>
    </form>
  );

  const saveButton = (
    <Button type="submit" form="post-form" disabled={formLoading}>
      {formLoading ? <LoaderCircleIcon className="animate-spin" /> : <SaveIcon />}
      Save
    </Button>
  );

  return frame({ fields, saveButton, loading: formLoading });
}

function FormField({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
