import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/contract';
import { labelsFor } from '../../src/shared/labels';
import { printText } from '../../src/main/modules/printing';
import { reportText } from '../../src/main/modules/reports/reports.text';
import { businessesEn, businessesId } from '../../src/renderer/src/features/businesses/i18n';
import { consultationsEn, consultationsId } from '../../src/renderer/src/features/consultations/i18n';
import { impactEn, impactId } from '../../src/renderer/src/features/impact/i18n';
import { trainingsEn, trainingsId } from '../../src/renderer/src/features/trainings/i18n';

/**
 * A stored code reads the same on the screen, on paper, in a report and in an exported sheet: each
 * of them takes its words from shared/labels (once 'Digital/TI' on screen and 'Pengembangan TI' in
 * the export sheet; 'Bank/KUR', 'Bank / KUR' and 'Bank (KUR)').
 */
describe('one catalogue of words for stored codes', () => {
  for (const language of LANGUAGES) {
    it(`screens, printed documents and reports use the same words (${language})`, () => {
      const labels = labelsFor(language);
      const screens = language === 'en'
        ? { b: businessesEn, c: consultationsEn, i: impactEn, t: trainingsEn }
        : { b: businessesId, c: consultationsId, i: impactId, t: trainingsId };
      expect(screens.c.areas).toEqual(labels.serviceAreas);
      expect(screens.c.referralKinds).toEqual(labels.referralKinds);
      expect(screens.c.channels).toEqual(labels.consultationChannels);
      expect(screens.b.legalForms).toEqual(labels.legalForms);
      expect(screens.b.channels).toEqual(labels.salesChannels);
      expect(screens.i.capitalSources).toEqual(labels.capitalSources);
      expect(screens.i.permits).toEqual(labels.permitKinds);
      expect(screens.t.topics).toEqual(labels.trainingTopics);
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
