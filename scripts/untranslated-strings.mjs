#!/usr/bin/env node
// Finds user-facing text written in components instead of an i18n namespace: JSX text, text in
// user-facing attributes and properties (label, title, placeholder, …), and toast messages.
// `node scripts/untranslated-strings.mjs [dir|file …]` prints file:line  text. A line holding
// `i18n-ignore` (in a comment) is skipped: brand names, symbols, the API's own words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

const USER_FACING =
  /^(aria-label|aria-description|aria-roledescription|aria-valuetext|alt|placeholder|title|label|legend|header|heading|caption|description|hint|message|empty\w*|\w*(Label|Title|Text|Message|Hint|Description|Heading|Noun|Summary|Placeholder))$/;
const WORDS = /[A-Za-zÀ-ÿ]{2,}/;

function files(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$|\.gen\.ts$|\.d\.ts$/.test(name) ? [full] : [];
  });
}

/** Text a JSX expression can show: a literal, either side of `?:`, the right of `&&`/`??`, a template's own text. */
function branches(node) {
  if (!node) return [];
  if (node.type === 'Literal' && typeof node.value === 'string') return prose(node.value) ? [node.value] : [];
  if (node.type === 'TemplateLiteral') {
    const own = node.quasis.map((q) => q.value.cooked).join(' … ');
    return WORDS.test(node.quasis.map((q) => q.value.cooked).join('')) && prose(own) ? [own] : [];
  }
  if (node.type === 'ConditionalExpression')
    return [...branches(node.consequent), ...branches(node.alternate)];
  if (node.type === 'LogicalExpression') return branches(node.right);
  if (node.type === 'ParenthesizedExpression') return branches(node.expression);
  return [];
}

/** Looks like prose rather than a key or a class list: a capital, or words with a space. */
const prose = (text) => WORDS.test(text) && (/^[A-ZÀ-Ý]/.test(text.trim()) || /[a-z]\s+[a-z]/i.test(text));

export function untranslatedStrings(paths) {
  const found = [];
  for (const file of paths.flatMap(files)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const lineOf = (offset) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const report = (node, value) => {
      const line = lineOf(node.start);
      if (/i18n-ignore/.test(lines[line]) || /i18n-ignore/.test(lines[line - 1] ?? '')) return;
      found.push({
        file: relative(process.cwd(), file),
        line: line + 1,
        text: value.trim().replace(/\s+/g, ' '),
      });
    };
    const literal = (node) => {
      if (!node) return null;
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
        return node.quasis[0].value.cooked;
      if (node.type === 'JSXExpressionContainer') return literal(node.expression);
      return null;
    };
    const nameOf = (node) =>
      node?.type === 'Identifier' || node?.type === 'JSXIdentifier'
        ? node.name
        : node?.type === 'Literal'
          ? String(node.value)
          : node?.type === 'JSXNamespacedName'
            ? `${node.namespace.name}:${node.name.name}`
            : '';
    const calleeName = (node) =>
      node.type === 'Identifier'
        ? node.name
        : node.type === 'MemberExpression'
          ? `${calleeName(node.object)}.${nameOf(node.property)}`
          : '';
    let ast;
    try {
      ast = parseAst(text, { lang: file.endsWith('x') ? 'tsx' : 'ts' }, file);
    } catch (error) {
      found.push({ file, line: 0, text: `cannot parse: ${error.message}` });
      continue;
    }
    const visit = (node, inDeclaration) => {
      if (!node || typeof node.type !== 'string') return;
      let declaration = inDeclaration;
      if (node.type === 'JSXText' && WORDS.test(node.value)) report(node, node.value);
      else if ((node.type === 'JSXElement' || node.type === 'JSXFragment') && !inDeclaration) {
        for (const child of node.children) {
          if (child.type === 'JSXExpressionContainer')
            for (const value of branches(child.expression)) report(child, value);
        }
      } else if (node.type === 'JSXAttribute' && USER_FACING.test(nameOf(node.name))) {
        const value = literal(node.value);
        if (value && prose(value)) report(node, value);
        else if (node.value?.type === 'JSXExpressionContainer')
          for (const text of branches(node.value.expression)) report(node, text);
      } else if (node.type === 'Property' && !inDeclaration && USER_FACING.test(nameOf(node.key))) {
        const value = literal(node.value);
        if (value && prose(value)) report(node, value);
      } else if (node.type === 'CallExpression') {
        const callee = calleeName(node.callee);
        if (/^(i18n|count|params)$/.test(callee)) declaration = true;
        else if (/^toast(\.\w+)?$/.test(callee)) {
          const value = literal(node.arguments[0]);
          if (value && prose(value)) report(node, value);
        }
      }
      for (const key of Object.keys(node)) {
        const child = node[key];
        if (Array.isArray(child)) for (const item of child) visit(item, declaration);
        else if (child && typeof child === 'object' && key !== 'parent') visit(child, declaration);
      }
    };
    visit(ast, false);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = untranslatedStrings(
    process.argv.slice(2).length ? process.argv.slice(2) : ['src/features', 'src/routes'],
  );
  for (const { file, line, text } of found) console.log(`${file}:${line}  ${text}`);
  console.log(`${found.length} untranslated`);
  process.exitCode = found.length ? 1 : 0;
}
