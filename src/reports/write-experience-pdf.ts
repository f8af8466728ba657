import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../channels/web/chromium.ts';
import { pdfWanted } from './optional-reports.ts';

/**
 * Prints the experience report's HTML to PDF with Chromium: A4, backgrounds kept, the print
 * stylesheet putting the executive summary on the first page and the QA evidence after it.
 */
export async function writeExperiencePdf(htmlPath: string, pdfPath: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The page loads only itself and the evidence beside it; nothing else may be fetched.
    await page.route(/^(?!file:|data:)/, (route) => route.abort());
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
  } finally {
    await browser.close();
  }
}

/** reports/experience/report.pdf from the index.html beside it, unless the run switched the PDF off. */
export async function printExperiencePdf(reportDir: string): Promise<void> {
  if (pdfWanted()) await writeExperiencePdf(path.join(reportDir, 'index.html'), path.join(reportDir, 'report.pdf'));
}
