"use client";

import { Edit, useForm } from "@refinedev/antd";
import { Form } from "antd";
import { PostFormFields } from "@/resources/posts/form";
import type { IPost } from "@/types";

export function PostEdit() {
  const { formProps, saveButtonProps } = useForm<IPost>();

  return (
    <Edit saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical">
        <PostFormFields />
      </Form>
    </Edit>
  );
}
