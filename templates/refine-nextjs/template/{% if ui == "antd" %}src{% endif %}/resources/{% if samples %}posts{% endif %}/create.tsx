"use client";

import { Create, useForm } from "@refinedev/antd";
import { Form } from "antd";
import { PostFormFields } from "@/resources/posts/form";
import type { IPost } from "@/types";

export function PostCreate() {
  const { formProps, saveButtonProps } = useForm<IPost>({
    defaultFormValues: { status: "draft" },
  });

  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form
        {...formProps}
        layout="vertical"
        onFinish={(values) => formProps.onFinish?.({ ...values, createdAt: new Date().toISOString() })}
      >
        <PostFormFields />
      </Form>
    </Create>
  );
}
