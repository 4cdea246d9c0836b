/**
 * Go's `strconv.FormatFloat` for the formats `fmt` uses (`e`, `E`, `f`, `F`, `g`, `G`).
 *
 * Shortest output takes JavaScript's shortest round-trip digits, which are the same digits
 * Go picks. Fixed precisions round the exact binary value half-to-even as Go does, where
 * JavaScript's `toFixed` would round ties up (`%.0f` of 2.5 is `2` in Go).
 */

interface Decimal {
  /** Significant digits without leading or trailing zeros ('' for zero). */
  digits: string;
  /** Position of the decimal point relative to the first digit. */
  dp: number;
}

function shortestDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 };
  const [mant = '0', exp = '0'] = x.toExponential().split('e');
  const digits = mant.replace('.', '').replace(/0+$/, '');
  return { digits, dp: Number(exp) + 1 };
}

function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  let s: string;
  let dp: number;
  if (e >= 0) {
    s = (mant << BigInt(e)).toString();
    dp = s.length;
  } else {
    s = (mant * 5n ** BigInt(-e)).toString();
    dp = s.length + e;
  }
  return { digits: s.replace(/0+$/, ''), dp };
}

/** Rounds to `nd` significant digits, half to even on the exact value (Go's `decimal.Round`). */
function roundTo(d: Decimal, nd: number): Decimal {
  if (nd < 0) return { digits: '', dp: 0 };
  if (nd >= d.digits.length) return d;
  const next = d.digits.charCodeAt(nd) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (nd + 1 < d.digits.length) up = true;
  else up = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1;
  if (!up) {
    const digits = d.digits.slice(0, nd).replace(/0+$/, '');
    return { digits, dp: digits === '' ? 0 : d.dp };
  }
  const arr = d.digits.slice(0, nd).split('').map(Number);
  let i = arr.length - 1;
  while (i >= 0 && arr[i] === 9) {
    arr[i] = 0;
    i--;
  }
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  arr[i] = (arr[i] ?? 0) + 1;
  return { digits: arr.join('').replace(/0+$/, ''), dp: d.dp };
}

function digitAt(d: Decimal, i: number): string {
  return i >= 0 && i < d.digits.length ? (d.digits[i] ?? '0') : '0';
}

function fmtE(d: Decimal, prec: number, expChar: string): string {
  let out = d.digits === '' ? '0' : digitAt(d, 0);
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  let exp = d.digits === '' ? 0 : d.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  return out + expChar + sign + String(exp).padStart(2, '0');
}

function fmtF(d: Decimal, prec: number): string {
  let out = '';
  if (d.dp > 0) {
    for (let i = 0; i < d.dp; i++) out += digitAt(d, i);
  } else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, d.dp + i - 1);
  }
  return out;
}

/**
 * `strconv.FormatFloat(x, fmt, prec, 64)` for `fmt` in `eEfFgG`; `prec` -1 means the
 * shortest representation that reads back as `x`.
 */
export function formatGoFloat(x: number, fmt: string, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const shortest = prec < 0;
  let d: Decimal;
  const lower = fmt.toLowerCase();
  if (shortest) {
    d = shortestDecimal(abs);
    if (lower === 'e') prec = Math.max(d.digits.length - 1, 0);
    else if (lower === 'f') prec = Math.max(d.digits.length - d.dp, 0);
    else prec = d.digits.length;
  } else {
    const exact = exactDecimal(abs);
    if (lower === 'e') d = roundTo(exact, prec + 1);
    else if (lower === 'f') d = roundTo(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      d = roundTo(exact, prec);
    }
  }
  let body: string;
  if (lower === 'e') body = fmtE(d, prec, fmt === 'E' ? 'E' : 'e');
  else if (lower === 'f') body = fmtF(d, prec);
  else {
    let eprec = prec;
    if (eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
    // For the shortest form Go decides between %e and %f as if the precision were 6.
    if (shortest) eprec = 6;
    const exp = d.dp - 1;
    if (d.digits !== '' && (exp < -4 || exp >= eprec)) {
      if (prec > d.digits.length) prec = d.digits.length;
      body = fmtE(d, prec - 1, fmt === 'G' ? 'E' : 'e');
    } else {
      if (prec > d.dp) prec = d.digits.length;
      body = fmtF(d, Math.max(prec - d.dp, 0));
    }
  }
  return (neg ? '-' : '') + body;
}
