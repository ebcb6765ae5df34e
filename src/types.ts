// Shared shapes of the extraction: the values each field holds (FIELDS.md)
// and the evidence that says where each value came from.

export type Qualifier = 'exact' | 'over' | 'nearly' | 'approx' | 'under' | 'up_to';

export type ParkKind =
  | 'industrial_park'
  | 'industrial_cluster'
  | 'economic_zone'
  | 'export_processing_zone'
  | 'high_tech_park';

export type DecisionType =
  | 'decision'
  | 'resolution'
  | 'decree'
  | 'circular'
  | 'directive'
  | 'official_letter'
  | 'plan'
  | 'notice';

export type LocalityLevel =
  | 'district'
  | 'urban_district'
  | 'town'
  | 'city'
  | 'commune'
  | 'ward'
  | 'township'
  | 'special_zone';

export interface Park { kind: ParkKind; name: string }
export interface Area { hectares: number; qualifier: Qualifier }
export interface Investment { amount: number; currency: string; qualifier: Qualifier }
export interface Decision { number: string; type: DecisionType }
export interface Locality { level: LocalityLevel; name: string }

/** [start, end) offsets into the record's `text` (NFC, trimmed). */
export type Span = [number, number];

/** A value a rule found, with the span it came from and the rule's name. */
export interface Found<T> {
  value: T;
  span: Span;
  rule: string;
}

/** A park the user declared with --parks: found even without a prefix. */
export interface KnownPark {
  name: string;
  kind: ParkKind;
  province: string | null;
  aliases: string[];
}

export interface ExtractOptions {
  knownParks?: KnownPark[];
}
