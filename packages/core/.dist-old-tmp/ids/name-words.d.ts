/** Adjectives for the first half of a generated name. */
export declare const NAME_ADJECTIVES: readonly string[];
/** Surnames of notable scientists, mathematicians and hackers for the second half. */
export declare const NAME_SURNAMES: readonly string[];
//# sourceMappingURL=name-words.d.ts.map