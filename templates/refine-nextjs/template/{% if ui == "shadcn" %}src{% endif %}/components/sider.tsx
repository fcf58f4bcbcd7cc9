"use client";

import { Link, useMenu, type TreeMenuItem } from "@refinedev/core";
import { cn } from "@/lib/utils";

/** The navigation: one entry per resource with a list page (refine's useMenu), the current one highlighted. */
export function Sider() {
  const { menuItems, selectedKey } = useMenu();

  return (
    <nav aria-label="Main" className="flex flex-col gap-1 p-3">
      {menuItems.map((item) => (
        <MenuLink key={item.key} item={item} selected={item.key === selectedKey} />
      ))}
    </nav>
  );
}

function MenuLink({ item, selected }: { item: TreeMenuItem; selected: boolean }) {
  if (!item.route) return null;
  return (
    <Link
      to={item.route}
      aria-current={selected ? "page" : undefined}
      className={cn(
        "flex h-9 items-center gap-2 rounded-md px-3 text-sm font-medium text-sidebar-foreground/80 transition-colors hover:bg-sidebar-accent hover:text-sidebar-accent-foreground [&_svg]:size-4 [&_svg]:shrink-0",
        selected && "bg-sidebar-accent text-sidebar-accent-foreground",
      )}
    >
      {item.icon}
      <span className="truncate">{item.label}</span>
    </Link>
  );
}
