import type { Instance, PagefindInput } from '@pagefind/component-ui';
import { loadSearch } from './load.ts';

/**
 * /search/: the full result list with filters. `?q=` is read on load and
 * kept in step with the box (history.replaceState), so the address bar
 * always holds a link to the current result list.
 */
async function start(root: HTMLElement): Promise<void> {
  const instance = await loadSearch();
  const ui = root.querySelector<HTMLElement>('[data-search-ui]');
  if (!ui) return;
  const input = element('pagefind-input', { placeholder: '搜索法律问题' }) as PagefindInput;
  // The summary doubles as the live region that announces the result count.
  const summary = element('pagefind-summary', { role: 'status', 'aria-live': 'polite' });
  const filters = element('pagefind-filter-pane', { open: 'type' });
  relabelFilterGroups(filters);
  // Title + highlighted excerpt per page; section links would repeat the page.
  const results = element('pagefind-results', { 'hide-sub-results': '' });
  const columns = document.createElement('div');
  columns.className = 'search-columns';
  columns.append(filters, results);
  ui.replaceChildren(input, summary, columns);
  ui.hidden = false;
  root.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
  input.inputEl?.setAttribute('aria-label', '搜索法律问题');
  input.inputEl?.setAttribute('aria-keyshortcuts', '/ Control+K');
  keepUrlInStep(instance);
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (input.inputEl) input.inputEl.value = q;
  if (q) instance.triggerSearch(q);
  else input.inputEl?.focus();
}

function element(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Filter keys are fixed ASCII (type/topic/law); readers see Chinese group names. */
const GROUP_NAMES: Record<string, string> = { type: '类型', topic: '专题', law: '法律' };

function relabelFilterGroups(pane: HTMLElement): void {
  const relabel = () => {
    for (const span of pane.querySelectorAll('.pf-filter-group-name')) {
      const name = GROUP_NAMES[span.textContent?.trim().toLowerCase() ?? ''];
      if (name) span.textContent = name;
    }
  };
  new MutationObserver(relabel).observe(pane, { childList: true, subtree: true });
}

function keepUrlInStep(instance: Instance): void {
  instance.on('search', (term) => {
    const q = typeof term === 'string' ? term.trim() : '';
    const next = q ? `?q=${encodeURIComponent(q)}` : location.pathname;
    if (next !== location.search) history.replaceState(history.state, '', next);
  });
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);
