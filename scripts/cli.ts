/**
 * Command-line manners shared by every script: `--help` lists the flags and the environment
 * variables the script reads, an unknown flag or a missing value is refused with exit status 2
 * (the usage-error status of POSIX utilities) before anything loads, and a flag standing for an
 * environment variable (`--port` for PORT) overrides it in the environment handed to `loadConfig`,
 * so flags and variables are validated by the same code.
 */
import { parseArgs } from 'node:util';
import { CONFIG_VARIABLES, TOOL_VARIABLES, type Env } from './config.ts';

export interface Flag {
  type: 'string' | 'boolean';
  description: string;
  /** Shown in `--help` as the value's placeholder (`<n>`) */
  value?: string;
  /** The environment variable this flag overrides */
  variable?: string;
  default?: string;
}

export interface Command {
  /** How it is run: `npm start --` */
  usage: string;
  summary: string;
  flags: Readonly<Record<string, Flag>>;
  /** The environment variables it reads (names of CONFIG_VARIABLES or TOOL_VARIABLES) */
  variables: readonly string[];
  /** Its positional arguments, as `--help` shows them (`<folder>`): the count it takes, exactly; none when absent */
  operands?: readonly Operand[];
  /** Lines shown after the flags (an example) */
  notes?: readonly string[];
}

export interface Operand {
  name: string;
  description: string;
}

export interface CommandLine {
  values: Readonly<Record<string, string | boolean | undefined>>;
  /** The positional arguments, as many as the command's operands */
  operands: readonly string[];
  /** The process environment with the flags' variables set from the flags */
  env: Env;
}

/** The flags shared by the scripts that read the whole configuration. */
export const PORT_FLAG: Flag = { type: 'string', value: '<n>', variable: 'PORT', description: 'port to serve on' };
export const DATA_DIR_FLAG: Flag = {
  type: 'string',
  value: '<dir>',
  variable: 'ZANGRAPH_DATA_DIR',
  description: 'directory of local state',
};

/** Usage text: summary, flags, environment variables. */
export function helpText(command: Command): string {
  const flags = Object.entries(command.flags).map(([name, flag]) => {
    const left = `--${name}${flag.value ? ` ${flag.value}` : ''}`;
    const notes = [flag.variable ? `overrides ${flag.variable}` : null, flag.default ? `default ${flag.default}` : null].filter(Boolean);
    return `  ${left.padEnd(22)} ${flag.description}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  });
  flags.push(`  ${'--help'.padEnd(22)} print this help and exit`);
  const variables = command.variables.map((name) => `  ${name.padEnd(28)} ${CONFIG_VARIABLES[name] ?? TOOL_VARIABLES[name] ?? ''}`);
  const operands = (command.operands ?? []).map((o) => `  ${o.name.padEnd(22)} ${o.description}`);
  return [
    `usage: ${command.usage} [flags]${operands.length ? ` ${(command.operands ?? []).map((o) => o.name).join(' ')}` : ''}`,
    '',
    command.summary,
    ...(operands.length ? ['', 'arguments:', ...operands] : []),
    '',
    'flags:',
    ...flags,
    ...(variables.length ? ['', 'environment:', ...variables] : []),
    ...(command.notes?.length ? ['', ...command.notes] : []),
  ].join('\n');
}

/** Parse the flags; `--help` prints the usage and exits 0, a usage error prints one line and exits 2. */
export function parseCommandLine(command: Command, args: readonly string[] = process.argv.slice(2), env: Env = process.env): CommandLine {
  const options = Object.fromEntries(
    Object.entries(command.flags).map(([name, flag]) => [
      name,
      {
        type: flag.type,
        ...(flag.default === undefined ? {} : { default: flag.type === 'boolean' ? flag.default === 'true' : flag.default }),
      },
    ]),
  );
  const wanted = command.operands ?? [];
  let values: Record<string, string | boolean | undefined>;
  let operands: string[];
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: wanted.length > 0,
    });
    values = parsed.values as typeof values;
    operands = parsed.positionals;
  } catch (error) {
    usageError((error as Error).message.split('\n')[0] ?? '');
  }
  if (values.help) {
    process.stdout.write(`${helpText(command)}\n`);
    process.exit(0);
  }
  if (operands.length !== wanted.length) {
    const names = wanted.map((o) => o.name).join(' ');
    usageError(`${operands.length < wanted.length ? 'missing' : 'too many arguments; expected'} ${names}: got ${operands.length}`);
  }
  const overrides = Object.entries(command.flags).flatMap(([name, flag]) => {
    const value = values[name];
    return flag.variable && typeof value === 'string' ? [[flag.variable, value]] : [];
  });
  return { values, operands, env: { ...env, ...Object.fromEntries(overrides) } };
}

/** One line saying what is wrong with the command line, then exit status 2. */
function usageError(line: string): never {
  process.stderr.write(`${line}\nRun with --help for the flags.\n`);
  process.exit(2);
}
