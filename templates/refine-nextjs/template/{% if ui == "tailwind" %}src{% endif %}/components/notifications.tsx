"use client";

import type { OpenNotificationParams } from "@refinedev/core";
import { closeToast as close, useToasts } from "@/lib/toasts";

const TONES: Record<OpenNotificationParams["type"], string> = {
  success: "border-green-500",
  error: "border-red-500",
  progress: "border-indigo-500",
};

/** refine's notifications as small toasts in the corner (the list: src/lib/toasts.ts). */
export function Toaster() {
  const current = useToasts();

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
