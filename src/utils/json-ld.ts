/**
 * Serialises structured data for a <script type="application/ld+json"> element.
 * JSON.stringify leaves `<` alone, so seed text such as `</script>` would close
 * the element; escaping `<`, `>`, `&` and the JS line separators as \uXXXX keeps
 * the JSON identical once parsed. See
 * https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
