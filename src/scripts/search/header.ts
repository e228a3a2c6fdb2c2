import type { PagefindSearchbox } from '@pagefind/component-ui';
import { loadSearch } from './load.ts';
import { searchPageUrl } from './paths.ts';

/**
 * Swaps the header's plain GET form for Pagefind's <pagefind-searchbox>
 * (results drop down as you type; arrows + Enter open one). What was typed
 * while the code loaded carries over, and so does the focus.
 */
export async function upgradeHeaderBox(box: HTMLElement): Promise<void> {
  if (box.dataset['upgraded']) return;
  box.dataset['upgraded'] = 'loading';
  const form = box.querySelector('form');
  const plain = form?.querySelector('input');
  if (!form || !plain) return;
  await loadSearch();
  const searchbox = document.createElement('pagefind-searchbox') as PagefindSearchbox;
  searchbox.setAttribute('placeholder', plain.placeholder);
  // `/` and Ctrl+K are handled site-wide by shortcuts.ts.
  searchbox.setAttribute('hide-shortcut', '');
  searchbox.setAttribute('max-results', '8');
  box.append(searchbox);
  const input = searchbox.inputEl;
  if (!input) return;
  input.setAttribute('aria-label', plain.labels?.[0]?.textContent?.trim() || plain.placeholder);
  input.setAttribute('aria-keyshortcuts', '/ Control+K');
  input.type = 'search';
  // Enter with no result picked shows the full, shareable result list. The
  // searchbox's own handler runs first and claims Enter (preventDefault) when
  // it opens a result or the dropdown.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.defaultPrevented && searchbox.activeIndex < 0 && input.value.trim()) {
      e.preventDefault();
      location.href = searchPageUrl(input.value.trim());
    }
  });
  const hadFocus = document.activeElement === plain;
  input.value = plain.value;
  form.hidden = true;
  box.dataset['upgraded'] = 'yes';
  if (hadFocus) {
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
  if (input.value.trim()) input.dispatchEvent(new Event('input', { bubbles: true }));
}
