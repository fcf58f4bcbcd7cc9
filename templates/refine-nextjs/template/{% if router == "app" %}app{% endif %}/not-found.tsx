import { NotFound } from "@/components/not-found";

/** Unknown routes: refine's error page, with a 404 status. */
export default function NotFoundPage() {
  return <NotFound />;
}
