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
import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import InfoIcon from '@material-ui/icons/InfoOutlined';
import MetIcon from '@material-ui/icons/CheckCircleOutline';
import NotMetIcon from '@material-ui/icons/ErrorOutline';
import NeutralIcon from '@material-ui/icons/RemoveCircleOutline';
import { GovernanceKpi } from '../../api/GovernanceApi';
import { formatKpiValue, kpiStatusText, kpiTrendText } from './formatKpi';
import { Sparkline } from './Sparkline';

const useStyles = makeStyles((theme: Theme) => ({
  card: {
    height: '100%',
    breakInside: 'avoid',
    pageBreakInside: 'avoid',
  },
  met: { color: theme.palette.success.main },
  'not-met': { color: theme.palette.error.main },
  neutral: { color: theme.palette.text.secondary },
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontWeight: 500,
  },
}));

/** Props of {@link KpiCard}. */
export interface KpiCardProps {
  kpi: GovernanceKpi;
  currency: string;
  /** Writes the definition out under the label (for print, where tooltips do not show). */
  showDefinition?: boolean;
}

/**
 * One KPI: its value with unit, definition in a tooltip, standing against
 * its goal in words and colour, and its monthly trend.
 */
export const KpiCard = ({ kpi, currency, showDefinition }: KpiCardProps) => {
  const classes = useStyles();
  const tone =
    kpi.status === 'met' || kpi.status === 'not-met' ? kpi.status : 'neutral';
  const Icon = { met: MetIcon, 'not-met': NotMetIcon, neutral: NeutralIcon }[
    tone
  ];
  return (
    <Card
      variant="outlined"
      className={classes.card}
      data-testid={`kpi-${kpi.id}`}
    >
      <CardContent>
        <Box display="flex" alignItems="center">
          <Typography variant="subtitle2" component="h4">
            {kpi.label}
          </Typography>
          <Tooltip title={kpi.definition}>
            <IconButton
              size="small"
              aria-label={`Definition of ${kpi.label}`}
              className="guardrails-no-print"
            >
              <InfoIcon fontSize="inherit" />
            </IconButton>
          </Tooltip>
        </Box>
        {showDefinition && (
          <Typography variant="caption" color="textSecondary" component="p">
            {kpi.definition}
          </Typography>
        )}
        <Typography variant="h5" component="p" data-testid="kpi-value">
          {formatKpiValue(kpi.value, kpi.unit, currency)}
        </Typography>
        <Typography
          variant="body2"
          className={`${classes.status} ${classes[tone]}`}
          data-testid="kpi-status"
        >
          <Icon fontSize="small" aria-hidden />
          {kpiStatusText(kpi)}
        </Typography>
        {kpi.trend.some(p => p.value !== undefined) && (
          <Sparkline trend={kpi.trend} />
        )}
        <Typography
          variant="caption"
          color="textSecondary"
          data-testid="kpi-trend"
        >
          {kpiTrendText(kpi, currency)}
        </Typography>
      </CardContent>
    </Card>
  );
};
