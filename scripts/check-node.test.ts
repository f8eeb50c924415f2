import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from './check-node.mjs';

describe('nodeVersionProblem', () => {
  it('accepts 22.12 and newer', () => {
    expect(nodeVersionProblem('22.12.0')).toBeNull();
    expect(nodeVersionProblem('24.1.0')).toBeNull();
  });
  it('rejects older Nodes, naming the version and the fix', () => {
    expect(nodeVersionProblem('20.20.2')).toMatch(/needs Node 22\.12 or newer, but this is Node 20\.20\.2/);
    expect(nodeVersionProblem('22.11.9')).toMatch(/allowScripts/);
  });
  it('is satisfied by the Node running this suite', () => {
    expect(nodeVersionProblem()).toBeNull();
  });
});
