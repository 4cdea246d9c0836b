/**
 * Escaping for text that goes into HTML or SVG, in element content or a quoted attribute.
 * Every string that comes from a scenario or a state passes through here: a container
 * named `<script>` must show as text, never run.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` with `& < > " '` replaced by entities, safe in content and in quoted attributes.
 *
 * @example
 * escapeMarkup('<script>alert(1)</script>') // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export const escapeMarkup = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
