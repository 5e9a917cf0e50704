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
import { screen } from '@testing-library/react';
import { GovernanceApi } from '../../api/GovernanceApi';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { ProfileErrorsContent } from './ProfileErrorsPage';

const renderWith = (getProfileErrors: GovernanceApi['getProfileErrors']) =>
  renderWithGovernanceApi(<ProfileErrorsContent />, { getProfileErrors });

describe('ProfileErrorsContent', () => {
  it('lists each bad field of each app', async () => {
    await renderWith(
      jest.fn().mockResolvedValue([
        {
          entityRef: 'component:default/legacy-survey-tool',
          owner: 'group:product-team',
          location: 'file:/examples/apps.yaml',
          issues: [
            {
              field: 'spec.governance.dataClassification',
              message: 'Invalid option',
            },
            {
              field: 'spec.governance.purpose',
              message: 'must say what the app is for',
            },
          ],
        },
      ]),
    );
    expect(await screen.findByText('Profile errors (2)')).toBeInTheDocument();
    expect(
      screen.getAllByText('component:default/legacy-survey-tool'),
    ).toHaveLength(2);
    expect(
      screen.getByText('spec.governance.dataClassification'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('must say what the app is for'),
    ).toBeInTheDocument();
  });

  it('says so when every profile is valid', async () => {
    await renderWith(jest.fn().mockResolvedValue([]));
    expect(
      await screen.findByText('Every governance profile is valid'),
    ).toBeInTheDocument();
  });

  it('shows why the list could not be loaded', async () => {
    await renderWith(
      jest.fn().mockRejectedValue(new Error('catalog unavailable')),
    );
    expect(
      (await screen.findAllByText(/catalog unavailable/)).length,
    ).toBeGreaterThan(0);
  });
});
