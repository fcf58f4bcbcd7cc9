import type { BaseKey } from "@refinedev/core";

/** The statuses a post can have, in the order the post forms list them. */
export const POST_STATUSES = ["published", "draft", "rejected"] as const;
type PostStatus = (typeof POST_STATUSES)[number];

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
