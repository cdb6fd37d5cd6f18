import { type Page, expect } from '@playwright/test';
import { api } from './api';
import type { Server } from './serve';

/** The app opened in its Arabic interface with Arabic-Indic digits, as a journalist who chose them sees it: the page mirrored. */
export async function openInArabic(page: Page, server: Server): Promise<void> {
  await api(server, 'setInterfaceSettings', { language: 'ar', digits: 'arab' });
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}
