import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipelineFile, parsePipeline, PipelineFileError } from '../../src/pipeline/pipeline-file.ts';
import { STAGES } from '../../src/pipeline/registry.ts';
import { ruleDataDigest } from '../../src/pipeline/rule-data.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tempDir = useTempDir();

function errorOf(raw: unknown): PipelineFileError {
  try {
    parsePipeline(raw, 'pipelines/mine.json');
  } catch (e) {
    if (e instanceof PipelineFileError) return e;
    throw e;
  }
  throw new Error('expected the pipeline to be rejected');
}

describe('pipeline file', () => {
  it('loads the default pipeline: every stage known, every option valid', () => {
    const p = loadPipelineFile('pipelines/default.json');
    expect(p.steps.length).toBeGreaterThan(3);
    expect(p.steps[0]!.name).toBe('decode');
    expect(p.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names the file and key of an unknown stage', () => {
    const e = errorOf({ name: 'x', stages: [{ stage: 'decode' }, { stage: 'clean.magic' }] });
    expect(e.message).toMatch(/^pipelines\/mine\.json: stages\[1\]\.stage: unknown stage "clean\.magic"/);
  });

  it('names the file and key of an unknown option', () => {
    const e = errorOf({ name: 'x', stages: [{ stage: 'convert.t2s', options: { varient: 'tw' } }] });
    expect(e.message).toContain('stages[0].options');
    expect(e.message).toContain('"varient"');
  });

  it('names the key of an invalid option value', () => {
    const e = errorOf({ name: 'x', stages: [{ stage: 'convert.t2s', options: { variant: 'jp' } }] });
    expect(e.message).toContain('stages[0].options.variant');
  });

  it('rejects an unknown top-level key and a missing stage list', () => {
    expect(errorOf({ name: 'x', stages: [{ stage: 'decode' }], stagse: [] }).message).toContain('"stagse"');
    expect(errorOf({ name: 'x' }).message).toContain('stages');
  });

  it('rejects a source stage placed after document stages', () => {
    const e = errorOf({ name: 'x', stages: [{ stage: 'segment.paragraphs' }, { stage: 'clean.whitespace' }] });
    expect(e.message).toMatch(/stages\[1\]\.stage: clean\.whitespace works on whole sources/);
  });

  it('skips named slots and lists them', () => {
    const p = parsePipeline({ name: 'x', stages: [{ stage: 'decode' }, { slot: 'classify', why: 'later' }] }, 'f.json');
    expect(p.steps.map((s) => s.name)).toEqual(['decode']);
    expect(p.slots).toEqual(['classify']);
  });

  it('changes its hash when an option changes, not when only comments change', () => {
    const a = parsePipeline({ name: 'x', stages: [{ stage: 'convert.t2s' }] }, 'f.json');
    const b = parsePipeline({ name: 'x', stages: [{ stage: 'convert.t2s', why: 'comment' }] }, 'f.json');
    const c = parsePipeline({ name: 'x', stages: [{ stage: 'convert.t2s', options: { variant: 'hk' } }] }, 'f.json');
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('changes its hash when a file named in the options changes, so those sources are redone', () => {
    const dict = join(tempDir(), 'my-dict.txt');
    writeFileSync(dict, '教代会 5 n\n');
    const spec = {
      name: 'x',
      stages: [{ stage: 'segment.paragraphs' }, { stage: 'segment.words', options: { userDict: dict } }],
    };
    const a = parsePipeline(spec, 'f.json').hash;
    expect(parsePipeline(spec, 'f.json').hash).toBe(a);
    writeFileSync(dict, '教代会 5 n\n职工之家 5 n\n');
    expect(parsePipeline(spec, 'f.json').hash).not.toBe(a);
  });

  it('digests the files of every data directory, and nothing outside them', () => {
    const root = join(tempDir(), 'stages');
    mkdirSync(join(root, 'activities', 'data', 'sites'), { recursive: true });
    writeFileSync(join(root, 'activities', 'data', 'categories.json'), '{"categories": []}');
    writeFileSync(join(root, 'activities', 'data', 'sites', 'a.json'), '{}');
    writeFileSync(join(root, 'activities', 'stage.ts'), '// code');
    const first = ruleDataDigest([], [root]);
    // (The bundled digest is read once per process per roots array; each array literal here is a new reading.)
    writeFileSync(join(root, 'activities', 'stage.ts'), '// other code');
    expect(ruleDataDigest([], [root])).toBe(first);
    writeFileSync(join(root, 'activities', 'data', 'sites', 'a.json'), '{"host": "example.test"}');
    expect(ruleDataDigest([], [root])).not.toBe(first);
  });

  it('reports unreadable and malformed files with their path', () => {
    expect(() => loadPipelineFile('/nonexistent/p.json')).toThrow(/^\/nonexistent\/p\.json: cannot read/);
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, '{ "name": "x", stages: [] }');
    expect(() => loadPipelineFile(file)).toThrow(/bad\.json: not valid JSON/);
  });

  it('every registered stage has a unique name, a version and a description', () => {
    const names = STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of STAGES) {
      expect(s.version).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(10);
    }
    const defaults = JSON.parse(readFileSync('pipelines/default.json', 'utf8')) as {
      stages: Array<{ stage?: string }>;
    };
    for (const entry of defaults.stages) if (entry.stage) expect(names).toContain(entry.stage);
  });
});
