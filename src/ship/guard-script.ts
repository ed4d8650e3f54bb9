import type { Browser } from 'wxt/browser';

type Manifest = Browser.runtime.Manifest;

export interface GuardScript {
  js: string[];
  css: string[];
  allFrames: boolean;
  runAt: 'document_start' | 'document_end' | 'document_idle';
}

/** Every match pattern the manifest's own content scripts run on (the supported chat sites). */
export function builtInMatches(manifest: Manifest): string[] {
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/**
 * Firefox's runtime.getManifest() lists content-script files as absolute moz-extension:// URLs, but
 * registerContentScripts only takes paths inside the package.
 */
export function packagePath(file: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? new URL(file).pathname.replace(/^\/+/, '') : file;
}

/**
 * The guard content script as the manifest declares it, so a site added at run time gets exactly
 * the same files (the generic fallback inside it handles sites without an adapter).
 */
export function guardScriptFrom(manifest: Manifest): GuardScript | null {
  const scripts = manifest.content_scripts ?? [];
  const guard = scripts.find((script) => script.js?.some((file) => /guard/i.test(file))) ?? scripts[0];
  if (!guard?.js?.length) return null;
  return {
    js: guard.js.map(packagePath),
    css: (guard.css ?? []).map(packagePath),
    allFrames: guard.all_frames ?? false,
    runAt: (guard.run_at as GuardScript['runAt'] | undefined) ?? 'document_idle',
  };
}
