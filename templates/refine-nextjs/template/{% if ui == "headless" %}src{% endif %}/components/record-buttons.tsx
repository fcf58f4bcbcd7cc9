"use client";

import { useDelete, useNavigation, type BaseKey } from "@refinedev/core";

interface RecordButtonProps {
  resource: string;
  id: BaseKey;
}

/** Goes to the record's show page (the resource's `show` route). */
export function ShowButton({ resource, id }: RecordButtonProps) {
  const { show } = useNavigation();
  return (
    <button type="button" onClick={() => show(resource, id)}>
      Show
    </button>
  );
}

/** Goes to the record's edit page. */
export function EditButton({ resource, id }: RecordButtonProps) {
  const { edit } = useNavigation();
  return (
    <button type="button" onClick={() => edit(resource, id)}>
      Edit
    </button>
  );
}

/** Deletes the record after a confirm; refine then refetches the lists that held it. */
export function DeleteButton({ resource, id, onSuccess }: RecordButtonProps & { onSuccess?: () => void }) {
  const { mutate, mutation } = useDelete();
  const remove = () => {
    if (!window.confirm("Delete this record?")) return;
    mutate({ resource, id }, { onSuccess });
  };
  return (
    <button type="button" className="danger" onClick={remove} disabled={mutation.isPending}>
      Delete
    </button>
  );
}
