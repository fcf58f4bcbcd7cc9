/** How the kit shows single values of a record: a tag (post status, user role), an email link. */

import type { VariantProps } from "class-variance-authority";
import { Badge, type badgeVariants } from "@/components/ui/badge";

/** Post statuses in their own colours; anything else (a user's role) as a secondary badge. */
const VARIANTS: Record<string, VariantProps<typeof badgeVariants>["variant"]> = {
  published: "default",
  draft: "secondary",
  rejected: "destructive",
};

export function Tag({ value }: { value: string | undefined }) {
  if (!value) return null;
  return <Badge variant={VARIANTS[value] ?? "secondary"}>{value}</Badge>;
}

export function EmailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`} className="underline-offset-4 hover:underline">
      {email}
    </a>
  );
}
