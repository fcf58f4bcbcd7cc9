"use client";

import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { Controller } from "react-hook-form";
import { postRules, type PostFormState } from "@/lib/use-post-form";
import { POST_STATUSES } from "@/types";

/**
 * The fields shared by the create and edit pages; the wiring is `usePostForm`.
 * `categoryId` is the record's value; the Autocomplete shows its option.
 */
export function PostFormFields({ post }: { post: PostFormState }) {
  const {
    control,
    register,
    formState: { errors },
  } = post.form;

  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <TextField
        {...register("title", postRules.title)}
        label="Title"
        error={Boolean(errors.title)}
        helperText={errors.title?.message}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <Controller
        control={control}
        name="categoryId"
        rules={postRules.categoryId}
        render={({ field }) => (
          <Autocomplete
            options={post.categories}
            loading={!post.categoriesLoaded}
            value={post.categories.find((option) => String(option.value) === String(field.value)) ?? null}
            onChange={(_, option) => field.onChange(option?.value ?? "")}
            onBlur={field.onBlur}
            isOptionEqualToValue={(option, value) => String(option.value) === String(value.value)}
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
        rules={postRules.status}
        render={({ field }) => (
          <TextField {...field} select label="Status">
            {POST_STATUSES.map((status) => (
              <MenuItem key={status} value={status}>
                {status}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <TextField
        {...register("content", postRules.content)}
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
