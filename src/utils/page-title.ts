/** `<title>`: page name then site name, the order Baidu and Google both show best. */
export function pageTitle(name: string, siteName: string): string {
  return name === siteName ? siteName : `${name} - ${siteName}`;
}
