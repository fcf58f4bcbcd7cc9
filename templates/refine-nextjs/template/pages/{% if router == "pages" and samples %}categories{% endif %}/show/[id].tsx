import type { GetStaticPaths, GetStaticProps } from "next";
import type { ComponentProps } from "react";
import type { AppPage } from "@/lib/app-page";
import { CategoryShow } from "@/resources/categories/show";
import { loadCategoryShow } from "@/server/loaders";

/*
 * Statically generated (SSG) with incremental regeneration: no page is built
 * ahead (the build needs no running API); each is rendered on its first
 * request, cached, and refreshed at most every `revalidate` seconds.
 * Category data is treated as public: there is no per-request session check
 * here, so the page renders in the layout at once ("public"); the browser
 * still requires a login (<Authenticated> in the layout).
 */
const CategoryShowPage: AppPage<ComponentProps<typeof CategoryShow>> = (props) => <CategoryShow {...props} />;

CategoryShowPage.layout = "public";
export default CategoryShowPage;

export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps = async ({ params }) => {
  try {
    return { props: await loadCategoryShow(String(params?.id)), revalidate: 60 };
  } catch {
    return { notFound: true, revalidate: 10 };
  }
};
