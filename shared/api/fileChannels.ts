// The desktop app's file channels (native save and open dialogs), checked like the API's:
// each request has a schema, and main answers through the same dispatch. They are not part
// of the contract's channels because only the Electron shell carries them (a browser saves
// by download and opens with a file picker).
import { z } from 'zod';
import { LIMITS } from './limits';

const SuggestedName = z.string().max(260);
const Extensions = z.array(z.string().regex(/^[a-z0-9]{1,8}$/i, 'an extension is 1 to 8 letters or digits')).max(8);

export const fileRequestSchemas = {
  'files:saveText': z.object({ suggestedName: SuggestedName, content: z.string().max(LIMITS.saveFileBytes), extensions: Extensions }),
  'files:saveBytes': z.object({
    suggestedName: SuggestedName,
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= LIMITS.saveFileBytes, `may be at most ${LIMITS.saveFileBytes} bytes`),
    extensions: Extensions,
  }),
  'files:saveDownload': z.object({ ticket: z.string().min(1).max(200), suggestedName: SuggestedName, extensions: Extensions }),
  'files:openText': z.object({ extensions: Extensions, multiple: z.boolean() }),
} as const;

export type FileChannel = keyof typeof fileRequestSchemas;
export const FILE_CHANNELS = Object.keys(fileRequestSchemas) as FileChannel[];

/** A file the user opened: its text, or why it could not be read (too large, unreadable). */
export interface TextFile {
  name: string;
  content: string;
  /** Set when the file could not be read; content is then empty. */
  error?: string;
}

export interface FileResponses {
  'files:saveText': boolean;
  'files:saveBytes': boolean;
  'files:saveDownload': boolean;
  'files:openText': TextFile[];
}

export type FileHandlers = { [C in FileChannel]: (request: z.output<(typeof fileRequestSchemas)[C]>) => Promise<FileResponses[C]> };
