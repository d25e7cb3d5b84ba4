// The hosted pages: a checkout that looks like one (the shop's name, the item and its amount, a payment
// method, the amount on the pay button, a way back to the shop), in Indonesian or English. Self-contained:
// inline CSS and SVG, system fonts, no request to any other host. Every dynamic value is escaped.
import type { MockLanguage } from "../options.js";
import type { MockPayment, MockPaymentMethod } from "../state/records.js";
import { escapeHtml } from "../util/html.js";
import { formatNumber, formatRupiah } from "./format.js";
import { MESSAGES, type Messages } from "./i18n.js";

/** The choices of the payment-method radio group: form value, the method recorded, the icon. */
export const PAYMENT_METHODS = [
  { value: "qris", method: "QRIS" },
  { value: "va", method: "VIRTUAL_ACCOUNT" },
  { value: "ewallet", method: "EWALLET" },
] as const satisfies ReadonlyArray<{ value: string; method: MockPaymentMethod }>;

export type MethodValue = (typeof PAYMENT_METHODS)[number]["value"];

const STYLE = `:root{color-scheme:light;--ink:#1b2230;--muted:#525b6b;--line:#dde1e7;--bg:#f4f5f7;--card:#fff;--accent:#0f766e;--accent-dark:#0b5b55;--tint:#edf8f6;--danger:#b42318;--danger-tint:#fef3f2;--focus:#0b5b55}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent-dark);text-underline-offset:.2em}
a:hover{color:var(--ink)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.wrap{width:100%;max-width:62rem;margin:0 auto;padding-left:1rem;padding-right:1rem}
.bar{background:var(--card);border-bottom:1px solid var(--line)}
.bar .wrap{display:flex;align-items:center;justify-content:space-between;gap:.75rem;min-height:3.75rem}
.shop{display:flex;align-items:center;gap:.625rem;margin:0;font-weight:650;min-width:0;overflow-wrap:anywhere}
.mark{flex:none;display:grid;place-items:center;width:2.25rem;height:2.25rem;border-radius:50%;background:var(--accent);color:#fff;font-weight:700}
.langs{flex:none;font-size:.875rem}
.langs a{display:inline-flex;align-items:center;min-height:2.75rem;padding:0 .75rem;border-radius:999px;color:var(--muted);text-decoration:none;font-weight:550;white-space:nowrap}
.langs a:hover{color:var(--ink);background:var(--bg)}
main{flex:1;padding-top:1rem;padding-bottom:2rem}
.back{margin:-.5rem 0 .5rem;font-size:.9375rem}
.back a{display:inline-flex;align-items:center;gap:.375rem;min-height:2.75rem;text-decoration:none;font-weight:550}
.back a:hover{text-decoration:underline}
.grid{display:grid;gap:1rem;align-items:start}
@media (min-width:52rem){.grid{grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem}main{padding-top:2rem}.back{margin:0 0 1rem}}
.card{background:var(--card);border:1px solid var(--line);border-radius:.875rem;padding:1.125rem 1rem;min-width:0}
@media (min-width:52rem){.card{padding:1.75rem}h1{font-size:1.5rem}}
.eyebrow{margin:0 0 .25rem;color:var(--muted);font-size:.8125rem;font-weight:600;letter-spacing:.04em;text-transform:uppercase}
h1{margin:0 0 .375rem;font-size:1.375rem;line-height:1.25;overflow-wrap:anywhere;text-wrap:balance}
h2{margin:0;font-size:1.0625rem;line-height:1.35}
.lead{margin:0 0 1rem;color:var(--muted);overflow-wrap:anywhere}
dl{margin:.75rem 0 0;padding:0}
dl>div{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;padding:.625rem 0;border-top:1px solid var(--line)}
dt{color:var(--muted);flex:none;max-width:50%}
dd{margin:0;text-align:right;min-width:0;overflow-wrap:anywhere}
dl>.total{margin-top:.25rem;border-top:2px solid var(--ink);padding-top:.875rem}
.item dt{color:var(--ink);max-width:65%}
.qty{display:block;color:var(--muted);font-size:.875rem;font-variant-numeric:tabular-nums}
.total dt{color:var(--ink);font-weight:600}
.total dd{font-size:1.375rem;font-weight:700;font-variant-numeric:tabular-nums}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{padding:0;margin-bottom:.75rem}
.methods{display:grid;gap:.5rem}
.method{display:grid;grid-template-columns:auto auto minmax(0,1fr);align-items:center;gap:.75rem;padding:.625rem .875rem;border:1px solid var(--line);border-radius:.625rem;cursor:pointer;background:var(--card)}
.method:hover{border-color:#9aa3b0}
.method:has(input:checked){border-color:var(--accent);background:var(--tint);box-shadow:inset 0 0 0 1px var(--accent)}
.method:has(input:focus-visible){outline:3px solid var(--focus);outline-offset:2px}
.method input{margin:0;width:1.125rem;height:1.125rem;accent-color:var(--accent)}
.method input:focus-visible{outline:none}
.icon{display:grid;place-items:center;width:2.25rem;height:2.25rem;border-radius:.5rem;background:var(--bg);color:var(--ink)}
.method:has(input:checked) .icon{background:#fff}
.method-title{display:block;font-weight:600}
.method-hint{display:block;color:var(--muted);font-size:.875rem;overflow-wrap:anywhere}
button,.button{font:inherit;display:inline-flex;align-items:center;justify-content:center;gap:.5rem;min-height:2.75rem;padding:.625rem 1.25rem;border-radius:.625rem;border:1px solid transparent;cursor:pointer;text-decoration:none;text-align:center}
.pay{width:100%;margin-top:1.25rem;min-height:3.25rem;background:var(--accent);color:#fff;font-size:1.0625rem;font-weight:650;font-variant-numeric:tabular-nums}
.pay:hover{background:var(--accent-dark)}
.primary{background:var(--accent);color:#fff;font-weight:600}
.primary:hover{background:var(--accent-dark);color:#fff}
.secondary{background:var(--card);color:var(--ink);border-color:#b9c0cb;font-weight:550}
.secondary:hover{background:var(--bg);color:var(--ink)}
.note{margin:.625rem 0 0;color:var(--muted);font-size:.875rem;text-align:center}
.simulate{margin-top:1.5rem;padding:.875rem 1rem 1rem;border:1px dashed #b9c0cb;border-radius:.625rem;background:#fafbfc}
.simulate-title{margin:0;font-size:.8125rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
.simulate-hint{margin:.125rem 0 .75rem;color:var(--muted);font-size:.875rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}
.actions>*{flex:1 1 auto}
.simulate button{white-space:nowrap;font-size:.9375rem}
.state{text-align:center;padding-top:2rem;padding-bottom:2rem}
.state-icon{display:inline-grid;place-items:center;width:3.5rem;height:3.5rem;border-radius:50%;margin-bottom:.75rem;background:var(--tint);color:var(--accent-dark)}
.state-icon.bad{background:var(--danger-tint);color:var(--danger)}
.state-icon.muted{background:var(--bg);color:var(--muted)}
.state p{margin:.5rem auto 0;max-width:32rem}
.state .hint{color:var(--muted)}
.state .actions{flex-direction:column;max-width:22rem;margin:1.5rem auto 0}
.alone{max-width:34rem;margin:0 auto}
.recap{margin:1rem auto 0;max-width:22rem;text-align:left}
code{font-size:.875rem;overflow-wrap:anywhere}
.foot{padding-top:1rem;padding-bottom:1.5rem;color:var(--muted);font-size:.8125rem;text-align:center}
.foot p{margin:0}`;

