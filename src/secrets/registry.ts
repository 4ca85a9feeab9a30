/**
 * Every secret value the engine has seen (decrypted SOPS values, the secrets bundle in each encoding,
 * values at Talos secret paths), and the one redactor that scrubs all text leaving the engine:
 * CLI output, errors, reports, comments, annotations, summaries and logs.
 */

export const REDACTED = '<redacted>';

/** Values shorter than this are not replaced in free text (they would wreck unrelated words). */
const MIN_TEXT_LENGTH = 6;

export class SecretRegistry {
  private readonly values = new Set<string>();
  private pattern: RegExp | null = null;
  private readonly listeners: Array<(v: string) => void> = [];

  /** Registers a value and the forms it appears in (base64, each line of multi-line text). */
  add(value: string | undefined | null): void {
    if (value === undefined || value === null) return;
    const v = String(value);
    if (v.trim() === '' || this.values.has(v)) return;
    this.register(v);
    if (v.includes('\n'))
      for (const line of v.split('\n')) if (line.trim().length >= 16) this.register(line.trim());
    if (v.length >= MIN_TEXT_LENGTH && !/^[A-Za-z0-9+/]+=*$/.test(v))
      this.register(Buffer.from(v, 'utf8').toString('base64'));
  }

  addAll(values: Iterable<string>): void {
    for (const v of values) this.add(v);
  }

  private register(v: string) {
    if (this.values.has(v)) return;
    this.values.add(v);
    this.pattern = null;
    for (const l of this.listeners) l(v);
  }

  /** Called for every value registered from now on (the action passes them to core.setSecret). */
  onAdd(listener: (v: string) => void): void {
    this.listeners.push(listener);
    for (const v of this.values) listener(v);
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  get size(): number {
    return this.values.size;
  }

  all(): string[] {
    return [...this.values];
  }

  /** Replaces every occurrence of a registered value in the text. */
  redact(text: string): string {
    if (this.values.size === 0 || text === '') return text;
    if (!this.pattern) {
      const long = [...this.values]
        .filter((v) => v.length >= MIN_TEXT_LENGTH)
        .sort((a, b) => b.length - a.length);
      if (long.length === 0) return text;
      this.pattern = new RegExp(long.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    }
    return text.replace(this.pattern, REDACTED);
  }
}
