// HTML built by a tagged template that escapes every interpolated value, unless it is already SafeHtml.
// Documents are untrusted input: a scraped page may hold "<script>", and it must show as text.

export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = SafeHtml | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.html;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Markup produced by code we trust (the chart renderer's SVG): the one way around escaping. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An id usable in an anchor (#…) from any text: letters and digits kept, everything else hex-coded. */
export function anchorId(prefix: string, key: string | number): string {
  const safe = [...String(key)]
    .map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `.${c.codePointAt(0)!.toString(16)}`))
    .join('');
  return `${prefix}-${safe}`;
}