const svg = (body: string, size = 20) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

const ICONS = {
  qris: svg(
    '<rect x="3" y="3" width="7" height="7" rx="1"/><rect x="14" y="3" width="7" height="7" rx="1"/><rect x="3" y="14" width="7" height="7" rx="1"/><path d="M14 14h3v3h-3zM20 14v.01M20 20h-3M14 20v.01"/>',
  ),
  va: svg('<path d="M3 10h18M5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 21h18M12 3l9 5H3z"/>'),
  ewallet: svg(
    '<path d="M20 7V5a1 1 0 0 0-1-1H5a2 2 0 0 0 0 4h15a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a2 2 0 0 1-2-2V6"/><path d="M17 13.5h.01"/>',
  ),
  back: svg('<path d="M15 18l-6-6 6-6"/>', 18),
  check: svg('<path d="M20 6L9 17l-5-5"/>', 28),
  cross: svg('<path d="M18 6L6 18M6 6l12 12"/>', 28),
  clock: svg('<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>', 28),
  lock: svg('<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>', 28),
  search: svg('<circle cx="11" cy="11" r="7"/><path d="M20 20l-3.5-3.5"/>', 28),
} as const;

export interface PageChrome {
  language: MockLanguage;
  shopName: string;
  /** The same page in another language, or undefined to offer no switch (pages answering a POST). */
  languageHref?: (language: MockLanguage) => string;
}

