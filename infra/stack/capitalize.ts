/** `salesReports` → `SalesReports`: a logical name of the description as part of a construct id. */
export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
