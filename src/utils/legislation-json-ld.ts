import type { Legislation, WithContext } from 'schema-dts';

export interface LegislationInput {
  name: string;
  url: string;
  /** e.g. 中华人民共和国刑法 or 中华人民共和国刑法 第266条 */
  identifier: string;
  /** The law an article belongs to. */
  partOf?: { name: string; url: string };
  /** Text as quoted in answers: republished unofficially, not the gazette text. */
  quotes?: string[];
}

/** https://schema.org/Legislation; jurisdiction CN (ISO 3166-1). */
export function legislationJsonLd(input: LegislationInput): WithContext<Legislation> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': input.url,
    url: input.url,
    name: input.name,
    inLanguage: 'zh-CN',
    legislationIdentifier: input.identifier,
    legislationJurisdiction: 'CN',
    ...(input.partOf
      ? { isPartOf: { '@type': 'Legislation', '@id': input.partOf.url, name: input.partOf.name, legislationJurisdiction: 'CN' } }
      : {}),
    ...(input.quotes?.length
      ? {
          workExample: input.quotes.map((text) => ({
            '@type': 'LegislationObject',
            text,
            legislationLegalValue: 'UnofficialLegalValue',
          })),
        }
      : {}),
  };
}
