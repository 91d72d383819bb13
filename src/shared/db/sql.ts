// The one way SQL text gets its positional parameters ($1, $2, ...) while it is assembled: repos add
// each value and put the returned placeholder in the text, so a value is never spliced into SQL.
export class SqlParams {
  readonly values: unknown[];
  constructor(initial: readonly unknown[] = []) {
    this.values = [...initial];
  }
  /** Adds a value; returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** Adds each value; returns their placeholders joined by commas (a VALUES list). */
  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(', ');
  }
  /** `col = $n, ...` for an UPDATE's SET, one parameter per column. */
  assignments(columns: readonly string[], values: readonly unknown[]): string {
    return columns.map((c, i) => `${c} = ${this.add(values[i])}`).join(', ');
  }
}
