import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentScriptHosts, OPTIONAL_SITE_ACCESS, PERMISSIONS } from '../src/ship/permissions';

export interface LintFinding {
  code: string;
  file?: string;
  message: string;
}

/** Baseline globs: `*` is one path segment, `**` any depth. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}

export function matchesBaseline(entry: { code: string; file: string }, finding: LintFinding): boolean {
  return entry.code === finding.code && globToRegExp(entry.file).test(finding.file ?? '');
}

/** What in the built code shows a permission is really used (property names survive minifying). */
const USED_BY: Record<string, RegExp> = {
  storage: /\.storage\.(local|sync|session)\b/,
  activeTab: /\.tabs\.query\(/,
  scripting: /\.scripting\./,
  alarms: /\.alarms\./,
  notifications: /\.notifications\./,
};

const isHostPattern = (p: string) => p === '<all_urls>' || p.includes('://');

function builtScripts(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}

/** Least-privilege and completeness checks on one built extension folder; returns the problems. */
export function checkManifest(dir: string): string[] {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const name = path.basename(dir);
  const code = builtScripts(dir);

  const declared: string[] = manifest.permissions ?? [];
  for (const permission of declared.filter((p) => !isHostPattern(p))) {
    if (!(permission in PERMISSIONS))
      problems.push(`${name}: "${permission}" has no reason in src/ship/permissions.ts`);
    else if (USED_BY[permission] && !USED_BY[permission].test(code))
      problems.push(`${name}: "${permission}" is declared but no built script uses it`);
  }
  const chatSites = new Set(contentScriptHosts(manifest));
  const installHosts = [...declared.filter(isHostPattern), ...(manifest.host_permissions ?? [])];
  const beyond = installHosts.filter((host) => !chatSites.has(host));
  if (beyond.length > 0)
    problems.push(
      `${name}: install-time host access ${beyond.join(', ')} (only the content scripts' chat sites allowed)`,
    );

  const optional: string[] = [
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  for (const permission of optional) {
    if (!(OPTIONAL_SITE_ACCESS as readonly string[]).includes(permission))
      problems.push(`${name}: optional permission "${permission}" is not the "Guard this site" access`);
  }

  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches ?? []) {
      if (match === '<all_urls>' || /^[^:]+:\/\/\*\//.test(match))
        problems.push(`${name}: content script runs on every site (${match}); list the chat sites instead`);
    }
  }

  const action = manifest.action ?? manifest.browser_action ?? {};
  const iconFiles = { ...manifest.icons, ...action.default_icon } as Record<string, string>;
  for (const size of ['16', '32', '48', '96', '128']) {
    if (!manifest.icons?.[size]) problems.push(`${name}: no ${size}px icon`);
  }
  for (const file of Object.values(iconFiles)) {
    if (!existsSync(path.join(dir, file))) problems.push(`${name}: icon ${file} is missing`);
  }

  const messagesFile = path.join(dir, '_locales', manifest.default_locale ?? 'en', 'messages.json');
  const messages = existsSync(messagesFile) ? JSON.parse(readFileSync(messagesFile, 'utf8')) : {};
  for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) {
    if (!messages[key!])
      problems.push(`${name}: manifest uses __MSG_${key}__ but the locale has no "${key}"`);
  }

  // The Chrome Web Store rejects a package whose description is longer than 132 characters.
  const description = String(manifest.description ?? '').replace(
    /__MSG_(\w+)__/g,
    (_m: string, key: string) => messages[key]?.message ?? '',
  );
  if (description.length > 132)
    problems.push(`${name}: description is ${description.length} characters (the stores allow 132)`);

  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/https?:|\*/.test(csp)) problems.push(`${name}: content security policy allows remote sources: ${csp}`);

  if (manifest.browser_specific_settings) {
    const gecko = manifest.browser_specific_settings.gecko ?? {};
    if (!gecko.id) problems.push(`${name}: no fixed add-on id`);
    if (!gecko.strict_min_version) problems.push(`${name}: no strict_min_version`);
    if (JSON.stringify(gecko.data_collection_permissions?.required) !== '["none"]')
      problems.push(`${name}: data_collection_permissions must declare required: ["none"]`);
  }
  return problems;
}
