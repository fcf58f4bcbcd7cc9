"use client";

import { useSelect, type HttpError } from "@refinedev/core";
import { useForm } from "@refinedev/react-hook-form";
import { LoaderCircleIcon, SaveIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { ICategory, IPost, PostStatus } from "@/types";

const STATUSES: PostStatus[] = ["published", "draft", "rejected"];

export type PostFormValues = Pick<IPost, "title" | "categoryId" | "status" | "content"> & { createdAt?: string };

interface PostFormProps {
  /** Wraps the form: CreateView or EditView, with the save button as its footer. */
  frame: (parts: { fields: ReactNode; saveButton: ReactNode; loading: boolean }) => ReactNode;
  /** Last changes to the values before they are sent (e.g. a creation date). */
  transform?: (values: PostFormValues) => PostFormValues;
}

/**
 * The post form of the create and edit pages: react-hook-form state and
 * validation, refine's useForm for loading the record (edit) and saving it
 * (action and id come from the route).
 */
export function PostForm({ frame, transform = (values) => values }: PostFormProps) {
  const {
    register,
    handleSubmit,
    formState: { errors },
    refineCore: { onFinish, formLoading, query },
  } = useForm<IPost, HttpError, PostFormValues>({
    refineCoreProps: { resource: "posts" },
    defaultValues: { title: "", content: "", status: "draft" },
  });

  const { options: categoryOptions } = useSelect<ICategory>({
    resource: "categories",
    optionLabel: "title",
    pagination: { mode: "off" },
  });

  // Until the record (edit) is loaded, the category select may not have the post's option yet.
  const categoryValue = query?.data?.data.categoryId;
  // A failed save is reported by refine's notification; nothing more to do here.
  const submit = handleSubmit(async (values) => {
    await onFinish(transform(values)).catch(() => undefined);
  });

  const fields = (
    <form id="post-form" noValidate onSubmit={submit} className="grid max-w-2xl gap-6">
      <FormField id="title" label="Title" error={errors.title?.message}>
        <Input
          id="title"
          aria-invalid={errors.title ? true : undefined}
          {...register("title", {
            required: "Please enter a title",
            validate: (value) => value.trim() !== "" || "Please enter a title",
          })}
        />
      </FormField>
      <FormField id="categoryId" label="Category" error={errors.categoryId?.message}>
        <NativeSelect
          id="categoryId"
          key={`${categoryOptions.length}-${String(categoryValue ?? "")}`}
          aria-invalid={errors.categoryId ? true : undefined}
          {...register("categoryId", { required: "Please choose a category", setValueAs: toKey })}
        >
          <option value="">Choose a category…</option>
          {categoryOptions.map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="status" label="Status" error={errors.status?.message}>
        <NativeSelect id="status" {...register("status", { required: "Please choose a status" })}>
          {STATUSES.map((status) => (
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
          {...register("content", { required: "Please write some content" })}
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

/** A <select> gives strings; keep numeric ids numbers, as the API stores them. */
function toKey(value: unknown) {
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
}
