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
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { Line, LineChart, YAxis } from 'recharts';
import { GovernanceKpi } from '../../api/GovernanceApi';

const WIDTH = 240;
const HEIGHT = 48;

const useStyles = makeStyles({
  // Drawn at a fixed size and scaled by its viewBox, so it fits any card
  // width on screen and on an A4 page without measuring the DOM.
  root: {
    width: '100%',
    maxWidth: WIDTH * 1.5,
    '& .recharts-wrapper': {
      width: '100% !important',
      height: 'auto !important',
    },
    '& svg.recharts-surface': {
      width: '100%',
      height: 'auto',
    },
  },
});

/**
 * A small line of a KPI's monthly values (gaps where a month has no data).
 * Decorative: the trend is written out in text beside it.
 */
export const Sparkline = ({ trend }: { trend: GovernanceKpi['trend'] }) => {
  const classes = useStyles();
  const theme = useTheme();
  return (
    <div className={classes.root} aria-hidden data-testid="kpi-sparkline">
      <LineChart
        width={WIDTH}
        height={HEIGHT}
        data={trend}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      >
        <YAxis hide domain={['auto', 'auto']} />
        <Line
          type="monotone"
          dataKey="value"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          dot={{ r: 1.5 }}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
};
