import { Badge } from "@/components/ui/badge";
import type { PostStatus } from "@/types";

const VARIANTS = { published: "default", draft: "secondary", rejected: "destructive" } as const;

export function StatusBadge({ status }: { status: PostStatus | undefined }) {
  if (!status) return null;
  return <Badge variant={VARIANTS[status] ?? "outline"}>{status}</Badge>;
}
