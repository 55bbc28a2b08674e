// mjml 5 ships no type declarations; this covers the part we use.
declare module 'mjml' {
  interface MjmlError {
    line?: number;
    message: string;
    tagName?: string;
    formattedMessage?: string;
  }
  interface MjmlOptions {
    validationLevel?: 'strict' | 'soft' | 'skip';
    fonts?: Record<string, string>;
    ignoreIncludes?: boolean;
    keepComments?: boolean;
    minify?: boolean;
    filePath?: string;
  }
  export default function mjml2html(source: string, options?: MjmlOptions): Promise<{ html: string; errors: MjmlError[] }>;
}
