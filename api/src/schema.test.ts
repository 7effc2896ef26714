import { describe, expect, it } from 'vitest';
import { buildASTSchema, isInputObjectType, isInterfaceType, isObjectType, isEnumType, parse } from 'graphql';
import { loadTypeDefs } from './schema.js';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const ours = Object.values(schema.getTypeMap()).filter(
  (t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
);

describe('the schema', () => {
  it('describes every type', () => {
    expect(ours.filter((t) => !t.description?.trim()).map((t) => t.name)).toEqual([]);
  });

  it('describes every field and input field', () => {
    const missing: string[] = [];
    for (const type of ours) {
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has enum values that are upper-case words', () => {
    for (const type of ours.filter(isEnumType)) {
      for (const value of type.getValues()) expect(value.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });
});
