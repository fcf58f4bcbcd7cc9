import { useList, type BaseKey, type GetListResponse } from "@refinedev/core";
import type { ICategory } from "@/types";

/** All categories (a short list), as `id → title`; `initial` comes from the server. */
export function useCategoryTitles(initial?: GetListResponse<ICategory>) {
  const { result } = useList<ICategory>({
    resource: "categories",
    pagination: { mode: "off" },
    queryOptions: { initialData: initial },
  });
  const titles = new Map(result.data.map((category) => [String(category.id), category.title]));
  return (id: BaseKey | undefined) => (id === undefined ? "" : (titles.get(String(id)) ?? ""));
}
