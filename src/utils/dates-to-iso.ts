/**
 * Astro reads MDX frontmatter as YAML 1.1, where an unquoted 2021-03-20 is a
 * timestamp, while the ingest's YAML 1.2 writer leaves it unquoted. Turning
 * such Date values back into `YYYY-MM-DD` lets the shared schema (ISO strings)
 * validate either way. https://yaml.org/type/timestamp.html
 */
export function datesToIso(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesToIso);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesToIso(v)]));
  }
  return value;
}
