"use client";

import {
  useCreateButton,
  useDeleteButton,
  useEditButton,
  useGo,
  useListButton,
  useShowButton,
  type BaseKey,
} from "@refinedev/core";
import { useState, type ReactNode } from "react";
import { EyeIcon, ListIcon, PencilIcon, PlusIcon, TrashIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";

/*
 * refine's headless button hooks give each button its route, label and
 * access-control state; these render them as native buttons. Row buttons
 * (`hideText`) show only the icon and keep the label as their accessible name.
 */

interface NavButtonProps {
  resource?: string;
  hideText?: boolean;
}

function NavButton({
  values,
  icon,
  hideText,
  primary,
}: {
  values: { to: string; label: string; title: string; hidden: boolean; disabled: boolean };
  icon: ReactNode;
  hideText?: boolean;
  primary?: boolean;
}) {
  const go = useGo();
  if (values.hidden) return null;
  return (
    <Button
      variant={primary ? "primary" : hideText ? "ghost" : "secondary"}
      size={hideText ? "sm" : "md"}
      aria-label={hideText ? values.label : undefined}
      title={values.title || (hideText ? values.label : undefined)}
      disabled={values.disabled || !values.to}
      onClick={() => go({ to: values.to, type: "push" })}
    >
      {icon}
      {!hideText && values.label}
    </Button>
  );
}

export function CreateButton({ resource, hideText }: NavButtonProps) {
  return <NavButton values={useCreateButton({ resource })} icon={<PlusIcon />} hideText={hideText} primary />;
}

export function ListButton({ resource, hideText }: NavButtonProps) {
  return <NavButton values={useListButton({ resource })} icon={<ListIcon />} hideText={hideText} />;
}

export function ShowButton({ resource, id, hideText }: NavButtonProps & { id: BaseKey }) {
  return <NavButton values={useShowButton({ resource, id })} icon={<EyeIcon />} hideText={hideText} />;
}

export function EditButton({ resource, id, hideText }: NavButtonProps & { id: BaseKey }) {
  return <NavButton values={useEditButton({ resource, id })} icon={<PencilIcon />} hideText={hideText} />;
}

/** Deletes after a confirmation next to the button (refine's confirm texts; Escape cancels). */
export function DeleteButton({ resource, id, hideText }: NavButtonProps & { id: BaseKey }) {
  const [confirming, setConfirming] = useState(false);
  const { label, title, hidden, disabled, loading, confirmTitle, confirmOkLabel, cancelLabel, onConfirm } =
    useDeleteButton({ resource, id });
  if (hidden) return null;

  return (
    <span className="relative inline-flex">
      <Button
        variant={hideText ? "ghost-danger" : "danger"}
        size={hideText ? "sm" : "md"}
        aria-label={hideText ? label : undefined}
        aria-expanded={confirming}
        title={title || (hideText ? label : undefined)}
        disabled={disabled || loading}
        onClick={() => setConfirming((open) => !open)}
      >
        <TrashIcon />
        {!hideText && label}
      </Button>
      {confirming && (
        <span
          role="dialog"
          aria-label={confirmTitle}
          // Beside the button, so it stays inside the row (tables scroll horizontally).
          className="absolute top-1/2 right-full z-20 mr-1 flex w-max -translate-y-1/2 items-center gap-2 rounded-md border border-zinc-200 bg-white p-2 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
          onKeyDown={(event) => event.key === "Escape" && setConfirming(false)}
        >
          <span>{confirmTitle}</span>
          <Button size="sm" onClick={() => setConfirming(false)}>
            {cancelLabel}
          </Button>
          <Button
            size="sm"
            variant="destructive"
            onClick={() => {
              setConfirming(false);
              onConfirm();
            }}
          >
            {confirmOkLabel}
          </Button>
        </span>
      )}
    </span>
  );
}
