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
import { KpiOptions } from '../config';
import { AppValue, ProgramRoi } from './KpiService';
import { RoiFigures } from './KpiStore';

/** The program's ROI formula, shown next to the figure. */
export const PROGRAM_ROI_FORMULA =
  'net benefit = sum over deployed apps of (hours saved/week x loaded hourly rate x 52 - (governance cost per app + 12 x monthly cost)); multiple = annual benefit / annual cost';

/** One app's ROI formula. */
export const APP_VALUE_FORMULA =
  'net benefit = hours saved/week x loaded hourly rate x 52 - (governance cost per app + 12 x monthly cost)';

const money = (value: number) => Math.round(value * 100) / 100;

type RoiSettings = Pick<
  KpiOptions,
  'loadedHourlyRate' | 'governanceCostPerApp'
>;

/** Yearly benefit of hours saved per week: hours x rate x 52 (article 000). */
export const annualBenefitOf = (hoursPerWeek: number, settings: RoiSettings) =>
  money(hoursPerWeek * settings.loadedHourlyRate * 52);

/** The program's ROI from the sums over deployed apps. */
export function computeProgramRoi(
  figures: RoiFigures,
  settings: RoiSettings,
): ProgramRoi {
  const annualBenefit = annualBenefitOf(figures.hoursSavedPerWeek, settings);
  const annualCost = money(
    figures.deployedApps * settings.governanceCostPerApp +
      12 * figures.monthlyCosts,
  );
  return {
    formula: PROGRAM_ROI_FORMULA,
    deployedApps: figures.deployedApps,
    hoursSavedPerWeek: figures.hoursSavedPerWeek,
    annualBenefit,
    annualCost,
    netBenefit: money(annualBenefit - annualCost),
    multiple:
      annualCost > 0
        ? Math.round((annualBenefit / annualCost) * 100) / 100
        : undefined,
    appsMissingValueClaim: figures.missing,
  };
}

/** What one app claims and costs, and its net benefit per year. */
export function computeAppValue(
  input: {
    entityRef: string;
    hoursSavedPerWeek?: number;
    peopleServed?: number;
    claimedAt?: string;
    monthlyBudget?: number;
    declaredMonthlyCost?: number;
    reportedMonthlyCost?: number;
    /** Claims made before this day (YYYY-MM-DD) are stale. */
    staleBefore: string;
  },
  settings: KpiOptions,
): AppValue {
  const monthlyCost = input.reportedMonthlyCost ?? input.declaredMonthlyCost;
  let monthlyCostSource: AppValue['monthlyCostSource'];
  if (input.reportedMonthlyCost !== undefined) monthlyCostSource = 'reported';
  else if (input.declaredMonthlyCost !== undefined) {
    monthlyCostSource = 'declared';
  }
  const annualBenefit =
    input.hoursSavedPerWeek === undefined
      ? undefined
      : annualBenefitOf(input.hoursSavedPerWeek, settings);
  const annualCost = money(
    settings.governanceCostPerApp + 12 * (monthlyCost ?? 0),
  );
  return {
    entityRef: input.entityRef,
    currency: settings.currency,
    loadedHourlyRate: settings.loadedHourlyRate,
    governanceCostPerApp: settings.governanceCostPerApp,
    hoursSavedPerWeek: input.hoursSavedPerWeek,
    peopleServed: input.peopleServed,
    monthlyCost,
    monthlyCostSource,
    monthlyBudget: input.monthlyBudget,
    annualBenefit,
    annualCost,
    netBenefit:
      annualBenefit === undefined
        ? undefined
        : money(annualBenefit - annualCost),
    claimedAt: input.claimedAt ? `${input.claimedAt}T00:00:00.000Z` : undefined,
    stale:
      input.hoursSavedPerWeek === undefined ||
      !input.claimedAt ||
      input.claimedAt < input.staleBefore,
    formula: APP_VALUE_FORMULA,
  };
}
