/** A calendar date; `month` 1–12, `day` 1–31. */
export interface CivilDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;
}
/**
 * Days since 1970-01-01 of a Gregorian date (negative before 1970).
 *
 * @example
 * daysFromCivil({ year: 2020, month: 8, day: 14 }) // 18488
 */
export declare function daysFromCivil({ year, month, day }: CivilDate): number;
/**
 * The Gregorian date of a day count since 1970-01-01.
 *
 * @example
 * civilFromDays(18488) // { year: 2020, month: 8, day: 14 }
 */
export declare function civilFromDays(days: number): CivilDate;
/** Number of days in a month of a Gregorian year. */
export declare function daysInMonth(year: number, month: number): number;
//# sourceMappingURL=civil-date.d.ts.map