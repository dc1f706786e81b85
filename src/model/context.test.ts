import { describe, expect, it } from 'vitest';
import { classifyContext, contextScores, extendContextCues } from './context';

describe('classifyContext', () => {
  it.each([
    ['Write a Python function that reverses a linked list', 'coding'],
    ['Why does my JavaScript code throw "undefined is not a function"?\n```js\nfoo();\n```', 'coding'],
    ['Draft an email to my landlord asking to fix the heating', 'writing'],
    ['Compose a short poem about autumn', 'writing'],
    ['Explain how photosynthesis works', 'learning'],
    ['What is the difference between TCP and UDP? Explain it like I\'m five.', 'learning'],
    ['I feel stressed about my job interview tomorrow, what should I do?', 'advice'],
    ['Should I take the job offer or stay at my current company? My career feels stuck.', 'advice'],
    ['How many people live in Tokyo?', 'factual'],
    ['Solve the equation 3x + 5 = 20', 'factual'],
    ['hi!', 'casual'],
    ['Tell me a joke about penguins', 'casual'],
    ['', 'casual'],
  ] as const)('%s → %s', (prompt, expected) => {
    expect(classifyContext(prompt)).toBe(expected);
  });

  it('falls back sensibly with no cues', () => {
    expect(classifyContext('blue')).toBe('casual');
    expect(classifyContext('Quarterly lorem ipsum dolor sit amet, consectetur adipiscing elit sed do')).toBe('factual');
    expect(classifyContext(null)).toBe('casual');
  });

  it('copes with very long prompts', () => {
    const p = `${'lorem ipsum '.repeat(5000)} Please write a python function for this.`;
    expect(classifyContext(p)).toBe('coding');
  });

  it('is extendable through the data table', () => {
    expect(classifyContext('Recommend a chess opening')).not.toBe('casual');
    extendContextCues('casual', { chess: 10 });
    expect(contextScores('Recommend a chess opening').casual).toBeGreaterThanOrEqual(10);
    expect(classifyContext('Recommend a chess opening')).toBe('casual');
  });
});
