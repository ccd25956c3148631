// Parses an AsyncAPI document with @asyncapi/parser (the reference parser: AsyncAPI schema, $refs,
// bindings, traits, the parser's own ruleset) and fails on any error or warning it reports.
//
// Message payloads are JSON Schema 2020-12 files (contracts/schemas), declared with
// `schemaFormat: application/schema+json;version=draft-2020-12`. The parser ships no parser for that
// format and would only warn that it cannot check them, so this script registers one: it compiles
// each payload schema with Ajv's 2020-12 dialect in strict mode, with the format vocabulary, so a
// malformed schema, an unknown keyword or an unknown format is an error here too.
//
// Usage: node validate-asyncapi.mjs <document.yaml>
import { resolve } from 'node:path';

import { DiagnosticSeverity, Parser, fromFile } from '@asyncapi/parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const JSON_SCHEMA_2020_12 = [
  'application/schema+json;version=draft-2020-12',
  'application/schema+yaml;version=draft-2020-12',
];

// AsyncAPI 3 documents hand custom-format schemas to parse() only (validate() serves 2.x), so the
// check happens there; problems are collected and reported with the parser's diagnostics.
const schemaProblems = [];
let schemasChecked = 0;

function compile(data, path) {
  // A fresh Ajv per schema: the same schema file ($id) serves an event and its dead letter.
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv);
  schemasChecked += 1;
  try {
    if (data === null || typeof data !== 'object' || '$ref' in data) {
      throw new Error(`expected a resolved schema object, got ${JSON.stringify(data)}`);
    }
    ajv.compile(data);
    return [];
  } catch (e) {
    return [{ message: `payload schema is not valid JSON Schema 2020-12: ${e.message}`, path }];
  }
}

const jsonSchema202012 = {
  getMimeTypes: () => JSON_SCHEMA_2020_12,
  validate: ({ data, path }) => compile(data, path),
  parse({ data, path }) {
    schemaProblems.push(...compile(data, path));
    return data;
  },
};

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-asyncapi.mjs <asyncapi document>');
  process.exit(2);
}

const parser = new Parser({ schemaParsers: [jsonSchema202012] });
const { document, diagnostics } = await fromFile(parser, resolve(file)).parse();

const names = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };
const failing = diagnostics.filter((d) => d.severity <= DiagnosticSeverity.Warning);
for (const p of schemaProblems) {
  failing.push({ severity: DiagnosticSeverity.Error, code: 'json-schema-2020-12', ...p });
  diagnostics.push(failing.at(-1));
}
for (const d of diagnostics) {
  const at = d.path && d.path.length ? d.path.join('.') : '(document)';
  const line = d.range ? `:${d.range.start.line + 1}` : '';
  console.log(`${file}${line} ${names[d.severity] ?? d.severity} ${d.code}: ${d.message} at ${at}`);
}
if (!document || failing.length > 0) {
  console.error(`AsyncAPI validation failed: ${failing.length} error(s)/warning(s)`
    + (document ? '' : ', document could not be parsed'));
  process.exit(1);
}
console.log(`AsyncAPI ${document.version()} document ${file} is valid: `
  + `${document.channels().length} channels, ${document.operations().length} operations, `
  + `${document.messages().length} messages, ${schemasChecked} payload schemas compiled as JSON Schema 2020-12`);
