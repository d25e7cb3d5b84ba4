/** The languages <PayButton> speaks: Indonesian (default) and English. */
export type PayButtonLocale = "id" | "en";

export const PAY_BUTTON_LOCALES: readonly PayButtonLocale[] = ["id", "en"];

/** The BCP 47 tag used for number formatting. */
export const intlLocale = (locale: PayButtonLocale) => (locale === "id" ? "id-ID" : "en-US");
