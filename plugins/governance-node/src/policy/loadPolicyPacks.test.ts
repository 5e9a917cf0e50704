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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import { loadPolicyPacks } from './loadPolicyPacks';

const validRule = {
  id: 'no-public-buckets',
  title: 'No public buckets',
  severity: 'deny',
  stage: 'deny',
  violation: "profile.storage.exists(s, s.kind == 'bucket' && s.public)",
  message: 'Public buckets are not allowed',
  remediation: 'Make the bucket private',
};

const pack = (rules: object[], extra: object = {}) => ({
  apiVersion: 'guardrails.dev/v1',
  kind: 'PolicyPack',
  id: 'acme',
  version: '1.0.0',
  rules,
  ...extra,
});

describe('loadPolicyPacks', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-packs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: object | string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(
      file,
      typeof content === 'string' ? content : yaml.stringify(content),
    );
    return file;
  };
  const load =
    (paths: string[], includeDefaultPack = false) =>
    () =>
      loadPolicyPacks({ includeDefaultPack, paths });

  it('loads the default pack and every YAML file of a directory', () => {
    write('a.yaml', pack([validRule], { id: 'acme-a' }));
    write('b.yml', pack([validRule], { id: 'acme-b' }));
    write('notes.txt', 'not a pack');
    const packs = loadPolicyPacks({ includeDefaultPack: true, paths: [dir] });
    expect(packs.map(p => p.id)).toEqual([
      'guardrails-default',
      'acme-a',
      'acme-b',
    ]);
  });

  it('leaves the default pack out when it is turned off', () => {
    const file = write('a.yaml', pack([validRule]));
    expect(
      loadPolicyPacks({ includeDefaultPack: false, paths: [file] }).map(
        p => p.id,
      ),
    ).toEqual(['acme']);
  });

  it('names file and rule when an expression does not compile', () => {
    const file = write(
      'broken.yaml',
      pack([{ ...validRule, violation: 'profile.storage.exists(s, ' }]),
    );
    expect(load([file])).toThrow(
      new RegExp(
        `Policy pack ${file}, rule "no-public-buckets": violation does not compile`,
      ),
    );
  });

  it('names file, rule and field for an unknown field or bad value', () => {
    const file = write(
      'unknown.yaml',
      pack([{ ...validRule, sevrity: 'deny' }]),
    );
    expect(load([file])).toThrow(
      /rule "no-public-buckets": rule: Unrecognized key: "sevrity"/,
    );
    const bad = write('bad.yaml', pack([{ ...validRule, stage: 'block' }]));
    expect(load([bad])).toThrow(
      /rule "no-public-buckets": stage: Invalid option/,
    );
  });

  it('names the file for YAML that does not parse', () => {
    const file = write('yaml.yaml', 'rules: [\n  - id: x');
    expect(load([file])).toThrow(
      new RegExp(`Policy pack ${file}: cannot be read as YAML`),
    );
  });

  it('refuses unknown variables, too costly expressions and duplicate ids', () => {
    const typo = write(
      'typo.yaml',
      pack([
        { ...validRule, violation: "profil.dataClassification == 'public'" },
      ]),
    );
    expect(load([typo])).toThrow(/uses unknown variable\(s\) profil/);

    const costly = write(
      'costly.yaml',
      pack([
        {
          ...validRule,
          violation:
            'profile.integrations.exists(a, profile.integrations.exists(b, profile.integrations.exists(c, a.target == b.target && b.target == c.target)))',
        },
      ]),
    );
    expect(load([costly])).toThrow(
      /violation may cost up to \d+ steps; the limit is 1000000/,
    );

    const twice = write('twice.yaml', pack([validRule, validRule]));
    expect(load([twice])).toThrow(
      /rule "no-public-buckets": rule id is used twice/,
    );

    const other = write('other.yaml', pack([validRule]));
    expect(load([twice.replace('twice', 'x'), other])).toThrow(/no such file/);
    const a = write('one.yaml', pack([validRule]));
    expect(load([a, other])).toThrow(/pack id "acme" is also used by/);
  });
});
