import type { BaseKey } from "@refinedev/core";

export type PostStatus = "published" | "draft" | "rejected";

export interface IPost {
  id: BaseKey;
  title: string;
  content: string;
  status: PostStatus;
  categoryId: BaseKey;
  userId?: BaseKey;
  createdAt: string;
}

export interface ICategory {
  id: BaseKey;
  title: string;
  description?: string;
}

export interface IUser {
  id: BaseKey;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
  birthday?: string;
}
