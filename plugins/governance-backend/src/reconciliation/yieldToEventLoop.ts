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
 * Lets waiting I/O run. better-sqlite3 answers synchronously, so a chain of
 * awaited queries never gives the event loop a turn by itself; a long loop
 * over many apps calls this between batches.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

/** Calls {@link yieldToEventLoop} once `sliceMs` of work have passed. */
export class EventLoopSlicer {
  private since = performance.now();

  constructor(private readonly sliceMs = 20) {}

  async maybeYield(): Promise<void> {
    if (performance.now() - this.since < this.sliceMs) return;
    await yieldToEventLoop();
    this.since = performance.now();
  }
}
