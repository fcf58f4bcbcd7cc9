import { useList, type BaseKey, type BaseRecord, type GetListResponse } from "@refinedev/core";

/**
 * The records of a short referenced list as `id → label`, for a reference column's
 * cells (`create-refine-app add resource`'s ref fields); `initial` comes from the server.
 */
export function useRecordTitles(resource: string, labelField: string, initial?: GetListResponse<BaseRecord>) {
  const { result } = useList<BaseRecord>({
    resource,
    pagination: { mode: "off" },
    queryOptions: { initialData: initial },
  });
  const titles = new Map(result.data.map((record) => [String(record.id), String(record[labelField] ?? "")]));
  return (id: BaseKey | undefined) => (id === undefined ? "" : (titles.get(String(id)) ?? ""));
}
