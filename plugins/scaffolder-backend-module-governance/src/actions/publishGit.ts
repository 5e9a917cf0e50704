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
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import {
  createTemplateAction,
  getRepoSourceDirectory,
  initRepoAndPush,
  parseRepoUrl,
} from '@backstage/plugin-scaffolder-node';
import { examples } from './publishGit.examples';
import { resolveGitRemote } from '../git/resolveGitRemote';

/** Id of {@link createPublishGitAction}. @public */
export const PUBLISH_GIT_ACTION_ID = 'governance:publish:git';

/**
 * Pushes the workspace as a new repository to any git host over HTTP(S)
 * with isomorphic-git, authenticated from the integrations config. The
 * repository must exist already or be created by the host on push (the
 * local git server and GitLab do); for GitHub in production, Backstage's
 * publish:github creates it.
 *
 * @public
 */
export function createPublishGitAction(options: { config: Config }) {
  const integrations = ScmIntegrations.fromConfig(options.config);
  return createTemplateAction({
    id: PUBLISH_GIT_ACTION_ID,
    description:
      'Publishes the workspace to a git remote over HTTP(S), with credentials from the integrations config',
    examples,
    schema: {
      input: {
        repoUrl: z =>
          z
            .string()
            .describe(
              'Target as the scaffolder writes it: host?owner=<owner>&repo=<repo>',
            ),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe('Sub-folder of the workspace to publish, default all'),
        defaultBranch: z => z.string().default('main'),
        commitMessage: z =>
          z
            .string()
            .default('Initial commit, created from a Guardrails template'),
        gitAuthorName: z => z.string().default('Guardrails'),
        gitAuthorEmail: z => z.string().default('guardrails@localhost'),
      },
      output: {
        remoteUrl: z => z.string().describe('Clone URL of the repository'),
        repoContentsUrl: z =>
          z
            .string()
            .describe(
              "Web address of the branch's files, for catalog:register",
            ),
        commitHash: z => z.string(),
      },
    },
    async handler(ctx) {
      // The scaffolder checks inputs against JSON Schema without applying
      // the schema's defaults, so they are repeated here.
      const {
        repoUrl,
        defaultBranch = 'main',
        commitMessage = 'Initial commit, created from a Guardrails template',
        gitAuthorName = 'Guardrails',
        gitAuthorEmail = 'guardrails@localhost',
      } = ctx.input;
      const { host, owner, repo } = parseRepoUrl(repoUrl, integrations);
      if (!owner) {
        throw new InputError(`repoUrl: "${repoUrl}" names no owner`);
      }
      const remote = resolveGitRemote(integrations, {
        host,
        owner,
        repo,
        branch: defaultBranch,
      });
      const { commitHash } = await initRepoAndPush({
        dir: getRepoSourceDirectory(ctx.workspacePath, ctx.input.sourcePath),
        remoteUrl: remote.remoteUrl,
        auth: remote.auth,
        logger: ctx.logger,
        defaultBranch,
        commitMessage,
        gitAuthorInfo: { name: gitAuthorName, email: gitAuthorEmail },
      });
      ctx.logger.info(`Pushed ${commitHash} to ${remote.remoteUrl}`);
      ctx.output('remoteUrl', remote.remoteUrl);
      ctx.output('repoContentsUrl', remote.contentsUrl);
      ctx.output('commitHash', commitHash);
    },
  });
}
