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
/*
 * Starts the local git server from the environment, for scripts/start.sh
 * and the end-to-end tests.
 */
import path from 'node:path';
import { LocalGitServer } from './LocalGitServer';

const port = Number(process.env.GUARDRAILS_GIT_PORT ?? 7009);
const server = new LocalGitServer({
  rootDir:
    process.env.GUARDRAILS_GIT_ROOT ??
    // npm start runs in packages/local-git-server.
    path.resolve(process.cwd(), '../../.guardrails/git'),
  username: process.env.GUARDRAILS_GIT_USERNAME ?? 'guardrails',
  password: process.env.GUARDRAILS_GIT_PASSWORD ?? 'local-git-password',
});

server.start(port).then(url => {
  process.stdout.write(`[guardrails] Local git server listening on ${url}\n`);
});

const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
