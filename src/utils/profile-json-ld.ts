import type { ProfilePage, WithContext } from 'schema-dts';
import type { Lawyer } from '../schemas/lawyer.ts';

/** https://developers.google.com/search/docs/appearance/structured-data/profile-page */
export function profileJsonLd(lawyer: Lawyer, pageUrl: string): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': pageUrl,
    url: pageUrl,
    inLanguage: 'zh-CN',
    mainEntity: {
      '@type': 'Person',
      name: lawyer.name ?? '律师',
      jobTitle: '律师',
      url: pageUrl,
      ...(lawyer.bio ? { description: lawyer.bio } : {}),
      ...(lawyer.slug ? { identifier: lawyer.slug } : {}),
    },
  };
}
