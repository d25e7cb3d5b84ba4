/**
 * Opens an empty tab now, during the click, because popup blockers only allow `window.open` in the click
 * handler itself, not when Mayar answers later. Its `opener` is cut at once so the payment page cannot
 * reach back into the shop's window. Returns null when the browser blocked it anyway.
 */
export function openPendingTab(): Window | null {
  const tab = window.open("about:blank", "_blank");
  if (tab) tab.opener = null;
  return tab;
}
