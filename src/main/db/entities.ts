import { AuditEntity } from '../modules/audit/audit.entity';
import { BusinessEntity } from '../modules/businesses/business.entity';
import { ConsultationEntity, ConsultationRevisionEntity } from '../modules/consultations/consultation.entity';
import { FollowUpEntity } from '../modules/follow-ups/follow-up.entity';
import { ConsultantEntity } from '../modules/consultants/consultant.entity';
import { MilestoneEntity } from '../modules/impact/impact.entity';
import { OfficeProfileEntity } from '../modules/settings/office-profile.entity';
import { AttendanceEntity, ParticipantEntity, TrainingEntity } from '../modules/trainings/training.entity';

/** Every entity schema; listed explicitly, like the migrations. */
export const entities = [OfficeProfileEntity, ConsultantEntity, AuditEntity, BusinessEntity, ConsultationEntity, ConsultationRevisionEntity, FollowUpEntity,
  TrainingEntity, ParticipantEntity, AttendanceEntity, MilestoneEntity];
