import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageTitle } from "@/lib/page-title";
import { CategoryShow } from "@/resources/categories/show";
import { loadCategoryShow } from "@/server/loaders";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: pageTitle("categories", "show", (await params).id) };
}

/*
 * Statically generated with incremental regeneration: no page is built ahead
 * (the build needs no running API); each is rendered on its first request,
 * cached, and refreshed at most every `revalidate` seconds. Category data is
 * treated as public: no per-request session check here, and the (public)
 * layout renders it at once; the browser still requires a login
 * (<Authenticated> in the layout). Rendered without the request
 * (`force-static`): the layouts see no cookies (light mode), as the Pages
 * Router's getStaticProps page does.
 */
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateStaticParams(): Promise<{ id: string }[]> {
  return [];
}

export default async function CategoryShowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const props = await loadCategoryShow(id).catch(() => notFound());
  return <CategoryShow {...props} />;
}
