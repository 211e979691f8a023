/**
 * Dates printed in Russian above the article ("10 марта 2026, 14:05", "Обновлено 3 декабря 2026 в 09:15"):
 * pages whose bylines open with "От" were read, their date lines were not, so the page went undated and the
 * line stayed in its text.
 */
import { describe, expect, it } from 'vitest';
import { dateLineDate, findDate } from '../../../src/corpus/dates.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Портовое управление в понедельник утвердило план углубления северного канала до осенних штормов, завершив год споров.',
  '«Мы достаточно долго ждали, пока канал станет безопасным», — сказала начальник порта Элин Ворск на заседании совета.',
  'По словам рыбаков, с января на мель сели четыре судна, а страховщики начали повышать взносы для всех владельцев.',
  'Работы займут около одиннадцати недель, и ночью канал будет закрыт для крупных судов, сообщило управление порта.',
  'Жители старой набережной опасаются шума земснаряда, который будет работать по ночам почти всё лето этого года.',
];
const read = (line: string) => {
  const r = extractArticle(
    `<html lang="ru"><head><title>Канал углубят | Северный вестник</title></head><body><article><h1>Канал углубят</h1><p>${line}</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('Russian date lines', () => {
  it.each([
    ['10 марта 2026, 14:05', '2026-03-10'],
    ['вторник, 10 марта 2026', '2026-03-10'],
    ['Обновлено 3 декабря 2026 в 09:15', '2026-12-03'],
  ])('“%s” dates the page and leaves the text', (line, day) => {
    const r = read(line);
    expect(r.date).toBe(day);
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('every month in the genitive a date takes; the day published before the day updated', () => {
    const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    for (const [i, m] of months.entries()) expect(findDate(`1 ${m} 2026 г.`)?.iso).toBe(`2026-${String(i + 1).padStart(2, '0')}-01`);
    expect(dateLineDate('Опубликовано: 2 декабря 2026, 18:00. Обновлено 3 декабря 2026 в 09:15')?.iso).toBe('2026-12-02');
  });
});
