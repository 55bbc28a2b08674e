import type { ResponseOf } from '../../../shared/api/contract';
import type { ExportTarget } from '../../../shared/export/targetNames';

/** A platform file made and waiting for the user to read its report and save it. */
export type PreparedExport = ResponseOf<'journeys:exportPlatform'> & { target: ExportTarget };
