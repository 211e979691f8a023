/**
 * The safe page fetcher: fetchPage reads a web page for the bot, refusing what could reach private
 * networks or exhaust memory and time. See README.md in this folder for each check and its reason.
 */
export { type AddressVerdict, checkAddress } from './address.js';
export { fetchPage } from './fetch-page.js';
export { looksLikeLink, pastedLink, redactUrl } from './target.js';
export {
  DEFAULT_CONTENT_TYPES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type FetchErrorCode,
  type FetchFailure,
  type FetchPolicy,
  type FetchResult,
  type FetchSuccess,
} from './types.js';
