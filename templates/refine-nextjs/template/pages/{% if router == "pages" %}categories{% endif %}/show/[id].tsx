import type { GetStaticPaths, GetStaticProps } from "next";
import { CategoryShow } from "@/resources/categories/show";
import { loadCategoryShow } from "@/server/loaders";

export default CategoryShow;

/*
 * Statically generated (SSG) with incremental regeneration: no page is built
 * ahead (the build needs no running API); each is rendered on its first
 * request, cached, and refreshed at most every `revalidate` seconds.
 * Category data is treated as public: there is no per-request session check
 * here; the browser still requires a login (<Authenticated> in the layout).
 */
export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps = async ({ params }) => {
  try {
    return { props: await loadCategoryShow(String(params?.id)), revalidate: 60 };
  } catch {
    return { notFound: true, revalidate: 10 };
  }
};
