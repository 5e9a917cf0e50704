import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { InfoCard } from '@backstage/core-components';
import { RequiredControl } from '@guardrails/plugin-governance-common';

/** The controls the app's tier and profile require, each with its reason. */
export const RequiredControls = ({
  controls,
}: {
  controls: RequiredControl[];
}) => (
  <InfoCard title="Required controls" subheader={`${controls.length} controls`}>
    <List dense aria-label="Required controls">
      {controls.map(control => (
        <ListItem key={control.id} disableGutters>
          <ListItemText primary={control.title} secondary={control.reason} />
        </ListItem>
      ))}
    </List>
  </InfoCard>
);
