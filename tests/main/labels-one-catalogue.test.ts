import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/contract';
import { labelsFor } from '../../src/shared/labels';
import { printText } from '../../src/main/modules/printing';
import { reportText } from '../../src/main/modules/reports/reports.text';

/**
 * A stored code reads the same on paper and in a report as on the screen (tests/renderer/app/labels.test.ts):
 * each takes its words from shared/labels (once 'Digital/TI' on screen and 'Pengembangan TI' in the
 * export sheet; 'Bank/KUR', 'Bank / KUR' and 'Bank (KUR)').
 */
describe('one catalogue of words for stored codes', () => {
  for (const language of LANGUAGES) {
    it(`printed documents and reports use the catalogue's words (${language})`, () => {
      const labels = labelsFor(language);
      const print = printText(language);
      expect(print.areaNames).toEqual(labels.serviceAreas);
      expect(print.referralNames).toEqual(labels.referralKinds);
      expect(print.channels).toEqual(labels.consultationChannels);
      const report = reportText(language);
      expect(report.capitalNames).toEqual(labels.capitalSources);
      expect(report.permitNames).toEqual(labels.permitKinds);
      expect(report.marketNames).toEqual(labels.salesChannels);
    });
  }
});
