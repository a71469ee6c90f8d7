// BuildKit's build-check rules (frontend/dockerfile/linter/ruleset.go): names, descriptions,
// message templates and documentation links, kept word for word so a diagnostic here reads the
// same as the warning `docker build` prints.
import type { Diagnostic, Severity } from '../types.ts'

export interface RuleInfo {
  name: string
  description: string
  url: string
  /** BuildKit reports every check as a warning (level 1); `# check=error=true` fails the build instead */
  severity: Severity
  /** experimental rules run only when `# check=experimental=…` names them (or `all`) */
  experimental: boolean
}

function rule(name: string, kebab: string, description: string, experimental = false): RuleInfo {
  return { name, description, url: `https://docs.docker.com/go/dockerfile/rule/${kebab}/`, severity: 'warning', experimental }
}

// Go's %q for the strings these messages quote: printable text in double quotes, `"` and `\` escaped.
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += ch
  }
  return out + '"'
}

export const RULES = {
  StageNameCasing: rule('StageNameCasing', 'stage-name-casing', 'Stage names should be lowercase'),
  FromAsCasing: rule('FromAsCasing', 'from-as-casing', "The 'as' keyword should match the case of the 'from' keyword"),
  NoEmptyContinuation: rule('NoEmptyContinuation', 'no-empty-continuation', 'Empty continuation lines will become errors in a future release'),
  ConsistentInstructionCasing: rule('ConsistentInstructionCasing', 'consistent-instruction-casing', 'All commands within the Dockerfile should use the same casing (either upper or lower)'),
  DuplicateStageName: rule('DuplicateStageName', 'duplicate-stage-name', 'Stage names should be unique'),
  ReservedStageName: rule('ReservedStageName', 'reserved-stage-name', 'Reserved words should not be used as stage names'),
  JSONArgsRecommended: rule('JSONArgsRecommended', 'json-args-recommended', 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals'),
  MaintainerDeprecated: rule('MaintainerDeprecated', 'maintainer-deprecated', 'The MAINTAINER instruction is deprecated, use a label instead to define an image author'),
  UndefinedArgInFrom: rule('UndefinedArgInFrom', 'undefined-arg-in-from', 'FROM command must use declared ARGs'),
  WorkdirRelativePath: rule('WorkdirRelativePath', 'workdir-relative-path', 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes'),
  UndefinedVar: rule('UndefinedVar', 'undefined-var', 'Variables should be defined before their use'),
  MultipleInstructionsDisallowed: rule('MultipleInstructionsDisallowed', 'multiple-instructions-disallowed', 'Multiple instructions of the same type should not be used in the same stage'),
  LegacyKeyValueFormat: rule('LegacyKeyValueFormat', 'legacy-key-value-format', 'Legacy key/value format with whitespace separator should not be used'),
  RedundantTargetPlatform: rule('RedundantTargetPlatform', 'redundant-target-platform', 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior'),
  SecretsUsedInArgOrEnv: rule('SecretsUsedInArgOrEnv', 'secrets-used-in-arg-or-env', 'Sensitive data should not be used in the ARG or ENV commands'),
  InvalidDefaultArgInFrom: rule('InvalidDefaultArgInFrom', 'invalid-default-arg-in-from', 'Default value for global ARG results in an empty or invalid base image name'),
  FromPlatformFlagConstDisallowed: rule('FromPlatformFlagConstDisallowed', 'from-platform-flag-const-disallowed', 'FROM --platform flag should not use a constant value'),
  CopyIgnoredFile: rule('CopyIgnoredFile', 'copy-ignored-file', 'Attempting to Copy file that is excluded by .dockerignore'),
  InvalidDefinitionDescription: rule('InvalidDefinitionDescription', 'invalid-definition-description', 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.', true),
  ExposeProtoCasing: rule('ExposeProtoCasing', 'expose-proto-casing', 'Protocol in EXPOSE instruction should be lowercase'),
  ExposeInvalidFormat: rule('ExposeInvalidFormat', 'expose-invalid-format', 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release'),
} as const satisfies Record<string, RuleInfo>

export type RuleName = keyof typeof RULES

export function isCheckRule(name: string): name is RuleName {
  return Object.prototype.hasOwnProperty.call(RULES, name)
}

/** BuildKit's message templates (the `Format` functions of ruleset.go). */
export const MESSAGES = {
  StageNameCasing: (stageName: string) => `Stage name '${stageName}' should be lowercase`,
  FromAsCasing: (from: string, as: string) => `'${as}' and '${from}' keywords' casing do not match`,
  NoEmptyContinuation: () => 'Empty continuation line',
  ConsistentInstructionCasing: (command: string, casing: string) => `Command '${command}' should match the case of the command majority (${casing})`,
  DuplicateStageName: (stageName: string) => `Duplicate stage name ${goQuote(stageName)}, stage names should be unique`,
  ReservedStageName: (stageName: string) => `Stage name should not use the same name as reserved stage ${goQuote(stageName)}`,
  JSONArgsRecommended: (instruction: string) => `JSON arguments recommended for ${instruction} to prevent unintended behavior related to OS signals`,
  MaintainerDeprecated: () => 'Maintainer instruction is deprecated in favor of using label',
  UndefinedArgInFrom: (arg: string, suggest: string) => `FROM argument '${arg}' is not declared` + (suggest ? ` (did you mean ${suggest}?)` : ''),
  WorkdirRelativePath: (workdir: string) => `Relative workdir ${goQuote(workdir)} can have unexpected results if the base image changes`,
  UndefinedVar: (name: string, suggest: string) => `Usage of undefined variable '$${name}'` + (suggest ? ` (did you mean $${suggest}?)` : ''),
  MultipleInstructionsDisallowed: (instruction: string) => `Multiple ${instruction} instructions should not be used in the same stage because only the last one will be used`,
  LegacyKeyValueFormat: (cmd: string) => `"${cmd} key=value" should be used instead of legacy "${cmd} key value" format`,
  RedundantTargetPlatform: (platformVar: string) => `Setting platform to predefined ${platformVar} in FROM is redundant as this is the default behavior`,
  SecretsUsedInArgOrEnv: (instruction: string, key: string) => `Do not use ARG or ENV instructions for sensitive data (${instruction} ${goQuote(key)})`,
  InvalidDefaultArgInFrom: (baseName: string) => `Default value for ARG ${baseName} results in empty or invalid base image name`,
  FromPlatformFlagConstDisallowed: (platform: string) => `FROM --platform flag should not use constant value ${goQuote(platform)}`,
  CopyIgnoredFile: (cmd: string, file: string) => `Attempting to ${cmd} file ${goQuote(file)} that is excluded by .dockerignore`,
  InvalidDefinitionDescription: (instruction: string, name: string) => `Comment for ${instruction} should follow the format: \`# ${name} <description>\``,
  ExposeProtoCasing: (port: string) => `Defined protocol '${port}' in EXPOSE instruction should be lowercase`,
  ExposeInvalidFormat: (port: string) => `EXPOSE instruction should not define an IP address or host-port mapping, found '${port}'`,
} as const

/** Where BuildKit reports a warning: the lines of an instruction (its Location()). */
export interface Span {
  line: number
  column?: number
  endLine?: number
  endColumn?: number
}

export function warning(name: RuleName, message: string, at: Span): Diagnostic {
  const d: Diagnostic = { rule: name, severity: RULES[name].severity, message, line: at.line, url: RULES[name].url }
  if (at.column !== undefined) d.column = at.column
  if (at.endLine !== undefined) d.endLine = at.endLine
  if (at.endColumn !== undefined) d.endColumn = at.endColumn
  return d
}

/**
 * Added as a separate sentence where BuildKit's verdict depends on the base image's config,
 * which a Dockerfile alone does not show.
 */
export const CAVEATS = {
  baseImageEnv: "The base image's ENV may define it; only a build with that image can tell.",
  baseImageShell: 'BuildKit does not warn when the base image sets a SHELL; only a build with that image can tell.',
} as const

export function withCaveat(d: Diagnostic, caveat: string): Diagnostic {
  d.message = `${d.message}. ${caveat}`
  return d
}
