// `dossier form07`: the Form 07 product list from an invoice (and catalogue), per ../shared/contracts/plan-cli.md.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../../shared/domain/types.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { listInForce } from '../../shared/controlled-list/apply.ts';
import { documentFromWorkbook, readDocument } from '../../shared/import/read-document.ts';
import { readWorkbook } from '../../shared/import/workbook.ts';
import { readCatalogueExtras } from '../../shared/form07/catalogue-extras.ts';
import { buildForm07, missingLine, type Form07Input } from '../../shared/form07/build.ts';
import { writeForm07Xlsx } from '../../shared/form07/write-xlsx.ts';
import { loadControlledLists } from '../reference/controlled-lists.ts';
import { readInputBytes } from './load-inputs.ts';
import { choose, type Io, parseFlags, today, usageError } from './io.ts';

export const FORM07_USAGE = 'dossier form07 --invoice F [--catalogue F] [--purpose TEXT] [--date YYYY-MM-DD] [--all] --out FILE.xlsx';

export async function runForm07Command(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${FORM07_USAGE}\n`);
    return 0;
  }
  const parsed = parseFlags(args, {
    invoice: { type: 'string' },
    catalogue: { type: 'string' },
    purpose: { type: 'string' },
    date: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string' },
    lang: { type: 'string' },
  }, FORM07_USAGE);
  if (!parsed.ok) return usageError(io, parsed.message);
  const { values } = parsed;
  const langFlag = choose<Lang>(values.lang, ['en', 'vi'], 'en', '--lang');
  if (!langFlag.ok) return usageError(io, langFlag.message);
  const lang = langFlag.value;
  if (!values.invoice || !values.out) return usageError(io, `--invoice and --out are required (usage: ${FORM07_USAGE})`);
  if (!/\.xlsx$/i.test(values.out)) return usageError(io, `--out must name an .xlsx file, not "${values.out}".`);
  const date = values.date ?? today();
  if (!isValidIsoDate(date)) return usageError(io, `--date must be a day written YYYY-MM-DD, not "${values.date}".`);
  const say = (e: { message: string; messageVi: string }) => usageError(io, lang === 'vi' ? e.messageVi : e.message);

  const invBytes = readInputBytes(values.invoice);
  if (!invBytes.ok) return say(invBytes.error);
  const invoice = readDocument({ role: 'invoice', file: basename(values.invoice), bytes: invBytes.value });
  if (!invoice.ok) return say(invoice.error);
  const input: Form07Input = { invoice: invoice.value, list: null, all: !!values.all, purpose: values.purpose };
  if (values.catalogue) {
    const catBytes = readInputBytes(values.catalogue);
    if (!catBytes.ok) return say(catBytes.error);
    const wb = readWorkbook(basename(values.catalogue), catBytes.value);
    if (!wb.ok) return say(wb.error);
    const catalogue = documentFromWorkbook(wb.value, { role: 'catalogue', file: basename(values.catalogue) });
    if (!catalogue.ok) return say(catalogue.error);
    input.catalogue = catalogue.value;
    input.catalogueExtras = readCatalogueExtras(wb.value, catalogue.value);
  }
  input.list = listInForce(loadControlledLists(), date);
  if (!input.list && !input.all) {
    return usageError(io, lang === 'vi'
      ? `Không có danh mục sản phẩm mật mã dân sự nào có hiệu lực ngày ${date}: không xác định được mặt hàng nào cần giấy phép (dùng --all để liệt kê mọi mặt hàng).`
      : `No controlled list is in force on ${date}: no item can be said to need a permit (use --all to list every item).`);
  }
  const form = buildForm07(input);
  try {
    writeFileSync(values.out, writeForm07Xlsx(form.rows));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return usageError(io, lang === 'vi' ? `Không ghi được ${values.out} (${code}).` : `${values.out} cannot be written (${code}): check the folder exists and you may write there.`);
  }
  for (const m of form.missing) io.stderr(missingLine(m, lang));
  if (form.noHsCode.length > 0) {
    io.stderr(lang === 'vi'
      ? `Không đưa vào danh mục vì không có mã HS trong hóa đơn và catalogue: ${form.noHsCode.join(', ')} (dùng --all để đưa vào).`
      : `Left out, no HS code in the invoice or catalogue to tell whether controlled: ${form.noHsCode.join(', ')} (use --all to list them).`);
  }
  if (form.rows.length === 0) {
    io.stderr(lang === 'vi'
      ? `Không mặt hàng nào trong ${basename(values.invoice)} có mã HS thuộc danh mục ${input.list?.id} có hiệu lực ngày ${date}: không cần giấy phép cho các mặt hàng này; danh mục để trống.`
      : `No item of ${basename(values.invoice)} has an HS code on the list in force on ${date} (${input.list?.id}): no permit is needed for them; the list written is empty.`);
  }
  const listNote = values.all ? (lang === 'vi' ? 'mọi mặt hàng' : 'every item') : (input.list?.id ?? '');
  io.stdout(lang === 'vi'
    ? `Đã ghi ${values.out}: ${form.rows.length} mặt hàng (${listNote}).\n`
    : `Wrote ${values.out}: ${form.rows.length} model${form.rows.length === 1 ? '' : 's'} (${listNote}).\n`);
  return 0;
}
