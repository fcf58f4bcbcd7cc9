"use client";

import { useSelect } from "@refinedev/antd";
import { Form, Input, Select } from "antd";
import { POST_STATUSES, type ICategory } from "@/types";

/** The fields shared by the create and edit pages. */
export function PostFormFields() {
  const { selectProps: categorySelectProps } = useSelect<ICategory>({
    resource: "categories",
    optionLabel: "title",
    pagination: { mode: "off" },
  });

  return (
    <>
      <Form.Item label="Title" name="title" rules={[{ required: true, whitespace: true }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Category" name="categoryId" rules={[{ required: true }]}>
        <Select {...categorySelectProps} />
      </Form.Item>
      <Form.Item label="Status" name="status" rules={[{ required: true }]}>
        <Select options={POST_STATUSES.map((status) => ({ label: status, value: status }))} />
      </Form.Item>
      <Form.Item label="Content" name="content" rules={[{ required: true }]}>
        <Input.TextArea rows={6} />
      </Form.Item>
    </>
  );
}
