// The caller's API key for a server with Auth:Keys. Kept in sessionStorage (gone when the tab
// closes), sent only as `authorization: Bearer <key>` metadata: never in the URL, never logged.
const storageKey = "docgen.apiKey";

export function apiKey(): string {
  return sessionStorage.getItem(storageKey) ?? "";
}

export function setApiKey(key: string): void {
  const trimmed = key.trim();
  if (trimmed === "") sessionStorage.removeItem(storageKey);
  else sessionStorage.setItem(storageKey, trimmed);
}
