/** A growable list of 32-bit integers for the index build. */

/** An Int32Array that grows by doubling (a number[] of 20 million word ids costs twice the memory). */
export class IntList {
  array = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.array.length) {
      const bigger = new Int32Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = x;
  }
  /** The filled part, copied to an array of its own size. */
  toArray(): Int32Array {
    return this.array.slice(0, this.length);
  }
}
