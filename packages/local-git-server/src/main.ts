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
