/** How the kit shows single values of a record: a tag (post status, user role), an email link. */

/** A small label (post status, user role); globals.css colours `badge-published` and friends. */
export function Tag({ value }: { value: string | undefined }) {
  if (!value) return null;
  return <span className={`badge badge-${value}`}>{value}</span>;
}

export function EmailLink({ email }: { email: string }) {
  return <a href={`mailto:${email}`}>{email}</a>;
}
