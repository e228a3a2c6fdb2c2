/** Pattern source for a statute number: Chinese numerals or (full-width) digits. */
export const NUMBER = '[零〇一二两兩三四五六七八九十拾百佰千仟0-9０-９]+';
