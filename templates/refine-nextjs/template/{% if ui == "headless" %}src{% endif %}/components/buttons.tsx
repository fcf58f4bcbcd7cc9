"use client";

import { useDelete, useNavigation, type BaseKey } from "@refinedev/core";

interface RecordButtonProps {
  resource: string;
  id: BaseKey;
  /** The compact look of table rows (the text stays: it is the button's name). */
  hideText?: boolean;
}

/** Goes to the resource's create page. */
export function CreateButton({ resource }: { resource: string }) {
  const { create } = useNavigation();
  return (
    <button type="button" className="primary" onClick={() => create(resource)}>
      Create
    </button>
  );
}

/** Goes to the record's show page (the resource's `show` route). */
export function ShowButton({ resource, id, hideText }: RecordButtonProps) {
  const { show } = useNavigation();
  return (
    <button type="button" className={hideText ? "small" : undefined} onClick={() => show(resource, id)}>
      Show
    </button>
  );
}

/** Goes to the record's edit page. */
export function EditButton({ resource, id, hideText }: RecordButtonProps) {
  const { edit } = useNavigation();
  return (
    <button type="button" className={hideText ? "small" : undefined} onClick={() => edit(resource, id)}>
      Edit
    </button>
  );
}

/** Deletes the record after a confirm; refine then refetches the lists that held it. */
export function DeleteButton({ resource, id, hideText, onSuccess }: RecordButtonProps & { onSuccess?: () => void }) {
  const { mutate, mutation } = useDelete();
  const remove = () => {
    if (!window.confirm("Delete this record?")) return;
    mutate({ resource, id }, { onSuccess });
  };
  return (
    <button
      type="button"
      className={hideText ? "danger small" : "danger"}
      onClick={remove}
      disabled={mutation.isPending}
    >
      Delete
    </button>
  );
}
