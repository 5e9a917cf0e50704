import {
  FormFieldBlueprint,
  createFormField,
} from '@backstage/plugin-scaffolder-react/alpha';

/**
 * The GovernancePreview template form field: the live risk tier and policy
 * findings of the answers, blocking the form on deny findings.
 *
 * @alpha
 */
export const governancePreviewFormField = FormFieldBlueprint.make({
  name: 'governance-preview',
  params: {
    field: () =>
      import('../components/GovernancePreviewField').then(m =>
        createFormField({
          name: 'GovernancePreview',
          component: m.GovernancePreviewField,
          validation: m.governancePreviewValidation,
        }),
      ),
  },
});
