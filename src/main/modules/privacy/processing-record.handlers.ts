import type { Handlers } from '../../ipc/handlers';
import type { ProcessingRecordService } from './processing-record.service';

export function processingRecordHandlers(
  record: ProcessingRecordService,
): Pick<Handlers, 'privacy:processingRecord' | 'privacy:setProcessingRecord' | 'privacy:printProcessingRecord'> {
  return {
    'privacy:processingRecord': () => record.get(),
    'privacy:setProcessingRecord': (input) => record.set(input),
    'privacy:printProcessingRecord': (input) => record.printRecord(input),
  };
}
