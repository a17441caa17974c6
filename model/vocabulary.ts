// Closed vocabularies shared by every module: entity and relation types, languages.
// Unions are derived from these `as const` arrays so a new value is added in one place.

export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** A paragraph whose language could not be told (numbers, URLs, very short text). */
export type LanguageOrUnknown = Language | 'und';

export const ENTITY_TYPES = ['Country', 'Person', 'Organization', 'Event', 'Location', 'Agreement'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** The entity types counted in the headline score (FORMAT.md). */
export const SCORED_ENTITY_TYPES = ['Country', 'Person', 'Organization', 'Event', 'Location'] as const;

export const RELATION_TYPES = [
  'SIGNED',
  'MET',
  'PARTNERED',
  'AFFILIATED_WITH',
  'MEMBER_OF',
  'PARTICIPATED_IN',
  'LOCATED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const HEADLINE_RELATION_TYPES = ['SIGNED', 'MET', 'PARTNERED', 'AFFILIATED_WITH'] as const;
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set(['SIGNED', 'MET', 'PARTNERED']);

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const RELATION_STATUSES = ['done', 'planned'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
