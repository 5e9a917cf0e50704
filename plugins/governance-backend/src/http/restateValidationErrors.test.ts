import { restateValidationMessage } from './restateValidationErrors';

describe('restateValidationMessage', () => {
  it.each([
    [
      'request/body/secretScan/findings must be <= 0',
      'Request body field "secretScan.findings": must be <= 0',
    ],
    [
      "request/body must have required property 'profile'",
      'Request body field "profile": is required',
    ],
    [
      "request/body/sbom must have required property 'sha256'",
      'Request body field "sbom.sha256": is required',
    ],
    [
      'request/body/stageOverrides/0/stage must be equal to one of the allowed values: audit, warn, deny',
      'Request body field "stageOverrides.0.stage": must be equal to one of the allowed values: audit, warn, deny',
    ],
    [
      'request/query/format must be equal to one of the allowed values: json, csv',
      'Query parameter "format": must be equal to one of the allowed values: json, csv',
    ],
    [
      "Empty value found for query parameter 'entityRef'",
      'Query parameter "entityRef": must not be empty',
    ],
    ["Unknown query parameter 'x'", 'Query parameter "x": is not known'],
    ['request/body must be object', 'Request body: must be object'],
    ['No catalog entity found for x', 'No catalog entity found for x'],
  ])('restates %p', (message, expected) => {
    expect(restateValidationMessage(message)).toBe(expected);
  });
});
