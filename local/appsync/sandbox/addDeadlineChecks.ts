import { parse } from 'acorn';
import type { Node } from 'acorn';
import { DEADLINE_CHECK } from '../runtime/deadlineCheck.js';

/** Resolver code with deadline checks added, and the way back from its positions to the original's. */
export interface CheckedCode {
  readonly code: string;
  /** The original line and column (both 1-based) of a position in `code`; lines are unchanged. */
  readonly originalColumn: (line: number, column: number) => number;
}

interface Insertion {
  /** Offset in the original code. */
  readonly at: number;
  readonly text: string;
  /** Closes what an earlier insertion opened (a parenthesis, a brace). */
  readonly closing: boolean;
  /** Insertion order: an enclosing node's insertions come before its children's. */
  readonly order: number;
}

const CALL = `${DEADLINE_CHECK}();`;

/**
 * Adds a call to `DEADLINE_CHECK` at the start of each function body and each `for-in`/`for-of` body of
 * `code` (an ES module), so that a handler can be stopped at its time limit without a per-call vm
 * timeout, whose watchdog thread costs more than most handlers. APPSYNC_JS has no `while`, `do-while` or
 * C-style `for` (`findCodeErrors` refuses them first), so code runs long only by looping over a
 * collection or by calling functions, directly or through callbacks: every such path passes a check.
 * The insertions hold no line break, so only columns move; `originalColumn` moves them back.
 */
export function addDeadlineChecks(code: string): CheckedCode {
  const insertions: Insertion[] = [];
  const insert = (at: number, text: string, closing = false): void => {
    insertions.push({ at, text, closing, order: insertions.length });
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const body = (node as unknown as { body: Node }).body;
        if (body.type === 'BlockStatement') insert(body.start + 1, CALL);
        else {
          insert(body.start, `(${DEADLINE_CHECK}(), `);
          insert(body.end, ')', true);
        }
        break;
      }
      case 'ForInStatement':
      case 'ForOfStatement': {
        const body = (node as unknown as { body: Node }).body;
        if (body.type === 'BlockStatement') insert(body.start + 1, CALL);
        else {
          insert(body.start, `{${CALL}`);
          insert(body.end, '}', true);
        }
        break;
      }
      default:
        break;
    }
    for (const child of children(node)) visit(child);
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  // At one offset, what closes comes first, the innermost first (`for (x of y) f = () => z` closes the
  // arrow's parenthesis before the loop's brace); what opens follows, the outermost first.
  insertions.sort(
    (a, b) =>
      a.at - b.at ||
      Number(b.closing) - Number(a.closing) ||
      (a.closing ? b.order - a.order : a.order - b.order),
  );

  let checked = '';
  let from = 0;
  for (const insertion of insertions) {
    checked += code.slice(from, insertion.at) + insertion.text;
    from = insertion.at;
  }
  checked += code.slice(from);

  // For each line, where its insertions start in the checked code's columns (0-based) and how long they
  // are, in order.
  const byLine = new Map<number, Array<{ readonly column: number; readonly length: number }>>();
  const lineStarts = [0];
  for (let index = code.indexOf('\n'); index !== -1; index = code.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  let line = 0;
  let shift = 0;
  for (const insertion of insertions) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= insertion.at) {
      line += 1;
      shift = 0;
    }
    const list = byLine.get(line + 1) ?? [];
    list.push({ column: insertion.at - lineStarts[line]! + shift, length: insertion.text.length });
    byLine.set(line + 1, list);
    shift += insertion.text.length;
  }

  return {
    code: checked,
    originalColumn: (lineNumber, column) => {
      let moved = 0;
      for (const inserted of byLine.get(lineNumber) ?? []) {
        const start = inserted.column + 1;
        if (column < start) break;
        // A position inside an insertion belongs to the code right after it.
        if (column < start + inserted.length) return start - moved;
        moved += inserted.length;
      }
      return column - moved;
    },
  };
}

/** The AST nodes directly under `node`. */
function* children(node: Node): Generator<Node> {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) yield item;
    } else if (isNode(value)) yield value;
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}
