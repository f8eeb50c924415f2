import { nodeVersionProblem } from '../../scripts/check-node.mjs';

export default function setup() {
  const problem = nodeVersionProblem();
  if (problem) throw new Error(problem);
}
