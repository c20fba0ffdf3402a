// Drafts kept in this browser (localStorage), one per site and year, so a reload or a closed tab
// loses nothing. Each entry is the RenderRequest JSON as exported, with when it was saved and
// whether it changed since the last export.
const prefix = "docgen.draft:";

export interface StoredDraft {
  readonly key: string;
  readonly request: string;
  readonly agency: string;
  readonly siteCode: string;
  readonly year: string;
  readonly savedAt: number;
  readonly exported: boolean;
}

export function draftKey(siteCode: string, year: string): string {
  return `${prefix}${siteCode}:${year}`;
}

export function saveDraft(entry: Omit<StoredDraft, "key">): string {
  const key = draftKey(entry.siteCode, entry.year);
  try {
    localStorage.setItem(key, JSON.stringify(entry));
  } catch {
    // Storage full or refused (private mode): the page keeps working, the draft is just not kept.
  }
  return key;
}

export function removeDraft(key: string): void {
  localStorage.removeItem(key);
}

/** Every stored draft, the most recently saved first. */
export function listDrafts(): StoredDraft[] {
  const drafts: StoredDraft[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      drafts.push({ ...(JSON.parse(localStorage.getItem(key) ?? "") as Omit<StoredDraft, "key">), key });
    } catch {
      localStorage.removeItem(key);
    }
  }
  return drafts.sort((a, b) => b.savedAt - a.savedAt);
}

/** "盘锦市商务局 · 2023年度 · 12月7日 14:25 保存". */
export function describeDraft(d: StoredDraft): string {
  const saved = new Date(d.savedAt).toLocaleString("zh-CN", { month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" });
  return `${d.agency || "（未填发布机构）"} · ${d.year ? `${d.year}年度` : "（未填年度）"} · ${saved} 保存`;
}
