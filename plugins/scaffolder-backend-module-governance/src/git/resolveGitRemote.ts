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
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';

/** Where and how to push a new repository, from the integrations config. */
export interface GitRemote {
  remoteUrl: string;
  /**
   * Web address of the branch's files, ending in a slash so that relative
   * paths such as catalog-info.yaml resolve inside it (catalog:register).
   */
  contentsUrl: string;
  auth: { username: string; password: string } | { token: string };
}

/**
 * Resolves owner/repo on a host to a clone URL and credentials, using the
 * integration configured for the host: GitHub and GitLab tokens, or Gitea
 * (and the local git server) username and password.
 */
export function resolveGitRemote(
  integrations: ScmIntegrationRegistry,
  target: { host: string; owner: string; repo: string; branch: string },
): GitRemote {
  const { host, owner, repo, branch } = target;
  const gitea = integrations.gitea.byHost(host)?.config;
  if (gitea) {
    if (!gitea.password) {
      throw new InputError(
        `integrations.gitea for ${host} has no password to push with`,
      );
    }
    return {
      remoteUrl: `${gitea.baseUrl}/${owner}/${repo}.git`,
      contentsUrl: `${gitea.baseUrl}/${owner}/${repo}/src/branch/${branch}/`,
      auth: gitea.username
        ? { username: gitea.username, password: gitea.password }
        : { token: gitea.password },
    };
  }
  const gitlab = integrations.gitlab.byHost(host)?.config;
  if (gitlab?.token) {
    return {
      remoteUrl: `${gitlab.baseUrl}/${owner}/${repo}.git`,
      contentsUrl: `${gitlab.baseUrl}/${owner}/${repo}/-/blob/${branch}/`,
      auth: { username: 'oauth2', password: gitlab.token },
    };
  }
  const github = integrations.github.byHost(host)?.config;
  if (github?.token) {
    return {
      remoteUrl: `https://${host}/${owner}/${repo}.git`,
      contentsUrl: `https://${host}/${owner}/${repo}/blob/${branch}/`,
      auth: { token: github.token },
    };
  }
  throw new InputError(
    `repoUrl: no GitHub, GitLab or Gitea integration with credentials is configured for ${host}`,
  );
}
