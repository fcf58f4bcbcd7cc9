/** How the kit shows single values of a record: a tag (post status, user role), an email link. */

const TONES: Record<string, string> = {
  published: "bg-green-50 text-green-700 ring-green-600/20 dark:bg-green-950 dark:text-green-300 dark:ring-green-400/30",
  draft: "bg-amber-50 text-amber-700 ring-amber-600/20 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-400/30",
  rejected: "bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-950 dark:text-red-300 dark:ring-red-400/30",
};

const NEUTRAL = "bg-zinc-100 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-400/30";

/** A small colored label (post status, user role). */
export function Tag({ value }: { value: string | undefined }) {
  if (!value) return null;
  return (
    <span className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[value] ?? NEUTRAL}`}>
      {value}
    </span>
  );
}

export function EmailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
      {email}
    </a>
  );
}
