/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/**
 * Group commit: writes that arrive while one is in flight wait and then go
 * together in the next call of `write`, so that a writer serialised by a
 * lock (the audit chain's head row) pays for the lock once per batch, not
 * once per item. Each caller gets its own item's result. When a batch
 * fails, its items are retried one by one, so that one bad item fails
 * alone.
 */
export class GroupCommit<TItem, TResult> {
  private queue: Array<{
    item: TItem;
    resolve: (result: TResult) => void;
    reject: (error: unknown) => void;
  }> = [];
  private writing = false;

  constructor(
    private readonly write: (items: TItem[]) => Promise<TResult[]>,
    private readonly maxBatch = 200,
  ) {}

  add(item: TItem): Promise<TResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain() {
    this.writing = true;
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const results = await this.write(batch.map(entry => entry.item));
        batch.forEach((entry, i) => entry.resolve(results[i]));
      } catch (error) {
        if (batch.length === 1) {
          batch[0].reject(error);
          continue;
        }
        for (const entry of batch) {
          try {
            entry.resolve((await this.write([entry.item]))[0]);
          } catch (single) {
            entry.reject(single);
          }
        }
      }
    }
    this.writing = false;
  }
}
