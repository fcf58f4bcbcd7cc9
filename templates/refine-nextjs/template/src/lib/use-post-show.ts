import { useOne, useShow, type GetOneResponse } from "@refinedev/core";
import type { ICategory, IPost } from "@/types";

/** The post show page's server data (src/server/loaders.ts): both records are in the first HTML. */
export interface PostShowProps {
  initial?: GetOneResponse<IPost>;
  category?: GetOneResponse<ICategory>;
}

/** The post and its category, from the server's data (initialData) until refine refetches. */
export function usePostShow({ initial, category }: PostShowProps) {
  const { query, result: post } = useShow<IPost>({ queryOptions: { initialData: initial } });
  const { result: postCategory } = useOne<ICategory>({
    resource: "categories",
    id: post?.categoryId,
    queryOptions: { enabled: post !== undefined, initialData: category },
  });
  return { query, post, postCategory };
}
