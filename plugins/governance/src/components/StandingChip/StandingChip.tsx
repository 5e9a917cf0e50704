import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { Standing, StandingKind } from './standingOf';

const useStyles = makeStyles(theme => ({
  good: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  attention: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  stopped: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  inactive: {},
}));

const TONE: Record<StandingKind, keyof ReturnType<typeof useStyles>> = {
  good: 'good',
  'action-needed': 'attention',
  'awaiting-approval': 'attention',
  'changes-requested': 'attention',
  blocked: 'stopped',
  quarantined: 'stopped',
  retired: 'inactive',
};

/** The overall standing as a coloured chip that always says it in words. */
export const StandingChip = ({ standing }: { standing: Standing }) => {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes[TONE[standing.kind]]}
      label={standing.label}
      data-testid="standing"
    />
  );
};
