"use client";

import { Link, useMenu, type TreeMenuItem } from "@refinedev/core";

/** The navigation: one entry per resource with a list route (refine's useMenu), the current one highlighted. */
export function Sider({ onNavigate }: { onNavigate?: () => void }) {
  const { menuItems, selectedKey } = useMenu();

  return (
    <nav aria-label="Main" className="flex flex-col gap-1 p-3">
      {menuItems.map((item) => (
        <MenuEntry key={item.key} item={item} selectedKey={selectedKey} onNavigate={onNavigate} />
      ))}
    </nav>
  );
}

function MenuEntry({
  item,
  selectedKey,
  onNavigate,
}: {
  item: TreeMenuItem;
  selectedKey: string;
  onNavigate?: () => void;
}) {
  if (item.children.length > 0) {
    return (
      <div className="mt-2">
        <p className="px-3 py-1 text-xs font-semibold text-zinc-500 uppercase">{item.label}</p>
        {item.children.map((child) => (
          <MenuEntry key={child.key} item={child} selectedKey={selectedKey} onNavigate={onNavigate} />
        ))}
      </div>
    );
  }
  if (!item.route) return null;
  const selected = item.key === selectedKey;

  return (
    <Link
      to={item.route}
      onClick={onNavigate}
      aria-current={selected ? "page" : undefined}
      className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors ${
        selected
          ? "bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300"
          : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      }`}
    >
      <span className="shrink-0">{item.icon}</span>
      {item.label}
    </Link>
  );
}
