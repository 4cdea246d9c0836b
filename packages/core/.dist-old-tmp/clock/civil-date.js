// Proleptic Gregorian calendar arithmetic on plain integers (H. Hinnant's days_from_civil /
// civil_from_days algorithms), so no date ever goes through the machine's Date or time zone.
const floorDiv = (a, b) => Math.floor(a / b);
/**
 * Days since 1970-01-01 of a Gregorian date (negative before 1970).
 *
 * @example
 * daysFromCivil({ year: 2020, month: 8, day: 14 }) // 18488
 */
export function daysFromCivil({ year, month, day }) {
    const y = month <= 2 ? year - 1 : year;
    const era = floorDiv(y, 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = floorDiv(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}
/**
 * The Gregorian date of a day count since 1970-01-01.
 *
 * @example
 * civilFromDays(18488) // { year: 2020, month: 8, day: 14 }
 */
export function civilFromDays(days) {
    const z = days + 719468;
    const era = floorDiv(z, 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = floorDiv(dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36524) - floorDiv(dayOfEra, 146096), 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
    const mp = floorDiv(5 * dayOfYear + 2, 153);
    const day = dayOfYear - floorDiv(153 * mp + 2, 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
/** Number of days in a month of a Gregorian year. */
export function daysInMonth(year, month) {
    if (month === 2) {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        return leap ? 29 : 28;
    }
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
//# sourceMappingURL=civil-date.js.map