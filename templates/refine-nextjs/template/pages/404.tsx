import { ErrorComponent } from "@refinedev/antd";

/** Unknown routes: refine's error page inside the layout. */
export default function NotFoundPage() {
  return <ErrorComponent />;
}
