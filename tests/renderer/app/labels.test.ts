import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/contract';
import { labelsFor } from '../../../src/shared/labels';
import { businessesEn, businessesId } from '../../../src/renderer/src/features/businesses/i18n';
import { consultationsEn, consultationsId } from '../../../src/renderer/src/features/consultations/i18n';
import { impactEn, impactId } from '../../../src/renderer/src/features/impact/i18n';
import { trainingsEn, trainingsId } from '../../../src/renderer/src/features/trainings/i18n';

/** The screens show stored codes in the shared catalogue's words, as print, reports and exports do. */
describe('one catalogue of words for stored codes', () => {
  for (const language of LANGUAGES) {
    it(`the screens use the catalogue's words (${language})`, () => {
      const labels = labelsFor(language);
      const s = language === 'en'
        ? { b: businessesEn, c: consultationsEn, i: impactEn, t: trainingsEn }
        : { b: businessesId, c: consultationsId, i: impactId, t: trainingsId };
      expect(s.c.areas).toEqual(labels.serviceAreas);
      expect(s.c.referralKinds).toEqual(labels.referralKinds);
      expect(s.c.channels).toEqual(labels.consultationChannels);
      expect(s.b.legalForms).toEqual(labels.legalForms);
      expect(s.b.channels).toEqual(labels.salesChannels);
      expect(s.i.capitalSources).toEqual(labels.capitalSources);
      expect(s.i.permits).toEqual(labels.permitKinds);
      expect(s.t.topics).toEqual(labels.trainingTopics);
    });
  }
});
