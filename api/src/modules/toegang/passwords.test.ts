import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';

// Small parameters where the test is about the format, not the cost.
const FAST = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('are stored as scrypt with their parameters and a salt of their own, never as themselves', async () => {
    const a = await hashPassword('Hoornes-2024!', FAST);
    const b = await hashPassword('Hoornes-2024!', FAST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Hoornes');
  });

  it('verify the right password and refuse a wrong one', async () => {
    const stored = await hashPassword('Hoornes-2024!', FAST);
    expect(await verifyPassword('Hoornes-2024!', stored)).toBe(true);
    expect(await verifyPassword('hoornes-2024!', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('treat the same text in another Unicode form as the same password', async () => {
    const stored = await hashPassword('Pniël', FAST);
    expect(await verifyPassword('Pnie\u0308l', stored)).toBe(true);
  });

  it('never match a malformed or foreign stored hash', async () => {
    for (const stored of [
      '',
      'plain',
      'scrypt$x$8$1$abc$def',
      '$2b$10$abcdefghijklmnopqrstuv',
      'scrypt$1024$8$1$c2FsdA$',
    ]) {
      expect(await verifyPassword('plain', stored)).toBe(false);
    }
  });

  it('ask for a rehash when stored with weaker parameters than today’s', async () => {
    expect(needsRehash(await hashPassword('x', FAST))).toBe(true);
    expect(needsRehash(await hashPassword('x'))).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });
});
