import type { HTMLAttributes, ReactNode } from "react";

/**
 * The frame of a resource page: its heading (what the tests and screen
 * readers find the page by), the page's actions, then its content in a card.
 */
export function Page({
  title,
  actions,
  loading = false,
  children,
}: {
  title: string;
  actions?: ReactNode;
  loading?: boolean;
  children: ReactNode;
}) {
  return (
    <section className="space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </header>
      <Card aria-busy={loading}>{children}</Card>
    </section>
  );
}

export function Card({ className = "", ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={`rounded-lg border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900 ${className}`}
      {...props}
    />
  );
}

/** Label/value pairs of a show page. */
export function Details({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-[10rem_1fr]">
      {items.map(({ label, value }) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
