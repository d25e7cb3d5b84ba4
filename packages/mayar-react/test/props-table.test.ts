// @vitest-environment node
// The props table designers read on Storybook's Docs page: every prop of <PayButton>, with its description,
// its real type and its default. Parsed here exactly as Storybook does (react-docgen-typescript with the
// options of .storybook/main.ts), so a prop that loses its JSDoc or its @default fails here, not in review.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { SLOW_TEST_TIMEOUT_MS } from "../../../tooling/test-timing";
import { reactDocgenTypescriptOptions } from "../.storybook/main";
import meta from "../src/pay-button/PayButton.stories";

interface DocgenProp {
  description: string;
  required: boolean;
  type: { name: string; value?: Array<{ value: string }> };
  defaultValue: { value: unknown } | null;
}
interface ComponentDoc {
  displayName: string;
  description: string;
  props: Record<string, DocgenProp>;
}
interface Docgen {
  withCustomConfig(tsconfig: string, options: object): { parse(file: string): ComponentDoc[] };
}

/**
 * react-docgen-typescript as Storybook loads it: a dependency of the docgen plugin that @storybook/react-vite
 * uses, reached through them (it is not a dependency of this package, so the version is always Storybook's).
 */
function storybooksDocgen(): Docgen {
  const fromStorybook = createRequire(createRequire(import.meta.url).resolve("@storybook/react-vite"));
  const plugin = "@joshwooding/vite-plugin-react-docgen-typescript";
  const pluginDir = (fromStorybook.resolve.paths(plugin) ?? [])
    .map((dir) => join(dir, plugin))
    .find((dir) => existsSync(join(dir, "package.json")));
  if (!pluginDir) throw new Error(`${plugin} not found next to @storybook/react-vite`);
  return createRequire(join(pluginDir, "package.json"))("react-docgen-typescript") as Docgen;
}

const root = join(import.meta.dirname, "..");
let doc: ComponentDoc;

beforeAll(() => {
  const parser = storybooksDocgen().withCustomConfig(
    join(root, "tsconfig.json"),
    reactDocgenTypescriptOptions,
  );
  const docs = parser.parse(join(root, "src/pay-button/PayButton.tsx"));
  const found = docs.find((component) => component.displayName === "PayButton");
  if (!found) throw new Error("no PayButton in the docgen output");
  doc = found;
}, SLOW_TEST_TIMEOUT_MS); // react-docgen-typescript compiles the component: seconds, more when busy

describe("the <PayButton> props table", () => {
  test("lists every prop, ours only (none of the HTML attributes)", () => {
    expect(Object.keys(doc.props).sort()).toEqual(
      [
        "payment",
        "creditCheckout",
        "redirect",
        "locale",
        "size",
        "fullWidth",
        "onSuccess",
        "onError",
        "children",
        "className",
        "style",
        "disabled",
      ].sort(),
    );
  });

  test("describes every prop (its JSDoc)", () => {
    for (const [name, prop] of Object.entries(doc.props)) {
      expect(prop.description.length, `${name} has no description`).toBeGreaterThan(20);
    }
    expect(doc.description).toMatch(/^A button that starts a Mayar payment/);
  });

  test("shows the defaults", () => {
    const defaults = Object.fromEntries(
      Object.entries(doc.props)
        .filter(([, prop]) => prop.defaultValue)
        .map(([name, prop]) => [name, prop.defaultValue?.value]),
    );
    // Storybook quotes the defaults of a string union (locale, size) itself; redirect also has `false`.
    expect(defaults).toEqual({
      redirect: '"same-tab"',
      locale: "id",
      size: "md",
      fullWidth: "false",
      disabled: "false",
    });
  });

  test("shows real types: redirect as its union, locale and size as their values", () => {
    const { redirect, locale, size, payment, creditCheckout, onSuccess } = doc.props;
    expect(redirect?.type.name).toBe('false | "same-tab" | "new-tab"');
    expect(locale?.type.value?.map((option) => option.value)).toEqual(['"id"', '"en"']);
    expect(size?.type.value?.map((option) => option.value)).toEqual(['"sm"', '"md"', '"lg"']);
    expect(payment?.type.name).toMatch(/^\{ name: string; amount: number;/);
    expect(creditCheckout?.type.name).toMatch(/^\{ productId: string;/);
    expect(onSuccess?.type.name).toBe("((result: PayButtonSuccess) => void)");
  });

  test("marks payment and creditCheckout as required (one of them must be given)", () => {
    // react-docgen-typescript sees each as optional in the union; the stories' argTypes mark them, and the
    // descriptions say which one to pass.
    for (const name of ["payment", "creditCheckout"] as const) {
      const type = meta.argTypes?.[name]?.type;
      expect(typeof type === "object" && type.required, `${name} is not marked required`).toBe(true);
      expect(doc.props[name]?.description).toMatch(/^Required unless/);
    }
  });

  test("starts the controls at the documented defaults", () => {
    const documented = Object.fromEntries(
      Object.entries(doc.props)
        .filter(([, prop]) => prop.defaultValue)
        .map(([name, prop]) => {
          const text = String(prop.defaultValue?.value).replace(/^"(.*)"$/, "$1");
          return [name, text === "false" ? false : text === "true" ? true : text];
        }),
    );
    const controls = meta.args as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(documented).map((name) => [name, controls[name]]))).toEqual(
      documented,
    );
  });
});
