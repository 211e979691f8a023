/**
 * Keeps a database URL's password out of logs and error messages: the URL is shown with the password
 * replaced, and any text (a driver's error message) has the password's occurrences masked.
 */

const MASK = '***';

/** `url` with its password (user-info or `?password=`) replaced by `***`; a placeholder when it does not parse. */
export function redactDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '[database URL that does not parse]';
  }
  if (parsed.password) parsed.password = MASK;
  if (parsed.searchParams.has('password')) parsed.searchParams.set('password', MASK);
  return parsed.toString();
}

/** `text` with every occurrence of the URL, and of its password (raw or percent-decoded), masked. */
export function scrubDatabaseUrl(text: string, url: string): string {
  const secrets = new Set<string>();
  for (const password of passwordsOf(url)) {
    secrets.add(password);
    secrets.add(safeDecode(password));
  }
  let out = text.split(url).join(redactDatabaseUrl(url));
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret) out = out.split(secret).join(MASK);
  }
  return out;
}

/** The passwords in `scheme://user:password@host…?password=…`, also when the URL parser refuses the string. */
function passwordsOf(url: string): string[] {
  try {
    const parsed = new URL(url);
    return [parsed.password, parsed.searchParams.get('password') ?? ''].filter(Boolean);
  } catch {
    const userInfo = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:(.*)@[^@]*$/i.exec(url)?.[1];
    const query = /[?&]password=([^&]*)/i.exec(url)?.[1];
    return [userInfo ?? '', query ?? ''].filter(Boolean);
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
