// Types for the part of papaparse we use. We import its plain script ('papaparse/papaparse.js')
// because @types/papaparse pulls Node's types into src-shared, which would hide accidental Node use.
declare module 'papaparse/papaparse.js' {
  export type PapaError = { type: string; code: string; message: string; row?: number; index?: number };
  export type PapaMeta = { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; cursor: number };
  export type PapaStepResult = { data: string[]; errors: PapaError[]; meta: PapaMeta };
  export type PapaParseConfig = {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    step?: (results: PapaStepResult) => void;
  };
  export type PapaUnparseConfig = {
    delimiter?: string;
    newline?: string;
    quotes?: boolean | boolean[] | ((value: unknown, column: number) => boolean);
    quoteChar?: string;
    escapeFormulae?: boolean;
    header?: boolean;
  };
  const Papa: {
    parse(input: string, config: PapaParseConfig): { data: string[][]; errors: PapaError[]; meta: PapaMeta };
    unparse(data: ReadonlyArray<ReadonlyArray<string | number | null>>, config?: PapaUnparseConfig): string;
  };
  export default Papa;
}