function header(chrome: PageChrome, text: Messages): string {
  const initial = escapeHtml(Array.from(chrome.shopName.trim())[0]?.toUpperCase() ?? "");
  // One link, to the other language, named in that language: the header stays one line on a phone.
  const other: MockLanguage = chrome.language === "id" ? "en" : "id";
  const languages = chrome.languageHref
    ? `<nav class="langs" aria-label="${escapeHtml(text.languageNav)}"><a href="${escapeHtml(
        chrome.languageHref(other),
      )}" lang="${other}" hreflang="${other}">${escapeHtml(MESSAGES[other].languageName)}</a></nav>`
    : "";
  return `<header class="bar">
<div class="wrap">
<p class="shop"><span class="mark" aria-hidden="true">${initial}</span><span>${escapeHtml(chrome.shopName)}</span></p>
${languages}
</div>
</header>`;
}

function layout(chrome: PageChrome, title: string, body: string): string {
  const text = MESSAGES[chrome.language];
  return `<!doctype html>
<html lang="${chrome.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${header(chrome, text)}
<main class="wrap">
${body}
</main>
<footer class="wrap foot"><p>${escapeHtml(text.footer)}</p></footer>
</body>
</html>
`;
}

interface Summary {
  /** What kind of payment it is, above the heading, when the heading does not say it. */
  eyebrow?: string;
  heading: string;
  lead?: string;
  /** Label and value; invoice lines add a `sub` line under the label (quantity × rate). */
  details: Array<[label: string, value: string] | { label: string; sub: string; value: string }>;
  /** The emphasised last row, when the page knows an amount. */
  total?: [label: string, value: string];
  /** The pay button's label. */
  payLabel: string;
  /** "Penagihan · Rp 100.000": what the failure page recalls. */
  recap: string;
}

function summaryOf(payment: MockPayment, language: MockLanguage): Summary {
  const text = MESSAGES[language];
  const money = (amount: number) => formatRupiah(amount, language);
  if (payment.operationId === "createPaymentRequest") {
    const details: Summary["details"] = [];
    if (payment.request.email) details.push([text.email, payment.request.email]);
    if (payment.request.mobile) details.push([text.mobile, payment.request.mobile]);
    return {
      eyebrow: text.paymentRequest,
      heading: payment.name,
      ...(payment.request.description ? { lead: payment.request.description } : {}),
      details,
      total: [text.total, money(payment.amount)],
      payLabel: text.pay(money(payment.amount)),
      recap: `${payment.name} · ${money(payment.amount)}`,
    };
  }
  if (payment.operationId === "createInvoice") {
    const details: Summary["details"] = [];
    if (typeof payment.request.email === "string") details.push([text.email, payment.request.email]);
    for (const item of payment.items) {
      details.push({
        label: item.description,
        sub: `${formatNumber(item.quantity, language)} × ${money(item.rate)}`,
        value: money(Math.round(item.quantity * item.rate)),
      });
    }
    const description = payment.request.description;
    const heading = text.invoiceFor(payment.name);
    return {
      heading,
      ...(typeof description === "string" && description ? { lead: description } : {}),
      details,
      total: [text.total, money(payment.amount)],
      payLabel: text.pay(money(payment.amount)),
      recap: `${heading} · ${money(payment.amount)}`,
    };
  }
  const credits =
    payment.creditAmount === undefined ? undefined : formatNumber(payment.creditAmount, language);
  return {
    heading: text.creditTopUp,
    details: [
      [text.name, payment.customerInfo.name],
      [text.email, payment.customerInfo.email],
      [text.mobile, payment.customerInfo.mobile],
    ],
    total: [text.credits, credits ?? text.creditsAtCheckout],
    payLabel: credits === undefined ? text.payPlain : text.payCredits(credits),
    recap: credits === undefined ? text.creditTopUp : `${text.creditTopUp} · ${credits}`,
  };
}

