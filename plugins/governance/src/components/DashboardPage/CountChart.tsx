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
  Bar,
  BarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { InfoCard } from '@backstage/core-components';

/** Props of {@link CountChart}. */
export interface CountChartProps {
  title: string;
  /** Label and count of each bar, in display order. */
  data: Array<{ label: string; count: number }>;
}

/**
 * A bar chart of counts with the same numbers written out below it, so the
 * figures never depend on reading the chart.
 */
export const CountChart = ({ title, data }: CountChartProps) => {
  const theme = useTheme();
  const summary = data.map(d => `${d.label}: ${d.count}`).join(', ');
  const longLabels = data.some(d => d.label.length > 10);
  return (
    <InfoCard title={title}>
      <div style={{ width: '100%', height: 200 }} aria-hidden>
        <ResponsiveContainer>
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 8, left: -16 }}
          >
            <XAxis
              dataKey="label"
              interval={0}
              tick={{ fontSize: 11 }}
              // Long labels (lifecycle states) are slanted so they do not overlap.
              angle={longLabels ? -25 : 0}
              textAnchor={longLabels ? 'end' : 'middle'}
              height={longLabels ? 60 : 30}
            />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" fill={theme.palette.primary.main} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography variant="body2">{summary}</Typography>
    </InfoCard>
  );
};
