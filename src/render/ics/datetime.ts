// Value formats of DATE, DATE-TIME and UTC stamps. Deadlines are civil dates in
// Vietnam; the only zone we ever write is Asia/Ho_Chi_Minh (UTC+7, no DST).

export const VN_OFFSET_HOURS = 7;

/** 2023-11-30 → 20231130 */
export function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** 2023-11-30 + 16:00 → 20231130T160000 (local time, to go with TZID). */
export function icsLocalDateTime(iso: string, hhmm: string): string {
  return `${icsDate(iso)}T${hhmm.replace(':', '')}00`;
}

/** Seconds since the epoch → 20231106T000000Z */
export function icsUtc(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Midnight UTC of an ISO date, in seconds. */
export function isoToEpoch(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}

/** The last second of a Vietnamese civil day, as a UTC stamp (UNTIL of timed rules). */
export function endOfVnDayUtc(iso: string): string {
  return icsUtc(isoToEpoch(iso) + 86_400 - 1 - VN_OFFSET_HOURS * 3600);
}
