// toNodeHandler's client-disconnect signal: the part of AbortSignal the transport reads, and a real
// AbortSignal that follows it for a web Request.
import { describe, expect, it } from "vitest";
import { DisconnectSignal } from "../src/server/disconnect-signal";

describe("DisconnectSignal", () => {
  it("calls each listener once on abort, keeps the reason, and not a listener removed before", () => {
    const signal = new DisconnectSignal();
    const calls: string[] = [];
    const kept = () => calls.push("kept");
    const removed = () => calls.push("removed");
    signal.addEventListener("abort", kept);
    signal.addEventListener("abort", removed);
    signal.removeEventListener("abort", removed);
    const reason = new DOMException("The client disconnected.", "AbortError");
    signal.abort(reason);
    signal.abort(new Error("again"));
    expect(calls).toEqual(["kept"]);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(reason);
  });

  it("gives a real AbortSignal that follows it, made before or after the abort", () => {
    const before = new DisconnectSignal();
    const early = before.signal;
    expect(early).toBeInstanceOf(AbortSignal);
    expect(early.aborted).toBe(false);
    before.abort("gone");
    expect(early.aborted).toBe(true);
    expect(early.reason).toBe("gone");

    const after = new DisconnectSignal();
    after.abort("gone");
    expect(after.signal.aborted).toBe(true);
    expect(after.signal.reason).toBe("gone");
  });
});
