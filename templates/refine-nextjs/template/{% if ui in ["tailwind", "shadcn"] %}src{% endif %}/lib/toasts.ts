import type { NotificationProvider, OpenNotificationParams } from "@refinedev/core";
import { useSyncExternalStore } from "react";

/*
 * refine's notifications (saved, deleted, login failed…) as a list of toasts:
 * `notificationProvider` (given to <Refine> by the kit's shell) writes it, and
 * the kit's <Toaster> reads it with `useToasts()`. A module-level list, so it
 * needs no context provider; the server renders no toasts.
 */

export type Toast = OpenNotificationParams & { key: string };

/** How long a success or error message stays up; an undoable one ("progress") lasts its own timeout. */
const TOAST_MS = 4_000;

let toasts: Toast[] = [];
const listeners = new Set<() => void>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
let nextKey = 0;

function update(next: Toast[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

export function closeToast(key: string) {
  clearTimeout(timers.get(key));
  timers.delete(key);
  update(toasts.filter((toast) => toast.key !== key));
}

export const notificationProvider: NotificationProvider = {
  open: (params) => {
    const key = params.key ?? `toast-${nextKey++}`;
    update([...toasts.filter((toast) => toast.key !== key), { ...params, key }]);
    clearTimeout(timers.get(key));
    const ms = params.type === "progress" ? (params.undoableTimeout ?? 5) * 1000 : TOAST_MS;
    timers.set(
      key,
      setTimeout(() => closeToast(key), ms),
    );
  },
  close: closeToast,
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const NONE: Toast[] = [];

/** The toasts to show now. */
export function useToasts(): Toast[] {
  return useSyncExternalStore(subscribe, () => toasts, () => NONE);
}
