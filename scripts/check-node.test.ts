import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimumNode, nodeVersionProblem } from './check-node.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('the Node minimum', () => {
  it('is read from engines.node in package.json', () => {
    expect(minimumNode({ engines: { node: '>=23.6.0' } })).toEqual([23, 6]);
    expect(() => minimumNode({ engines: { node: '^22' } })).toThrow(/engines/);
    const { engines } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(`>=${minimumNode().join('.')}.0`).toBe(engines.node);
  });

  it('is new enough to run scripts/*.ts directly: Node strips types without a flag from 22.18', () => {
    const [major, minor] = minimumNode();
    expect(major > 22 || (major === 22 && minor >= 18), `engines.node ${major}.${minor}`).toBe(true);
  });

  it('is written nowhere else: workflows take Node from package.json, and no .nvmrc repeats it', () => {
    expect(fs.existsSync(path.join(ROOT, '.nvmrc'))).toBe(false);
    const workflows = path.join(ROOT, '.github/workflows');
    for (const name of fs.readdirSync(workflows)) {
      const text = fs.readFileSync(path.join(workflows, name), 'utf8');
      for (const line of text.match(/node-version(-file)?:.*/g) ?? []) expect(line, name).toBe('node-version-file: package.json');
    }
  });
});

describe('nodeVersionProblem', () => {
  it('accepts the minimum and newer', () => {
    expect(nodeVersionProblem('22.18.0', [22, 18])).toBeNull();
    expect(nodeVersionProblem('24.1.0', [22, 18])).toBeNull();
  });
  it('rejects older Nodes, naming the version and the fix', () => {
    expect(nodeVersionProblem('20.20.2', [22, 18])).toMatch(/needs Node 22\.18 or newer, but this is Node 20\.20\.2/);
    expect(nodeVersionProblem('22.17.9', [22, 18])).toMatch(/allowScripts/);
  });
  it('is satisfied by the Node running this suite', () => {
    expect(nodeVersionProblem()).toBeNull();
  });
});
