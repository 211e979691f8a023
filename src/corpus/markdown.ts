/**
 * Markdown → the plain text a reader sees, for an article added as a `.md` file or served as
 * `text/markdown`. The document is parsed by `marked` (CommonMark and GitHub's tables); its tokens are walked
 * to text: heading marks, emphasis, link and image syntax, quote marks (`>`), code fences, HTML tags,
 * entities and escapes go, the words stay, one paragraph per block. Without this a quotation read from "a
 * [plan](https://…) that is *sinking*" kept the brackets, the address and the stars.
 */
import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';

/** Raw HTML in a Markdown file: its text without the tags. */
const htmlText = (html: string): string =>
  decodeHTML(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** The text of inline tokens: what a reader sees of emphasis, links and code; pictures and tags show nothing. */
function inlineText(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'image':
        break;
      case 'html':
        out += htmlText((token as Tokens.HTML).text);
        break;
      case 'br':
        out += '\n';
        break;
      case 'codespan':
        out += (token as Tokens.Codespan).text;
        break;
      case 'text':
      case 'escape':
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML((token as Tokens.Text).text);
        break;
      default:
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : 'text' in token ? String(token.text) : '';
    }
  }
  return out;
}

/** The paragraphs of block tokens, in order (a list gives one line per item, a table one line per row). */
function blockTexts(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'html':
        out.push(htmlText((token as Tokens.HTML).text));
        break;
      case 'code':
        out.push((token as Tokens.Code).text);
        break;
      case 'blockquote':
        out.push(...blockTexts((token as Tokens.Blockquote).tokens));
        break;
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        const items = list.items.map((item, i) => `${list.ordered ? `${start + i}.` : '-'} ${blockTexts(item.tokens).join(' ')}`);
        out.push(items.join('\n'));
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inlineText(cell.tokens)).join(' | ');
        out.push([row(table.header), ...table.rows.map(row)].join('\n'));
        break;
      }
      default:
        out.push(
          inlineText('tokens' in token ? token.tokens : undefined)
            .replace(/ {2,}/g, ' ')
            .trim(),
        );
    }
  }
  return out.filter((text) => text.trim() !== '');
}

/**
 * The text of a Markdown document: its blocks separated by a blank line.
 *
 * @example markdownText('# Vote\n\n> “We *will*,” she said.') // → 'Vote\n\n“We will,” she said.'
 */
export function markdownText(markdown: string): string {
  return blockTexts(new Lexer({ gfm: true }).lex(markdown)).join('\n\n');
}
