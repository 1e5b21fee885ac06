// A what-if written as YAML, for download: block mappings, lists of flow mappings, and JSON-quoted strings
// (a JSON string is a valid YAML double-quoted scalar).

const PLAIN = /^[A-Za-z][A-Za-z0-9._-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~)$/i;

function scalar(v) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  const text = String(v);
  return PLAIN.test(text) && !RESERVED.test(text) ? text : JSON.stringify(text);
}

function flow(object) {
  return `{${Object.entries(object).map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? flow(v)
    : scalar(v)}`).join(', ')}}`;
}

export function toYaml(object, indent = '') {
  const lines = [];
  for (const [key, value] of Object.entries(object)) {
    if (Array.isArray(value)) {
      lines.push(`${indent}${key}:`);
      for (const item of value) {
        lines.push(`${indent}  - ${typeof item === 'object' && item !== null ? flow(item) : scalar(item)}`);
      }
    } else if (typeof value === 'object' && value !== null) {
      if (key === 'forkAt') {
        lines.push(`${indent}${key}: ${flow(value)}`);
      } else {
        lines.push(`${indent}${key}:`);
        lines.push(toYaml(value, `${indent}  `).replace(/\n$/, ''));
      }
    } else {
      lines.push(`${indent}${key}: ${scalar(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
