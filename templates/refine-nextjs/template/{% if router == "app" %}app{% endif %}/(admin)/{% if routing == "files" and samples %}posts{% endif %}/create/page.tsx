import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { PostCreate } from "@/resources/posts/create";

export const metadata: Metadata = { title: pageTitle("posts", "create") };

export default PostCreate;