function summaryCard(summary: Summary, text: Messages): string {
  const rows = summary.details
    .map((row) =>
      Array.isArray(row)
        ? `<div><dt>${escapeHtml(row[0])}</dt><dd>${escapeHtml(row[1])}</dd></div>`
        : `<div class="item"><dt>${escapeHtml(row.label)}<span class="qty">${escapeHtml(row.sub)}</span></dt><dd>${escapeHtml(row.value)}</dd></div>`,
    )
    .concat(
      summary.total
        ? [
            `<div class="total"><dt>${escapeHtml(summary.total[0])}</dt><dd>${escapeHtml(summary.total[1])}</dd></div>`,
          ]
        : [],
    )
    .join("\n");
  return `<section class="card" aria-label="${escapeHtml(text.summary)}">
${summary.eyebrow ? `<p class="eyebrow">${escapeHtml(summary.eyebrow)}</p>\n` : ""}<h1>${escapeHtml(summary.heading)}</h1>
${summary.lead ? `<p class="lead">${escapeHtml(summary.lead)}</p>\n` : ""}<dl>
${rows}
</dl>
</section>`;
}

function backLink(href: string, text: Messages, shopName: string): string {
  return `<p class="back"><a href="${escapeHtml(href)}">${ICONS.back}<span>${escapeHtml(text.backToShop(shopName))}</span></a></p>`;
}

/** The methods a payment offers: all three, or the one its `paymentMethod` restricts it to. */
export function offeredMethods(payment: MockPayment): ReadonlyArray<(typeof PAYMENT_METHODS)[number]> {
  const wanted =
    payment.operationId === "generateImmutableCheckoutLink" ? undefined : payment.request.paymentMethod;
  const family = typeof wanted === "string" ? wanted.toLowerCase().split("/")[0] : undefined;
  const only = PAYMENT_METHODS.filter((method) => method.value === family);
  return only.length ? only : PAYMENT_METHODS;
}

export interface CheckoutLinks {
  /** The pay form's action and the simulation buttons' formactions, relative to the page. */
  pay: string;
  fail: string;
  expire: string;
  /** The shop's return URL for a customer leaving without paying. */
  back: string;
  /** The shop's return URL once paid (shown on the "already paid" page). */
  backPaid: string;
  backExpired: string;
}

function stateCard(
  kind: "paid" | "closed" | "expired",
  text: Messages,
  back: string,
  shopName: string,
): string {
  const [icon, tone, title, hint] =
    kind === "paid"
      ? [ICONS.check, "", text.paid, text.paidHint]
      : kind === "closed"
        ? [ICONS.lock, " muted", text.closed, text.closedHint]
        : [ICONS.clock, " muted", text.expired, text.expiredHint];
  return `<section class="card state" aria-labelledby="state-title">
<div class="state-icon${tone}">${icon}</div>
<h2 id="state-title"><span class="status" role="status">${escapeHtml(title)}</span></h2>
<p class="hint">${escapeHtml(hint)}</p>
<div class="actions"><a class="button secondary" href="${escapeHtml(back)}">${escapeHtml(text.backToShop(shopName))}</a></div>
</section>`;
}

function payForm(payment: MockPayment, summary: Summary, chrome: PageChrome, links: CheckoutLinks): string {
  const text = MESSAGES[chrome.language];
  const methods = offeredMethods(payment);
  const options = methods
    .map((method, index) => {
      const [title, hint] = text.methods[method.value];
      const id = `method-${method.value}`;
      return `<label class="method" for="${id}">
<input type="radio" id="${id}" name="method" value="${method.value}"${index === 0 ? " checked" : ""} aria-labelledby="${id}-title" aria-describedby="${id}-hint">
<span class="icon">${ICONS[method.value]}</span>
<span><span class="method-title" id="${id}-title">${escapeHtml(title)}</span><span class="method-hint" id="${id}-hint">${escapeHtml(hint)}</span></span>
</label>`;
    })
    .join("\n");
  return `<section class="card" aria-labelledby="method-legend">
<form method="post" action="${escapeHtml(links.pay)}">
<input type="hidden" name="lang" value="${chrome.language}">
<fieldset class="methods">
<legend><h2 id="method-legend">${escapeHtml(text.methodLegend)}</h2></legend>
${options}
</fieldset>
<button type="submit" class="pay">${escapeHtml(summary.payLabel)}</button>
<p class="note">${escapeHtml(text.afterPaying(chrome.shopName))}</p>
<div class="simulate" role="group" aria-labelledby="simulate-title">
<p class="simulate-title" id="simulate-title">${escapeHtml(text.simulateTitle)}</p>
<p class="simulate-hint">${escapeHtml(text.simulateHint)}</p>
<div class="actions">
<button type="submit" class="secondary" formaction="${escapeHtml(links.fail)}">${escapeHtml(text.simulateFail)}</button>
<button type="submit" class="secondary" formaction="${escapeHtml(links.expire)}">${escapeHtml(text.simulateExpire)}</button>
</div>
</div>
</form>
</section>`;
}

