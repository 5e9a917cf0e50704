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
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { InfoCard } from '@backstage/core-components';
import { DashboardTrendPoint } from '@guardrails/plugin-governance-common';

/** One line of a {@link TrendChart}. */
export interface TrendSeries {
  label: string;
  value: (point: DashboardTrendPoint) => number | undefined;
}

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  title: string;
  points: DashboardTrendPoint[];
  series: TrendSeries[];
  /** How a value reads in the summary, e.g. as a percentage. */
  format?: (value: number) => string;
}

const COLOURS = ['primary', 'secondary'] as const;

/**
 * Daily figures over up to 13 months, with the first and latest values
 * written out below, so the direction never depends on reading the chart.
 */
export const TrendChart = ({
  title,
  points,
  series,
  format = v => String(Math.round(v * 10) / 10),
}: TrendChartProps) => {
  const theme = useTheme();
  const data = points.map(p => ({
    day: p.day,
    ...Object.fromEntries(series.map(s => [s.label, s.value(p)])),
  }));
  const first = points[0];
  const last = points[points.length - 1];
  const describe = (s: TrendSeries) => {
    const from = first && s.value(first);
    const to = last && s.value(last);
    if (to === undefined) return `${s.label}: no data`;
    return from === undefined || first === last
      ? `${s.label}: ${format(to)} on ${last.day}`
      : `${s.label}: ${format(from)} on ${first.day}, ${format(to)} on ${
          last.day
        }`;
  };
  return (
    <InfoCard title={title}>
      {points.length === 0 ? (
        <Typography variant="body2">
          No daily snapshots yet: the first is recorded within an hour of start,
          then one a day.
        </Typography>
      ) : (
        <>
          <div style={{ width: '100%', height: 200 }} aria-hidden>
            <ResponsiveContainer>
              <LineChart
                data={data}
                margin={{ top: 8, right: 8, bottom: 8, left: -16 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tick={{ fontSize: 11 }} />
                <YAxis />
                <Tooltip />
                {series.map((s, i) => (
                  <Line
                    key={s.label}
                    type="monotone"
                    dataKey={s.label}
                    dot={points.length < 32}
                    stroke={theme.palette[COLOURS[i % COLOURS.length]].main}
                    strokeDasharray={i % 2 ? '4 2' : undefined}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <Typography variant="body2" data-testid="trend-summary">
            {series.map(describe).join('; ')}
          </Typography>
        </>
      )}
    </InfoCard>
  );
};
