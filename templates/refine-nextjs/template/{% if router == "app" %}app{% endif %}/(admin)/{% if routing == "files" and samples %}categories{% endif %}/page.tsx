import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { CategoryList } from "@/resources/categories/list";
import { loadCategoryList } from "@/server/loaders";
import { loadPage, urlOf, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: pageTitle("categories") };

export default async function CategoryListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const url = urlOf("/categories", await searchParams);
  return <CategoryList {...await loadPage(() => loadCategoryList(url))} />;
}