/**
 * The checkout page: the order on one side, the payment method and the pay button on the other (stacked
 * on a phone). A paid, closed or expired payment shows that instead of the form.
 */
export function checkoutPage(payment: MockPayment, chrome: PageChrome, links: CheckoutLinks): string {
  const text = MESSAGES[chrome.language];
  const summary = summaryOf(payment, chrome.language);
  const back =
    payment.status === "paid"
      ? links.backPaid
      : payment.status === "expired"
        ? links.backExpired
        : links.back;
  const side =
    payment.status === "paid" || payment.status === "closed" || payment.status === "expired"
      ? stateCard(payment.status, text, back, chrome.shopName)
      : payForm(payment, summary, chrome, links);
  return layout(
    chrome,
    `${summary.heading} · ${chrome.shopName}`,
    `${backLink(back, text, chrome.shopName)}
<div class="grid">
${summaryCard(summary, text)}
${side}
</div>`,
  );
}

/** After "Simulasikan gagal": nothing was charged, the payment is still open: try again, or go back. */
export function failedPage(
  payment: MockPayment,
  chrome: PageChrome,
  method: MockPaymentMethod,
  links: { retry: string; back: string },
): string {
  const text = MESSAGES[chrome.language];
  const summary = summaryOf(payment, chrome.language);
  const methodName = text.methods[PAYMENT_METHODS.find((m) => m.method === method)?.value ?? "qris"][0];
  return layout(
    chrome,
    `${text.failedTitle} · ${chrome.shopName}`,
    `<section class="card state alone">
<div class="state-icon bad">${ICONS.cross}</div>
<h1>${escapeHtml(text.failedTitle)}</h1>
<p role="alert">${escapeHtml(text.failed(methodName))}</p>
<p class="hint">${escapeHtml(text.failedHint)}</p>
<p class="hint">${escapeHtml(summary.recap)}</p>
<div class="actions">
<a class="button primary" href="${escapeHtml(links.retry)}">${escapeHtml(text.tryAgain)}</a>
<a class="button secondary" href="${escapeHtml(links.back)}">${escapeHtml(text.backToShop(chrome.shopName))}</a>
</div>
</section>`,
  );
}

export function notFoundPage(chrome: PageChrome): string {
  const text = MESSAGES[chrome.language];
  return layout(
    chrome,
    text.notFoundTitle,
    `<section class="card state alone">
<div class="state-icon muted">${ICONS.search}</div>
<h1>${escapeHtml(text.notFoundTitle)}</h1>
<p class="hint">${escapeHtml(text.notFound)}</p>
</section>`,
  );
}

/**
 * The default return page (`${publicUrl}/paid`), used when no returnUrl was configured: it says what the
 * `status` query says (`paid`, or `cancelled`/`failed`/`expired` when the customer came back without paying).
 */
export function returnPage(chrome: PageChrome, status: string | null, paymentId: string | null): string {
  const text = MESSAGES[chrome.language];
  const paid = status === "paid";
  const reason =
    status === "cancelled" || status === "failed" || status === "expired" ? status : ("unknown" as const);
  const title = paid ? text.returnPaidTitle : text.returnUnpaidTitle;
  const reference = paymentId
    ? `<p class="hint">${escapeHtml(text.reference)}: <code>${escapeHtml(paymentId)}</code></p>`
    : "";
  return layout(
    chrome,
    title,
    `<section class="card state alone">
<div class="state-icon${paid ? "" : " muted"}">${paid ? ICONS.check : ICONS.clock}</div>
<h1>${escapeHtml(title)}</h1>
<p role="status">${escapeHtml(paid ? text.returnPaid : text.returnUnpaid[reason])}</p>
${reference}
</section>`,
  );
}
