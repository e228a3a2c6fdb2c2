import type { Instance, configureInstance } from '@pagefind/component-ui';
import { base, bundlePath } from './paths.ts';
import { installQueryRewriter } from './rewrite.ts';

declare global {
  interface Window {
    PagefindComponents?: { configureInstance: typeof configureInstance };
  }
}

let loading: Promise<Instance> | undefined;

/**
 * Loads the Pagefind Component UI from the bundle Pagefind writes into this
 * site (`<base>pagefind/`, same version as the index; nothing from a CDN),
 * loads the index entry, and installs the query rewriter. Called on first
 * use only: focus or typing in a search box, or opening /search/.
 */
export function loadSearch(): Promise<Instance> {
  loading ??= (async () => {
    stylesheet(`${bundlePath}pagefind-component-ui.css`);
    await script(`${bundlePath}pagefind-component-ui.js`);
    const ui = window.PagefindComponents;
    if (!ui) throw new Error('Pagefind Component UI did not load');
    // baseUrl: result URLs are indexed from the site root; prefix the deploy base.
    const instance = ui.configureInstance('default', { bundlePath, baseUrl: base, excerptLength: 40 });
    instance.setLanguage('zh-cn');
    instance.setTranslations({ placeholder: '搜索法律问题', search_label: '搜索法律问题' });
    await instance.triggerLoad();
    installQueryRewriter(instance);
    return instance;
  })();
  return loading;
}

function stylesheet(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function script(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src;
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(el);
  });
}
