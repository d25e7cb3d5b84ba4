// The API key must never come back in any response, whatever the outcome.
import { expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { CHECKOUT_PATH, CREATE_PATH, post, validCheckout, validPaymentRequest } from "./support/requests.js";

it("never includes the API key in a response", async () => {
  const apiKey = "sk-live-very-secret-4711";
  const mock = createMayarMock({ apiKey });
  const seen: string[] = [];
  const record = async (response: Response) => {
    seen.push(`${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
  };

  const created = await post(mock, CREATE_PATH, validPaymentRequest);
  const { data } = await created.clone().json();
  await record(created);
  await record(await post(mock, CREATE_PATH, validPaymentRequest)); // 429
  await record(await post(mock, CREATE_PATH, {})); // 400
  await record(await post(mock, CREATE_PATH, undefined, { raw: apiKey })); // 400, key as the body
  await record(await post(mock, CREATE_PATH, validPaymentRequest, { authorization: `Bearer ${apiKey}x` })); // 401
  await record(await post(mock, CREATE_PATH, validPaymentRequest, { authorization: apiKey })); // 401
  await record(await post(mock, CHECKOUT_PATH, validCheckout));
  await record(await post(mock, CHECKOUT_PATH, { customerInfo: 1 }));
  await record(await mock.fetch(data.link));
  await record(await mock.fetch(`${data.link}/pay`, { method: "POST" }));
  await record(await mock.fetch(`${mock.publicUrl}/paid?id=x`));
  await record(
    await mock.fetch(`${mock.publicUrl}/nope`, { headers: { authorization: `Bearer ${apiKey}` } }),
  );

  expect(seen).toHaveLength(12);
  expect(seen.map((text) => text.slice(0, 3))).toEqual([
    "200",
    "429",
    "400",
    "400",
    "401",
    "401",
    "200",
    "400",
    "200",
    "303",
    "200",
    "404",
  ]);
  for (const text of seen) expect(text).not.toContain(apiKey);
});
