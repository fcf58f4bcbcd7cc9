import type { Metadata } from "next";
import { pageTitle } from "@/lib/page-title";
import { About } from "@/resources/about";

export const metadata: Metadata = { title: pageTitle("about") };

export default About;
