// Type-checked (tsc --noEmit) against the generated definitions: a use of every export.
import {
  sortKey,
  sortKeys,
  shelfSort,
  parseCallNumber,
  ShelvingPolicy,
  type ParsedCallNumber,
  type CallNumberParts,
  type IlsError,
  type Scheme,
} from "../../pkg-node/ils_core";

const key: string = sortKey("QA76.73 .P98 L88 2010");
const keys: string[] = sortKeys(["QA76", "005.133 C15"]);
const parsed: ParsedCallNumber = parseCallNumber("WB 102.5 B62 2018");
const scheme: Scheme = parsed.scheme;
const display: string = parsed.display;
const parts: CallNumberParts = parsed.parts;
const items: string[] | undefined = parts.itemParts;
const sentence: string = parsed.explanation.sentence;
const policy = new ShelvingPolicy(["REF", "STORAGE"], "ignore");
const sorted: string[] = shelfSort(["QA77", "STORAGE QA76"], policy);
const withPolicy: string = sortKey("REF QA76", policy);
const filing: string = policy.prefixFiling;
console.log(items, sentence, sorted, withPolicy, filing);

try {
  parseCallNumber("QA76..73");
} catch (e) {
  const error = e as IlsError;
  const code: string = error.code;
  const position: number | undefined = error.position;
  console.log(code, position);
}
console.log(key, keys, scheme, display);
