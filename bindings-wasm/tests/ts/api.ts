// Type-checked (tsc --noEmit) against the generated definitions: a use of every export.
import { sortKey, sortKeys, parseCallNumber, type ParsedCallNumber, type IlsError } from "../../pkg-node/ils_core";

const key: string = sortKey("QA76.73 .P98 L88 2010");
const keys: string[] = sortKeys(["QA76", "005.133 C15"]);
const parsed: ParsedCallNumber = parseCallNumber("WB 102.5 B62 2018");
const scheme: "lc" | "nlm" | "dewey" = parsed.scheme;
const display: string = parsed.display;

try {
  parseCallNumber("QA76..73");
} catch (e) {
  const error = e as IlsError;
  const code: string = error.code;
  const position: number | undefined = error.position;
  console.log(code, position);
}
console.log(key, keys, scheme, display);
