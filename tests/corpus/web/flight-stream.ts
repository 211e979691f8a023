/**
 * Writing a Next.js App Router page's flight data for tests: rows, React elements, and the stream pushed in chunks
 * by scripts, as `self.__next_f.push([1,"…"])` (src/corpus/web/next-flight.ts reads them back).
 */

/** A row of flight data: `id:JSON`. */
export const row = (id: string, value: unknown): string => `${id}:${JSON.stringify(value)}\n`;

/** A text row: `id:T<hex byte length>,text`. */
export const textRow = (id: string, text: string): string => `${id}:T${Buffer.byteLength(text, 'utf8').toString(16)},${text}`;

/** A React element as flight data writes it. */
export const el = (type: string, props: Record<string, unknown>, key: string | null = null): unknown[] => ['$', type, key, props];

/**
 * The stream cut into chunks of `size` characters (a chunk may end inside a row), each pushed by a script; `opening`
 * adds statements to the first script (`;self.__next_f.push([2,null])`, as some pages write).
 */
export function pushes(stream: string, size = 120, opening = ''): string {
  const chunks: string[] = [];
  for (let i = 0; i < stream.length; i += size) chunks.push(stream.slice(i, i + size));
  return (
    `<script>(self.__next_f=self.__next_f||[]).push([0])${opening}</script>` +
    chunks.map((c) => `<script>self.__next_f.push(${JSON.stringify([1, c])})</script>`).join('')
  );
}
