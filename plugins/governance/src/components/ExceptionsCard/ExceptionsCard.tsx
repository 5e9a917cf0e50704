import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { InfoCard } from '@backstage/core-components';
import { PolicyException } from '@guardrails/plugin-governance-common';

const DAY_MS = 86_400_000;

/** The state of an exception in words, with the days left while active. */
export function exceptionStateText(
  exception: PolicyException,
  now = new Date(),
): string {
  if (exception.status === 'requested')
    return 'Requested, waiting for a decision';
  if (exception.status === 'denied') return `Denied by ${exception.decidedBy}`;
  if (!exception.active) return `Expired ${exception.expiresAt?.slice(0, 10)}`;
  const days = Math.ceil(
    (Date.parse(exception.expiresAt!) - now.getTime()) / DAY_MS,
  );
  return `Active, expires in ${days} day${days === 1 ? '' : 's'} (granted by ${
    exception.decidedBy
  })`;
}

/** Exceptions requested or granted for the app. */
export const ExceptionsCard = ({
  exceptions,
}: {
  exceptions: PolicyException[];
}) => (
  <InfoCard
    title="Exceptions"
    subheader={`${exceptions.filter(e => e.active).length} active`}
  >
    <List dense aria-label="Exceptions">
      {exceptions.map(e => (
        <ListItem key={e.id} disableGutters>
          <ListItemText
            primary={`${e.packId}/${e.ruleId}: ${exceptionStateText(e)}`}
            secondary={`${e.justification} Compensating controls: ${e.compensatingControls}`}
          />
        </ListItem>
      ))}
    </List>
  </InfoCard>
);
