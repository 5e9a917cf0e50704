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
import Alert from '@material-ui/lab/Alert';
import PrintIcon from '@material-ui/icons/Print';
import DownloadIcon from '@material-ui/icons/GetApp';
import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { governanceApiRef, GovernanceKpiReport } from '../../api/GovernanceApi';
import { saveBlob } from '../saveBlob';
import { formatMoney, KpiOverview } from '../KpiOverview';
import { ProgramRoiCard } from '../ProgramRoiCard';
import { REPORT_PRINT_CSS } from './reportPrintCss';

/** "12 of 15 goals met", over every KPI that has a goal and data. */
const overallText = (report: GovernanceKpiReport) => {
  const assessed = report.kpis.filter(
    k => k.status === 'met' || k.status === 'not-met',
  );
  const met = assessed.filter(k => k.status === 'met').length;
  const notMet = assessed.filter(k => k.status === 'not-met').map(k => k.label);
  return `${met} of ${assessed.length} goals met${
    notMet.length ? `; not met: ${notMet.join(', ')}` : ''
  }.`;
};

/** Print, and download every KPI by month (CSV or JSON). */
const ReportActions = ({ month }: { month: string }) => {
  const api = useApi(governanceApiRef);
  const [error, setError] = useState<Error>();
  const download = async (format: 'csv' | 'json') => {
    setError(undefined);
    try {
      saveBlob(
        await api.exportKpis(format),
        `governance-kpis-${month}.${format}`,
      );
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <Box className="guardrails-no-print" mb={2}>
      <Box display="flex" gridGap={8} flexWrap="wrap">
        <Button
          variant="contained"
          color="primary"
          startIcon={<PrintIcon />}
          onClick={() => window.print()}
        >
          Print
        </Button>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={() => download('csv')}
        >
          Download CSV
        </Button>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={() => download('json')}
        >
          Download JSON
        </Button>
      </Box>
      {error && (
        <Alert severity="error" style={{ marginTop: 8 }}>
          Could not download the KPIs: {error.message}
        </Alert>
      )}
    </Box>
  );
};

/** The report once loaded: summary, ROI and every KPI with its trend. */
export const ReportView = ({ report }: { report: GovernanceKpiReport }) => {
  const { settings } = report;
  return (
    <div className="guardrails-report">
      <ReportActions month={report.month} />
      <Box mb={2} data-testid="report-summary">
        <Typography variant="h4" component="h2">
          Governance program report, {report.month}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          Figures for {report.month} so far, computed{' '}
          {new Date(report.generatedAt).toLocaleString()}. Each KPI shows its
          value, its goal where one is set, and its last 13 months.
        </Typography>
        <Typography variant="body1" data-testid="report-goals">
          {overallText(report)}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          Assumptions: loaded cost{' '}
          {formatMoney(settings.loadedHourlyRate, settings.currency)} per hour;
          governance and platform overhead{' '}
          {formatMoney(settings.governanceCostPerApp, settings.currency)} per
          app per year; a value claim older than {settings.valueClaimStaleDays}{' '}
          days is stale.
        </Typography>
      </Box>
      <Box mb={3}>
        <ProgramRoiCard roi={report.roi} settings={settings} />
      </Box>
      <KpiOverview report={report} showDefinitions />
    </div>
  );
};

/** Loads the KPIs and shows the report. */
export const ReportContent = () => {
  const api = useApi(governanceApiRef);
  const { value, loading, error } = useAsync(async () => api.getKpis(), [api]);
  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the governance report"
      />
    );
  }
  return <ReportView report={value} />;
};

/**
 * The monthly report for leadership: printable (A4), with every KPI by
 * month as CSV or JSON. @public
 */
export const ReportPage = () => (
  <Page themeId="tool">
    <style>{REPORT_PRINT_CSS}</style>
    <Header
      title="Governance monthly report"
      subtitle="The governance program's KPIs and ROI, for leadership"
    />
    <Content>
      <ReportContent />
    </Content>
  </Page>
);
