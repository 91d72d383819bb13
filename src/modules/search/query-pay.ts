// Owns reading pay out of a seeker's search box: "18000", "18k", "₹18,000 pm", "2.5 lpa", "3 लाख".
// Must never guess pay from a number that reads as something else: a pincode, a year count, a sector.

/** Below this a bare number is not a month's pay (entry pay in the domain starts near 8,000). */
const MIN_MONTHLY = 5000;
/** Above this a bare number is a year's pay (CTC), not a month's. */
const MAX_MONTHLY = 200000;
/** Above this a bare number is no pay a seeker here would type. */
const MAX_YEARLY = 5000000;

const END = '(?![\\p{L}\\p{N}])';
const START = '(?<![\\p{L}\\p{N}.,])';
const MONEY = '(?:₹|rs\\.?|inr|रु\\.?|रुपये)';
const CURRENCY = `${MONEY}?\\s*`;
const MONTH =
  '(?:\\s*(?:\\/-|in\\s*-?\\s*hand|take\\s*home|per\\s+month|a\\s+month|\\/\\s*month|p\\.?\\s?m\\.?|pm|monthly|mahina|mahine|महिना|महीना|प्रति\\s*माह))';
const YEAR = '(?:\\s*(?:per\\s+annum|p\\.?\\s?a\\.?|a\\s+year|per\\s+year|\\/\\s*year|yearly|annual|ctc))';

const LAKHS = new RegExp(
  `${START}${CURRENCY}(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*(?:lpa|l\\.p\\.a\\.?|lakhs?|lacs?|lakh\\s+per\\s+annum|लाख|लाखांपर्यंत)${YEAR}?${END}`,
  'u',
);
const THOUSANDS = new RegExp(
  `${START}${CURRENCY}(\\d{1,3}(?:\\.\\d)?)\\s*(?:k|thousand|hazar|hajar|हजार|हज़ार)${MONTH}?${END}`,
  'u',
);
const PLAIN = new RegExp(
  `${START}(${MONEY})?\\s*(\\d{1,3}(?:,\\d{2,3})+|\\d{4,7})(${MONTH}|${YEAR})?${END}`,
  'u',
);

/** "18000 to 22000", "14k-17k", "14-17k", "3 se 4 lpa": a range, read as its low end. */
const SCALE = '(?:k|thousand|hazar|hajar|हजार|हज़ार|lpa|l\\.p\\.a\\.?|lakhs?|lacs?|लाख)';
const AMOUNT = '(\\d{1,3}(?:,\\d{2,3})+|\\d{1,7}(?:\\.\\d{1,2})?)';
const RANGE = new RegExp(
  `${START}${CURRENCY}${AMOUNT}\\s*(${SCALE})?\\s*(?:-|–|—|to|se|te|ते|से)\\s*${CURRENCY}${AMOUNT}\\s*(${SCALE})?(${MONTH}|${YEAR})?${END}`,
  'u',
);

export interface PayRead {
  /** What the seeker typed for it, to quote back. */
  typed: string;
  /** The asked-for pay, in rupees a month. */
  monthly: number;
  /** The query with the pay words taken out. */
  rest: string;
}

const DEVANAGARI_ZERO = 0x0966;

/** The first pay the query states, as rupees a month, or undefined when no number reads as pay. */
export function readPay(raw: string): PayRead | undefined {
  const text = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO));
  // A range is pay when its low end, with the range's scale and unit, reads as pay on its own; the
  // seeker would take the low end, so that is the floor, and the high end is no word to require.
  const range = RANGE.exec(text);
  if (range) {
    const scale = range[2] ?? range[4];
    const low = readPay(`${range[1]}${scale ? ` ${scale}` : ''}${range[5] ?? ''}`);
    if (low) return { ...found(text, range, low.monthly), typed: range[0].trim() };
  }
  const lakhs = LAKHS.exec(text);
  if (lakhs) {
    const yearly = Number(lakhs[1]!.replace(',', '.')) * 100000;
    if (yearly > 0 && yearly <= MAX_YEARLY) return found(text, lakhs, Math.round(yearly / 12));
  }
  const thousands = THOUSANDS.exec(text);
  if (thousands) {
    const value = Number(thousands[1]) * 1000;
    if (value >= MIN_MONTHLY && value <= MAX_MONTHLY) return found(text, thousands, value);
  }
  const plain = PLAIN.exec(text);
  if (plain) {
    const digits = plain[2]!.replaceAll(',', '');
    const value = Number(digits);
    const currency = Boolean(plain[1]?.trim());
    const unit = plain[3] ?? '';
    const perYear = new RegExp(YEAR, 'u').test(unit);
    // Maharashtra pincodes are six digits starting with 4: a place, unless written as money.
    const pincode = /^4\d{5}$/.test(digits) && !currency && unit === '';
    if (!pincode) {
      if (perYear && value >= MIN_MONTHLY * 12 && value <= MAX_YEARLY)
        return found(text, plain, Math.round(value / 12));
      if (!perYear && value >= MIN_MONTHLY && value <= MAX_MONTHLY) return found(text, plain, value);
      if (!perYear && unit === '' && value > MAX_MONTHLY && value <= MAX_YEARLY)
        return found(text, plain, Math.round(value / 12));
    }
  }
  return undefined;
}

function found(text: string, match: RegExpExecArray, monthly: number): PayRead {
  const typed = match[0].trim();
  return {
    typed,
    monthly,
    rest: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`,
  };
}
