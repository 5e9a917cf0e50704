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
import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  ProxiedSignInPage,
  SignInPage,
} from '@backstage/core-components';
import { SignInPageProps } from '@backstage/plugin-app-react';

const STORAGE_KEY = 'guardrails.exampleUser';
const HEADER = 'x-guardrails-example-user';

/** The example users of examples/org.yaml, one per role worth trying. */
const EXAMPLE_USERS = [
  { name: 'ada', title: 'Ada Ortiz', role: 'app owner (Sales ops)' },
  { name: 'erin', title: 'Erin Walsh', role: 'security reviewer' },
  { name: 'pia', title: 'Pia Lund', role: 'privacy reviewer' },
  { name: 'frank', title: 'Frank Osei', role: 'platform admin' },
];

/**
 * Guest sign-in, plus (development only, see auth.providers.exampleUsers)
 * signing in as an example user to try each role's screens. The choice is
 * remembered until the browser's storage is cleared.
 */
export const ExampleUserSignInPage = (props: SignInPageProps) => {
  const [user, setUser] = useState(() => localStorage.getItem(STORAGE_KEY));
  if (user) {
    return (
      <ProxiedSignInPage
        {...props}
        provider="exampleUsers"
        headers={{ [HEADER]: user }}
        ErrorComponent={({ error }) => (
          <Box p={4}>
            <Typography color="error">
              Could not sign in as {user}: {error?.message}
            </Typography>
            <Button
              onClick={() => {
                localStorage.removeItem(STORAGE_KEY);
                setUser(null);
              }}
            >
              Back to sign-in
            </Button>
          </Box>
        )}
      />
    );
  }
  return (
    <>
      <SignInPage {...props} providers={['guest']} />
      <Box px={4} pb={4}>
        <InfoCard title="Try as an example user">
          <Typography variant="body2" paragraph>
            For local use: sign in as one of the example organisation's people
            to see each role's screens.
          </Typography>
          <Box display="flex" gridGap={8} flexWrap="wrap">
            {EXAMPLE_USERS.map(u => (
              <Button
                key={u.name}
                variant="outlined"
                onClick={() => {
                  localStorage.setItem(STORAGE_KEY, u.name);
                  setUser(u.name);
                }}
              >
                {u.title}, {u.role}
              </Button>
            ))}
          </Box>
        </InfoCard>
      </Box>
    </>
  );
};
