/**
 * `2024-05-01T10:00:00Z` → `2024-05-01` (or `2024-05-01 10:00` with the time), in UTC,
 * so the server and the browser render the same text whatever their time zones.
 */
export function formatDate(value: string | undefined, withTime = false): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const iso = date.toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}
