"use client";

import type { NotificationProvider, OpenNotificationParams } from "@refinedev/core";
import { CircleAlertIcon, CircleCheckIcon, LoaderCircleIcon, XIcon } from "lucide-react";
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type Toast = OpenNotificationParams & { key: string };

const ToastContext = createContext<NotificationProvider | null>(null);

/** How long a success or error message stays up; "progress" (undoable) uses its own timeout. */
const TOAST_MS = 4_000;

/**
 * refine's notifications (saved, deleted, errors) as small toasts in the
 * corner. `<Toaster>` holds them; pass `useNotificationProvider` to <Refine>.
 */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const counter = useRef(0);

  const close = useCallback((key: string) => {
    clearTimeout(timers.current.get(key));
    timers.current.delete(key);
    setToasts((current) => current.filter((toast) => toast.key !== key));
  }, []);

  const open = useCallback(
    (params: OpenNotificationParams) => {
      const key = params.key ?? `toast-${++counter.current}`;
      setToasts((current) => [...current.filter((toast) => toast.key !== key), { ...params, key }]);
      clearTimeout(timers.current.get(key));
      const ms = params.type === "progress" ? (params.undoableTimeout ?? 5) * 1000 : TOAST_MS;
      timers.current.set(
        key,
        setTimeout(() => close(key), ms),
      );
    },
    [close],
  );

  const provider = useMemo(() => ({ open, close }), [open, close]);

  return (
    <ToastContext.Provider value={provider}>
      {children}
      <ol aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2">
        {toasts.map((toast) => (
          <li
            key={toast.key}
            className={cn(
              "pointer-events-auto flex items-start gap-3 rounded-lg border bg-popover p-4 text-sm text-popover-foreground shadow-lg",
              toast.type === "error" && "border-destructive/50",
            )}
          >
            {toast.type === "success" && <CircleCheckIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />}
            {toast.type === "error" && <CircleAlertIcon className="mt-0.5 size-4 shrink-0 text-destructive" />}
            {toast.type === "progress" && <LoaderCircleIcon className="mt-0.5 size-4 shrink-0 animate-spin" />}
            <div className="flex-1">
              <p className="font-medium">{toast.message}</p>
              {toast.description && <p className="text-muted-foreground">{toast.description}</p>}
              {toast.type === "progress" && toast.cancelMutation && (
                <Button
                  variant="link"
                  size="sm"
                  className="h-auto px-0"
                  onClick={() => {
                    toast.cancelMutation?.();
                    close(toast.key);
                  }}
                >
                  Undo
                </Button>
              )}
            </div>
            <Button variant="ghost" size="icon-sm" aria-label="Dismiss" onClick={() => close(toast.key)}>
              <XIcon />
            </Button>
          </li>
        ))}
      </ol>
    </ToastContext.Provider>
  );
}

/** For `<Refine notificationProvider={useNotificationProvider}>`, inside `<Toaster>`. */
export function useNotificationProvider(): NotificationProvider {
  const provider = useContext(ToastContext);
  if (!provider) throw new Error("useNotificationProvider must be used inside <Toaster>");
  return provider;
}
