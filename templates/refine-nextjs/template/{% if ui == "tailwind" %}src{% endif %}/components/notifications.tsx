"use client";

import type { NotificationProvider, OpenNotificationParams } from "@refinedev/core";
import { useSyncExternalStore } from "react";

/*
 * refine's notifications (saved, deleted, login failed…) as small toasts:
 * a module-level list that `notificationProvider` writes and <Toaster> reads.
 */

type Toast = OpenNotificationParams & { key: string };

let toasts: Toast[] = [];
const listeners = new Set<() => void>();
let nextKey = 0;

function update(next: Toast[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

function close(key: string) {
  update(toasts.filter((toast) => toast.key !== key));
}

export const notificationProvider: NotificationProvider = {
  open: (params) => {
    const key = params.key ?? `toast-${nextKey++}`;
    update([...toasts.filter((toast) => toast.key !== key), { ...params, key }]);
    if (params.type !== "progress") setTimeout(() => close(key), 4000);
  },
  close,
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const EMPTY: Toast[] = [];

const TONES: Record<OpenNotificationParams["type"], string> = {
  success: "border-green-500",
  error: "border-red-500",
  progress: "border-indigo-500",
};

export function Toaster() {
  const current = useSyncExternalStore(subscribe, () => toasts, () => EMPTY);

  return (
    <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2">
      {current.map((toast) => (
        <div
          key={toast.key}
          role={toast.type === "error" ? "alert" : "status"}
          className={`pointer-events-auto rounded-md border-l-4 bg-white p-3 text-sm shadow-lg dark:bg-zinc-800 ${TONES[toast.type]}`}
        >
          <div className="flex items-start justify-between gap-2">
            <p className="font-medium">{toast.message}</p>
            <button
              type="button"
              aria-label="Close"
              className="text-zinc-400 hover:text-zinc-700 dark:hover:text-zinc-200"
              onClick={() => close(toast.key)}
            >
              ×
            </button>
          </div>
          {toast.description && <p className="mt-1 text-zinc-600 dark:text-zinc-300">{toast.description}</p>}
          {toast.type === "progress" && toast.cancelMutation && (
            <button
              type="button"
              className="mt-2 text-indigo-600 hover:underline dark:text-indigo-400"
              onClick={() => {
                toast.cancelMutation?.();
                close(toast.key);
              }}
            >
              Undo
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
