"use client";

import { CircleAlertIcon, CircleCheckIcon, LoaderCircleIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { closeToast as close, useToasts } from "@/lib/toasts";
import { cn } from "@/lib/utils";

/** refine's notifications as small toasts in the corner (the list: src/lib/toasts.ts). */
export function Toaster() {
  const toasts = useToasts();

  return (
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
  );
}
