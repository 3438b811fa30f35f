import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';
import type { Terminal } from './terminal';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Flags every command takes, anywhere on the line. */
export const globalOptions = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies OptionSpecs;

export const globalUsage = `Global flags:
  --db PATH    the database (default: $PRESSDESK_DB, else the user-data file)
  --json       print exactly one JSON object on stdout
  --debug      show stack traces for errors
  --help, -h   show help
  --version    show the version`;

/** What a command is handed besides its own flags: no globals, so each command is a plain testable function. */
export interface CommandContext {
  readonly dbPath: string;
  readonly json: boolean;
  readonly debug: boolean;
  readonly version: string;
  /** Aborted by Ctrl+C or SIGTERM. */
  readonly signal: AbortSignal;
  readonly terminal: Terminal;
}

type Config<O extends OptionSpecs> = {
  args: string[];
  options: typeof globalOptions & O;
  allowPositionals: true;
  strict: true;
};

export type ParsedValues<O extends OptionSpecs> = ReturnType<typeof parseArgs<Config<O>>>['values'];

export interface CommandSpec<O extends OptionSpecs> {
  readonly name: string;
  /** `serve [--port N] [--no-open]`: shown in help and after usage errors. */
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: string;
  /** What `pressdesk <command> --help` explains beyond the summary. */
  readonly description?: string;
  readonly options: O;
  readonly positionals: { readonly min: number; readonly max: number };
  /** SIGINT/SIGTERM are how this command normally ends (it exits 0), not an interruption (130). */
  readonly runsUntilStopped?: boolean;
  run(ctx: CommandContext, values: ParsedValues<O>, positionals: readonly string[]): number | Promise<number>;
}

export interface GlobalValues {
  readonly db?: string | undefined;
  readonly json?: boolean | undefined;
  readonly debug?: boolean | undefined;
  readonly help?: boolean | undefined;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly description: string;
  readonly options: OptionSpecs;
  readonly runsUntilStopped: boolean;
  /** Parses this command's arguments strictly (global flags included), or throws UsageError. */
  parse(args: string[]): {
    readonly globals: GlobalValues;
    run(ctx: CommandContext): Promise<number>;
  };
}

/** Declares a command: its flags are typed from `options`, and unknown flags or wrong positionals are usage errors. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  return {
    name: spec.name,
    usage: spec.usage,
    summary: spec.summary,
    description: spec.description ?? '',
    options: spec.options,
    runsUntilStopped: spec.runsUntilStopped ?? false,
    parse(args) {
      let parsed;
      try {
        parsed = parseArgs<Config<O>>({
          args,
          options: { ...globalOptions, ...spec.options },
          allowPositionals: true,
          strict: true,
        });
      } catch (error) {
        if (!(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) throw error;
        // node's wording, cut to its first sentence: "Unknown option '--frob'".
        const first = (error as Error).message.split(/\.\s/)[0] ?? 'bad arguments';
        throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1), spec.name);
      }
      const { values, positionals } = parsed;
      const { min, max } = spec.positionals;
      const globals: GlobalValues = values;
      return {
        globals,
        // Checked when run, so `pressdesk restore --help` shows help rather than "needs more arguments".
        async run(ctx) {
          if (positionals.length < min)
            throw new UsageError(`${spec.name} needs more arguments: ${spec.usage}`, spec.name);
          if (positionals.length > max) {
            throw new UsageError(`${spec.name} does not take "${positionals[max] ?? ''}": ${spec.usage}`, spec.name);
          }
          return spec.run(ctx, values, positionals);
        },
      };
    },
  };
}

export function commandHelp(command: Command) {
  const description = command.description ? `\n\n${command.description}` : '';
  return `Usage: pressdesk ${command.usage}\n\n${command.summary}${description}\n\n${globalUsage}\n`;
}
