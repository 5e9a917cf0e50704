/*
 * Copyright <%= YEAR %> The Guardrails Authors
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

// Bench-only parts of scripts/bench/backend.ts: a plugin that reports this
// process's event-loop delay and the runs of scheduled tasks, and the default
// scheduler wrapped so that it times each task run (start and end to the
// millisecond; the scheduler's own task state has whole seconds).
import {
  SchedulerService,
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Router from 'express-promise-router';

type TaskRun = { startedAt: string; ms?: number; error?: string };
const taskRuns = new Map<string, TaskRun[]>();

function timed(id: string, fn: (signal: any) => void | Promise<void>) {
  return async (signal: any) => {
    const run: TaskRun = { startedAt: new Date().toISOString() };
    const runs = taskRuns.get(id) ?? [];
    runs.push(run);
    taskRuns.set(id, runs);
    const started = performance.now();
    try {
      await fn(signal);
    } catch (e) {
      run.error = String(e);
      throw e;
    } finally {
      run.ms = performance.now() - started;
    }
  };
}

export const benchSchedulerFactory = createServiceFactory({
  service: coreServices.scheduler,
  deps: {
    database: coreServices.database,
    logger: coreServices.logger,
    rootLifecycle: coreServices.rootLifecycle,
    httpRouter: coreServices.httpRouter,
    pluginMetadata: coreServices.pluginMetadata,
    metrics: metricsServiceRef,
  },
  async factory(deps) {
    const scheduler: SchedulerService = DefaultSchedulerService.create(deps);
    return {
      triggerTask: id => scheduler.triggerTask(id),
      cancelTask: id => scheduler.cancelTask(id),
      getScheduledTasks: () => scheduler.getScheduledTasks(),
      scheduleTask: task =>
        scheduler.scheduleTask({ ...task, fn: timed(task.id, task.fn) }),
      createScheduledTaskRunner: schedule => {
        const runner = scheduler.createScheduledTaskRunner(schedule);
        return {
          run: task => runner.run({ ...task, fn: timed(task.id, task.fn) }),
        };
      },
    } as SchedulerService;
  },
});

export const benchPlugin = createBackendPlugin({
  pluginId: 'bench',
  register(env) {
    env.registerInit({
      deps: { httpRouter: coreServices.httpRouter },
      async init({ httpRouter }) {
        const histogram = monitorEventLoopDelay({ resolution: 10 });
        histogram.enable();
        const ms = (ns: number) => ns / 1e6;
        const router = Router();
        router.post('/event-loop/reset', async (_req, res) => {
          histogram.reset();
          res.json({ ok: true });
        });
        router.get('/event-loop', async (_req, res) => {
          res.json({
            maxMs: ms(histogram.max),
            p99Ms: ms(histogram.percentile(99)),
            meanMs: ms(histogram.mean),
            count: histogram.count,
          });
        });
        router.get('/tasks/:id/runs', async (req, res) => {
          res.json({ runs: taskRuns.get(req.params.id) ?? [] });
        });
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});
