/**
 * Article texts written for these tests (fictional events, fictional people). The page builders in
 * shapes.ts wrap them in the markup of different publishing systems; the paragraphs are the true body.
 */

/** One article: headline and body paragraphs (the text an extractor should return, in order). */
export interface TestArticle {
  headline: string;
  paragraphs: string[];
}

export const HARBOUR: TestArticle = {
  headline: 'Harbour town votes to rebuild its flood wall before winter storms',
  paragraphs: [
    'The council of Marrowick voted on Tuesday evening to rebuild the crumbling flood wall along the old harbour, ending a dispute that had divided the town for almost three years.',
    'The decision came after a four-hour meeting in the town hall, where more than two hundred residents packed the public gallery and dozens more listened from the street outside.',
    '“We cannot ask families on the quay to spend another winter wondering whether the water will come through their front doors,” said Mayor Helena Ostrova after the vote. “This wall is older than anyone in this room.',
    '“It has done its work, and now it is our turn to do ours,” she added.',
    'The plan will cost an estimated 14 million euros, most of it covered by a regional resilience fund, with the rest raised through a temporary levy on harbour moorings.',
    'Opponents argued that the levy would fall hardest on the small fishing crews who still work from the harbour. Tomas Brennick, who speaks for the local fishermen’s cooperative, said the crews had not been consulted.',
    '“Nobody asked the people who are actually on the water every morning,” Brennick told reporters. “We want the wall too, but we want a fair share of the bill.”',
    'Engineers expect construction to begin in early September and to finish before the first autumn storms, although the council conceded that the schedule leaves little room for delay.',
  ],
};

export const GLACIER: TestArticle = {
  headline: 'Researchers map a hidden river beneath a shrinking glacier',
  paragraphs: [
    'A team of glaciologists has mapped a river flowing deep beneath one of the fastest-shrinking glaciers in the northern mountains, a discovery that may explain why the ice has retreated so quickly in recent summers.',
    'Using ground-penetrating radar towed behind snow vehicles, the researchers traced a channel nearly eleven kilometres long running along the bedrock under as much as four hundred metres of ice.',
    'Meltwater from the surface drains into the channel through deep shafts, warming the base of the glacier and lubricating its slide down the valley, the team wrote in their report.',
    '“We always suspected there was water moving down there, but we had no idea how organised it was,” said Dr. Ingrid Salvesen, who led the survey. “It behaves like a river with its own tributaries and seasons.”',
    'The findings suggest that models which treat the base of a glacier as a uniform surface may underestimate how fast some glaciers will lose ice as summers grow warmer.',
    'The team plans to return next spring with instruments that can be lowered into the shafts to measure the temperature and speed of the water directly.',
  ],
};

export const MARKET: TestArticle = {
  headline: 'Night market returns to the old tram depot after a two-year pause',
  paragraphs: [
    'The night market that once filled the old tram depot every Friday will return next month, organisers announced on Wednesday, after a two-year pause caused by repairs to the building’s roof.',
    'More than sixty stalls have signed up for the first evening, selling street food, secondhand books, handmade ceramics and bicycle parts.',
    'The depot’s new roof was paid for by a neighbourhood association that raised money through small donations and a series of concerts held in a nearby park.',
    '“People kept asking us when the market would come back, so we stopped waiting for someone else to fix the roof,” said Ruth Adeyemi, who chairs the association.',
    'The market will open at six in the evening and close at midnight, with a quieter section for families near the main entrance.',
  ],
};

/** Russian text for the charset tests (windows-1251, koi8-r). */
export const RUSSIAN: TestArticle = {
  headline: 'В городе открылась новая библиотека',
  paragraphs: [
    'В субботу в центре города открылась новая публичная библиотека, строительство которой продолжалось почти четыре года.',
    'В здании разместились читальные залы, детская комната и небольшой концертный зал для встреч с писателями.',
    '«Мы хотели, чтобы сюда приходили не только за книгами, но и просто поговорить», — сказала директор библиотеки Анна Воронцова.',
    'Фонд библиотеки насчитывает около восьмидесяти тысяч книг, и примерно треть из них была передана жителями города в дар.',
    'По выходным здесь будут проходить бесплатные занятия для детей и лекции местных историков о прошлом города.',
  ],
};

/** Japanese text (shift_jis, euc-jp). */
export const JAPANESE: TestArticle = {
  headline: '港町に新しい図書館が開館',
  paragraphs: [
    '土曜日、港町の中心部に新しい公立図書館が開館し、朝から多くの家族連れが訪れた。',
    '館内には閲覧室や子ども向けの部屋のほか、作家との交流に使える小さなホールも設けられている。',
    '館長は「本を借りるだけでなく、人が集まる場所にしたい」と話した。',
  ],
};

/** Chinese text (gb18030, big5). */
export const CHINESE: TestArticle = {
  headline: '港口小镇新图书馆开放',
  paragraphs: [
    '星期六，港口小镇中心的新公共图书馆正式开放，许多家庭一早就来到这里参观。',
    '馆内设有阅览室、儿童活动室，以及一个可以举办作家见面会的小礼堂。',
    '馆长表示，希望这里不仅是借书的地方，也能成为居民聚会交流的场所。',
  ],
};

/** Korean text (euc-kr). */
export const KOREAN: TestArticle = {
  headline: '항구 마을에 새 도서관 개관',
  paragraphs: [
    '토요일 항구 마을 중심가에 새 공공 도서관이 문을 열었고 아침부터 많은 가족들이 찾아왔다.',
    '도서관에는 열람실과 어린이 방, 작가와의 만남을 위한 작은 강당이 마련되어 있다.',
  ],
};

/** French text with accents (iso-8859-1, windows-1252 with curly quotes). */
export const FRENCH: TestArticle = {
  headline: 'Le marché de nuit rouvre dans l’ancien dépôt',
  paragraphs: [
    'Le marché de nuit qui animait l’ancien dépôt de tramways chaque vendredi rouvrira le mois prochain, après deux années de travaux sur la toiture.',
    'Plus de soixante étals se sont déjà inscrits pour la première soirée : cuisine de rue, livres d’occasion, céramiques et pièces de vélo.',
    '« Les gens nous demandaient sans cesse quand le marché reviendrait », a déclaré Ruth Adeyemi, présidente de l’association du quartier.',
  ],
};

/** A ferry terminal delayed: the plain article the tests of single page features set their boxes in. */
export const FERRY: TestArticle = {
  headline: 'Ferry terminal delayed',
  paragraphs: [
    'Harbour commissioner Lena Vostrik said on Tuesday that the new ferry terminal at Saltby would open in the spring, two months later than the council had promised.',
    '“We will not cut corners on safety,” Vostrik told reporters at the quay, adding that the contractor had asked for more time to finish the ramps.',
    'The delay has angered commuters who cross the fjord every morning, and the opposition leader Tomas Brekke called the new timetable a broken promise.',
    'Brekke said his party would ask the council to publish the contract in full at its next meeting so that residents could see who pays for the extra work.',
    'The terminal, which will replace a wooden pier built in 1962, is expected to carry about four thousand passengers a day once the second line starts.',
    'Engineers from the harbour office said the ramps had been redesigned after winter storms damaged the old pier twice in one season.',
    'The council will vote on the revised budget on 24 March, and the harbour office expects the first passengers to board from the new hall in late April.',
  ],
};
