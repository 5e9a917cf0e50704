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
import { GroupCommit } from './GroupCommit';

describe('GroupCommit', () => {
  it('writes what arrives during a write together in the next one, each caller getting its own result', async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, string>(async items => {
      batches.push(items);
      await new Promise(resolve => setTimeout(resolve, 5));
      return items.map(item => `done ${item}`);
    });
    const results = await Promise.all(
      [1, 2, 3, 4].map(item => commit.add(item)),
    );
    expect(results).toEqual(['done 1', 'done 2', 'done 3', 'done 4']);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('retries a failed batch one by one, so that only the bad item fails', async () => {
    const commit = new GroupCommit<number, number>(async items => {
      await new Promise(resolve => setTimeout(resolve, 1));
      if (items.includes(3)) throw new Error(`item 3 is bad`);
      return items;
    });
    const settled = await Promise.allSettled(
      [1, 2, 3, 4].map(item => commit.add(item)),
    );
    expect(settled).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'fulfilled', value: 2 },
      { status: 'rejected', reason: new Error('item 3 is bad') },
      { status: 'fulfilled', value: 4 },
    ]);
  });

  it('caps a batch at its maximum size', async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>(async items => {
      sizes.push(items.length);
      await new Promise(resolve => setTimeout(resolve, 1));
      return items;
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => commit.add(i)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });
});
