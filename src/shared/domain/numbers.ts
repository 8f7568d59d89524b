/**
 * How numbers are written, per UI language, for the screens and for every text the core makes
 * (reports, printed documents): Indonesian `1.234,5`, English `1,234.5`.
 */

/** Intl locale for a UI language: anything but English is Indonesian. */
export function localeOf(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number format for a locale, made once and kept. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** A whole number in the locale: `1.234` / `1,234`. */
export function formatWhole(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
