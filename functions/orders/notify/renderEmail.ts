import type { EmailContent } from './Email.js';
import type { EmailBlock } from './EmailBlock.js';
import { escapeHtml } from './escapeHtml.js';

/** The sign-off of every email, in both parts. */
const SIGNATURE = 'ShopSync';

/**
 * An email from its subject and blocks: the plain-text part (blocks apart by blank lines, lists as
 * `- item`, tables as one line per row) and an HTML page showing the same blocks, every string
 * escaped. Both end with the shop's name.
 */
export function renderEmail(subject: string, blocks: readonly EmailBlock[]): EmailContent {
  const text = [...blocks.map(blockText), SIGNATURE].join('\n\n') + '\n';
  const html =
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>' +
    escapeHtml(subject) +
    '</title></head>\n<body style="font-family: Arial, Helvetica, sans-serif; color: #222; line-height: 1.45;">\n' +
    blocks.map(blockHtml).join('\n') +
    `\n<p>${escapeHtml(SIGNATURE)}</p>\n</body>\n</html>\n`;
  return { subject, text, html };
}

function blockText(block: EmailBlock): string {
  const titled = (title: string | undefined, body: readonly string[]): string =>
    [...(title === undefined ? [] : [`${title}:`]), ...body].join('\n');
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'list':
      return titled(
        block.title,
        block.items.map((item) => `- ${item}`),
      );
    case 'lines':
      return titled(block.title, block.lines);
    case 'table':
      return titled(
        block.title,
        block.textRows.map((row) => `- ${row}`),
      );
    case 'totals':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
  }
}

const CELL = 'padding: 4px 8px; border-bottom: 1px solid #ddd;';

function blockHtml(block: EmailBlock): string {
  const title = 'title' in block && block.title !== undefined ? `<h3>${escapeHtml(block.title)}</h3>\n` : '';
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `${title}<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'lines':
      return `${title}<p>${block.lines.map(escapeHtml).join('<br>\n')}</p>`;
    case 'table': {
      const align = (index: number): string =>
        block.columns[index]?.numeric ? ' text-align: right;' : ' text-align: left;';
      const head = block.columns
        .map((column, index) => `<th style="${CELL}${align(index)}">${escapeHtml(column.title)}</th>`)
        .join('');
      const rows = block.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, index) => `<td style="${CELL}${align(index)}">${escapeHtml(cell)}</td>`).join('')}</tr>`,
        )
        .join('\n');
      return `${title}<table style="border-collapse: collapse;">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
    case 'totals': {
      const rows = block.rows
        .map((row) => {
          const [open, close] = row.strong ? ['<strong>', '</strong>'] : ['', ''];
          return `<tr><td style="padding: 2px 8px;">${open}${escapeHtml(row.label)}${close}</td><td style="padding: 2px 8px; text-align: right;">${open}${escapeHtml(row.value)}${close}</td></tr>`;
        })
        .join('\n');
      return `<table style="border-collapse: collapse;">\n${rows}\n</table>`;
    }
  }
}
