import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { adoptWordModel, loadWordModel, shareWordModel } from '../../src/lexicon/word-model.ts';
import { WordTable } from '../../src/lexicon/word-table.ts';

describe('WordTable', () => {
  it('stores words of one to four code units and answers get/has like a Map', () => {
    const table = WordTable.create(100);
    for (const [w, v] of [
      ['工会', -4.8],
      ['教代会', -6.1],
      ['学', -2.5],
      ['𠀀字', -9],
    ] as const)
      table.setValueAt(table.upsert(w), v);
    expect(table.size).toBe(4);
    expect(table.get('工会')).toBe(-4.8);
    expect(table.get('教代会')).toBe(-6.1);
    expect(table.get('𠀀字')).toBe(-9);
    expect(table.get('工')).toBeUndefined();
    expect(table.has('学')).toBe(true);
    expect(table.has('教职工代表')).toBe(false);
    expect(table.has('')).toBe(false);
    expect(table.upsert('教职工代表大会')).toBe(-1);
    expect(new Map(table)).toEqual(
      new Map([
        ['工会', -4.8],
        ['教代会', -6.1],
        ['学', -2.5],
        ['𠀀字', -9],
      ]),
    );
    // Upserting an existing word keeps it (and its value) rather than adding another.
    table.upsert('工会');
    expect(table.size).toBe(4);
    expect(table.get('工会')).toBe(-4.8);
  });

  it('refuses to fill beyond half its slots instead of probing forever', () => {
    const table = WordTable.create(8);
    expect(() => {
      for (let i = 0; i < 100; i++) table.upsert(String.fromCharCode(0x4e00 + i));
    }).toThrow(/full/);
  });

  it('is read by another thread over the same memory, without copying', async () => {
    const table = WordTable.create(10);
    table.setValueAt(table.upsert('维权'), -5.25);
    const worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       parentPort.postMessage(new Float64Array(workerData, 8, 1).length > 0 && workerData instanceof SharedArrayBuffer);`,
      { eval: true, workerData: table.buffer },
    );
    const shared = await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(shared).toBe(true);
    expect(new WordTable(table.buffer).get('维权')).toBe(-5.25);
  });
});

describe('word model', () => {
  it('holds jieba words with log probabilities, and a shared copy answers the same', () => {
    const model = loadWordModel();
    expect(model.logp.size).toBeGreaterThan(300_000);
    const school = model.logp.get('学校')!;
    expect(school).toBeLessThan(0);
    expect(school).toBeGreaterThan(model.logp.get('教代会') ?? -Infinity);
    const shared = shareWordModel();
    adoptWordModel(shared);
    expect(loadWordModel().logp.get('学校')).toBe(school);
    expect(loadWordModel().confirmFloor).toBe(model.confirmFloor);
  });
});
