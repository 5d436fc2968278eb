import { HttpError } from '@crossborder/protocol';
import { currentLocale, errorText, t, tDynamic } from '../i18n.js';

/**
 * Downloads a file the server makes (a report, a CSV, a case file) as the browser downloads any
 * file. The credential goes in a header (the instructor's key, or a team's seat token), never in
 * the address, so not by a plain link: the answer is fetched, then saved under the name the
 * server gave it. Returns null when saved, else what went wrong, in the reader's language. The
 * file is made in the reader's language too (`lang=`, the seat's).
 */
export async function downloadFile(
  path: string,
  bearer: string,
  fallbackName: string,
): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(inLanguage(path), { headers: { authorization: `Bearer ${bearer}` } });
  } catch (error) {
    return t('ui.exports.failed', { problem: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) {
    const refused = HttpError.safeParse(await response.json().catch(() => ({})));
    const problem = refused.success
      ? tDynamic(
          `server.http.${refused.data.error.code}`,
          refused.data.error.params ?? {},
          errorText(refused.data.error),
        )
      : `${response.status} ${response.statusText}`;
    return t('ui.exports.failed', { problem });
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the object URL is freed after.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  return null;
}

/** A server path asked in the screens' language: `?lang=<tag>` added. */
export function inLanguage(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(currentLocale())}`;
}

/** The name in `Content-Disposition: attachment; filename="…"`, if the server said one. */
export function fileNameOf(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}
