/**
 * A growable column of 32-bit integers: a number per item, where an object apiece would take ten
 * times the memory (a draft may have 200,000 paragraphs).
 */
export class IntColumn {
  length = 0;
  private values = new Int32Array(16);

  /** Appends `value`; returns its index. */
  push(value: number): number {
    if (this.length === this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length] = value;
    return this.length++;
  }

  get(index: number): number {
    return this.values[index]!;
  }

  set(index: number, value: number): void {
    this.values[index] = value;
  }
}
