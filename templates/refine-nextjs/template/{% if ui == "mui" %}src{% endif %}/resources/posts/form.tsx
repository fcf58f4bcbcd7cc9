"use client";

import { useAutocomplete } from "@refinedev/mui";
import type { BaseKey } from "@refinedev/core";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { Controller, type UseFormReturn } from "react-hook-form";
import type { ICategory, PostStatus } from "@/types";

const STATUSES: PostStatus[] = ["published", "draft", "rejected"];

/** What the create and edit forms hold. */
export interface PostFormValues {
  title: string;
  categoryId: BaseKey | null;
  status: PostStatus;
  content: string;
  /** Not a field: the create page sets it when saving. */
  createdAt?: string;
}

/**
 * The fields shared by the create and edit pages, bound to react-hook-form.
 * `categoryId` is the record's value; the Autocomplete shows the category
 * object, found among the options (all categories: a short list).
 */
export function PostFormFields({ form }: { form: UseFormReturn<PostFormValues> }) {
  const {
    control,
    register,
    formState: { errors },
  } = form;
  const { autocompleteProps } = useAutocomplete<ICategory>({
    resource: "categories",
    pagination: { mode: "off" },
  });
  const categoryOf = (id: BaseKey | null) =>
    id === null ? null : (autocompleteProps.options.find((option) => String(option.id) === String(id)) ?? null);

  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <TextField
        {...register("title", { required: "Enter a title", validate: (value) => value.trim() !== "" || "Enter a title" })}
        label="Title"
        error={Boolean(errors.title)}
        helperText={errors.title?.message}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <Controller
        control={control}
        name="categoryId"
        rules={{ required: "Choose a category" }}
        render={({ field }) => (
          <Autocomplete<ICategory>
            {...autocompleteProps}
            value={categoryOf(field.value)}
            onChange={(_, category) => field.onChange(category?.id ?? null)}
            onBlur={field.onBlur}
            getOptionLabel={(category) => category.title}
            isOptionEqualToValue={(option, value) => String(option.id) === String(value.id)}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                label="Category"
                error={Boolean(errors.categoryId)}
                helperText={errors.categoryId?.message}
              />
            )}
          />
        )}
      />
      <Controller
        control={control}
        name="status"
        rules={{ required: "Choose a status" }}
        render={({ field }) => (
          // `?? ""`: on the edit page the record loads after mount; a select that
          // starts with `undefined` would stay uncontrolled and not show it.
          <TextField {...field} value={field.value ?? ""} select label="Status">
            {STATUSES.map((status) => (
              <MenuItem key={status} value={status}>
                {status}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <TextField
        {...register("content", { required: "Enter some content" })}
        label="Content"
        multiline
        minRows={6}
        error={Boolean(errors.content)}
        helperText={errors.content?.message}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
    </Box>
  );
}
