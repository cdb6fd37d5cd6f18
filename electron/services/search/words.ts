/** A growing sequence of 32-bit words (word ids, postings), without an array of numbers in between. */
export class Words {
  #words: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.#words = new Uint32Array(capacity);
  }

  #reserve(more: number): void {
    if (this.length + more <= this.#words.length) return;
    const grown = new Uint32Array(Math.max(this.#words.length * 2, this.length + more));
    grown.set(this.#words.subarray(0, this.length));
    this.#words = grown;
  }

  push(word: number): void {
    if (this.length === this.#words.length) this.#reserve(1);
    this.#words[this.length++] = word;
  }

  /** The words pushed so far, as a view (the next push may move them). */
  view(): Uint32Array {
    return this.#words.subarray(0, this.length);
  }

  /** Exactly the words pushed: a view when little room is left over, else a copy (a long document doubles its buffer). */
  done(): Uint32Array {
    if (this.length >= (this.#words.length * 3) / 4) return this.#words.subarray(0, this.length);
    return this.#words.slice(0, this.length);
  }
}
