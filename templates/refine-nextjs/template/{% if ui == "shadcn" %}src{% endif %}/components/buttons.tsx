"use client";

/*
 * refine's action buttons: refine's headless button hooks give each one its
 * target, label and access rules; these render them as shadcn buttons. They
 * navigate on click (refine's router) and stay <button>s, so tests and
 * assistive tech find them by role and name ("Create", "Edit", …).
 */

import {
  useCreateButton,
  useDeleteButton,
  useEditButton,
  useGo,
  useListButton,
  useShowButton,
  type BaseKey,
} from "@refinedev/core";
import { EyeIcon, ListIcon, PencilIcon, PlusIcon, TrashIcon } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

interface NavigationButtonProps {
  resource?: string;
  id?: BaseKey;
  /** Icon only (table rows); the label stays the accessible name. */
  hideText?: boolean;
  size?: ButtonProps["size"];
}

function NavigationButton({
  to,
  label,
  hidden,
  disabled,
  icon,
  hideText,
  size,
  variant = "outline",
}: {
  to: string;
  label: string;
  hidden: boolean;
  disabled: boolean;
  icon: ReactNode;
  hideText?: boolean;
  size?: ButtonProps["size"];
  variant?: ButtonProps["variant"];
}) {
  const go = useGo();
  if (hidden) return null;
  return (
    <Button
      variant={variant}
      size={hideText ? "icon-sm" : (size ?? "default")}
      disabled={disabled}
      aria-label={hideText ? label : undefined}
      title={hideText ? label : undefined}
      onClick={() => go({ to, type: "push" })}
    >
      {icon}
      {!hideText && label}
    </Button>
  );
}

export function CreateButton({ resource, hideText, size }: NavigationButtonProps) {
  const button = useCreateButton({ resource });
  return <NavigationButton {...button} icon={<PlusIcon />} hideText={hideText} size={size} variant="default" />;
}

export function ShowButton({ resource, id, hideText, size }: NavigationButtonProps) {
  const button = useShowButton({ resource, id });
  return <NavigationButton {...button} icon={<EyeIcon />} hideText={hideText} size={size} />;
}

export function EditButton({ resource, id, hideText, size }: NavigationButtonProps) {
  const button = useEditButton({ resource, id });
  return <NavigationButton {...button} icon={<PencilIcon />} hideText={hideText} size={size} />;
}

export function ListButton({ resource, hideText, size }: NavigationButtonProps) {
  const button = useListButton({ resource });
  return <NavigationButton {...button} icon={<ListIcon />} hideText={hideText} size={size} />;
}

/**
 * Delete with a confirmation step: the first click asks, "Confirm" deletes
 * (refine invalidates the list and shows a notification), "Cancel" backs out.
 */
export function DeleteButton({
  resource,
  id,
  hideText,
  size,
  onSuccess,
}: NavigationButtonProps & { onSuccess?: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const { label, title, hidden, disabled, loading, onConfirm, confirmOkLabel, cancelLabel, confirmTitle } =
    useDeleteButton({ resource, id, onSuccess });
  if (hidden) return null;

  if (confirming) {
    return (
      <span role="group" aria-label={confirmTitle} className="inline-flex items-center gap-1">
        <Button
          variant="destructive"
          size="sm"
          disabled={loading}
          onClick={() => {
            onConfirm();
            setConfirming(false);
          }}
        >
          {confirmOkLabel}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
          {cancelLabel}
        </Button>
      </span>
    );
  }

  return (
    <Button
      variant="outline"
      size={hideText ? "icon-sm" : (size ?? "default")}
      className="text-destructive hover:text-destructive"
      disabled={disabled || loading}
      aria-label={hideText ? label : undefined}
      title={hideText ? title : undefined}
      onClick={() => setConfirming(true)}
    >
      <TrashIcon />
      {!hideText && label}
    </Button>
  );
}
